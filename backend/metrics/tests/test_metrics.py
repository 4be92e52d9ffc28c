"""GET /metrics: request figures by route, and business figures: every tenant's as the scheduler last
read them (`tenants.figures`), and the broker's queues in Redis, with the scrape token checked."""

from __future__ import annotations

import dramatiq
import pytest
from django.conf import settings
from django.db.models import Count
from django.test import Client, override_settings
from django_tenants.utils import schema_context

from engine.tickets.models import OutboxEvent, Ticket
from engine.tickets.services import ticket_create, ticket_handle
from engine.workflows.tests.factories import LEAVE, seed_samples, user_principal
from metrics import business
from metrics.tests.factories import sample, scrape
from tenants.figures import figures_refresh

pytestmark = pytest.mark.django_db


def test_tickets_by_status_and_outbox_backlog_come_from_every_tenant(django_assert_num_queries):
    with schema_context("it"):
        leave = seed_samples()["leave"]
        first = ticket_create(
            workflow=leave, principal=user_principal("alice"), values=LEAVE, transition="submit"
        )
        ticket_create(workflow=leave, principal=user_principal("alice"), values=LEAVE, transition="submit")
        ticket_handle(ticket_id=first.pk, principal=user_principal("lead"), transition="lead_approve")
        it_status = dict(Ticket.objects.values_list("status").annotate(n=Count("id")))
        it_backlog = OutboxEvent.objects.filter(processed_at__isnull=True).count()
        figures_refresh()  # what the scheduler's visit after these changes does
    with schema_context("hr"):
        leave = seed_samples()["leave"]
        ticket_create(workflow=leave, principal=user_principal("alice"), values=LEAVE, transition="submit")
        figures_refresh()

    # However many tenants: the tenants and their stored figures, two queries.
    business.take_snapshot()  # (the connection's schema switch back to public goes first)
    with django_assert_num_queries(2):
        business.take_snapshot()
    text = scrape()

    assert sum(it_status.values()) == 2
    for status, count in it_status.items():
        assert sample(text, "loonflow_tickets", tenant="it", status=status) == count
    assert sample(text, "loonflow_tickets", tenant="hr", status="in_progress") == 1
    assert sample(text, "loonflow_tickets", tenant="hr", status="finished") is None
    assert it_backlog > 0
    assert sample(text, "loonflow_outbox_backlog", tenant="it") == it_backlog
    oldest = sample(text, "loonflow_outbox_oldest_age_seconds", tenant="it")
    assert oldest is not None
    assert oldest >= 0
    assert sample(text, "loonflow_tenants", status="active") == 2
    assert sample(text, "loonflow_metrics_source_up", source="database") == 1
    age = sample(text, "loonflow_tenant_figures_age_seconds", tenant="hr")
    assert age is not None
    assert 0 <= age < 60
    # The template schema is never reported as a tenant.
    assert "tenant_template" not in text


def test_queue_depth_is_read_from_the_brokers_redis():
    from core.broker import build_broker

    broker = build_broker(settings.REDIS_URL)
    broker.declare_queue("webhooks")
    for _ in range(3):
        broker.enqueue(dramatiq.Message("webhooks", "deliver_webhook", (1,), {}, {}))
    broker.enqueue(dramatiq.Message("notifications", "send_notification", (1,), {}, {}), delay=60_000)

    text = scrape()

    assert sample(text, "loonflow_queue_messages", queue="webhooks", state="ready") == 3
    assert sample(text, "loonflow_queue_messages", queue="notifications", state="delayed") == 1
    assert sample(text, "loonflow_queue_messages", queue="events", state="ready") == 0
    assert sample(text, "loonflow_metrics_source_up", source="redis") == 1


def test_requests_are_counted_by_route_pattern_not_by_path(client_for):
    route = "/api/v1/tickets/<ticket_id>"
    counters = (
        ("loonflow_http_requests_total", {"method": "GET", "route": route, "status": "401"}),
        ("loonflow_http_requests_total", {"method": "GET", "route": "unmatched", "status": "404"}),
        ("loonflow_http_request_duration_seconds_count", {"method": "GET", "route": route}),
    )
    before = scrape()
    client = client_for("it")
    for ticket_id in (101, 102):
        client.get(f"/api/v1/tickets/{ticket_id}")
    Client(HTTP_HOST="nowhere.example").get("/api/v1/me")

    text = scrape()

    # Counters live as long as the process: compare with what they were before.
    grown = [
        (sample(text, name, **labels) or 0) - (sample(before, name, **labels) or 0)
        for name, labels in counters
    ]
    assert grown == [2, 1, 2]
    assert "/api/v1/tickets/101" not in text


def test_a_database_outage_is_a_figure_not_an_error(monkeypatch):

    def broken(snapshot):
        raise RuntimeError("database down")

    monkeypatch.setattr(business, "_read_database", broken)
    text = scrape()
    assert sample(text, "loonflow_metrics_source_up", source="database") == 0


@override_settings(METRICS_TOKEN="m" * 40)
def test_a_configured_token_is_required_as_bearer():
    assert Client().get("/metrics").status_code == 401
    assert Client().get("/metrics", HTTP_AUTHORIZATION="Bearer wrong").status_code == 401
    assert Client().get("/metrics", HTTP_AUTHORIZATION="Basic " + "m" * 40).status_code == 401
    scrape(HTTP_AUTHORIZATION="Bearer " + "m" * 40)


@override_settings(METRICS_TOKEN="", METRICS_OPEN=False)
def test_closed_metrics_answer_not_found():
    response = Client().get("/metrics")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_writes_to_metrics_are_refused():
    assert Client().post("/metrics").status_code == 405


def test_one_process_reads_the_figures_and_the_others_share_them(monkeypatch):

    reads = []
    real = business.take_snapshot

    def counting():
        reads.append(1)
        return real()

    monkeypatch.setattr(business, "take_snapshot", counting)
    first = scrape()
    # Another process (an empty local cache) within the period: no second read of the data.
    with business.cache._lock:
        business.cache._snapshot = None
    second = scrape()

    assert len(reads) == 1
    assert sample(first, "loonflow_tenants", status="active") == sample(
        second, "loonflow_tenants", status="active"
    )


@override_settings(METRICS_PORT=9100)
def test_with_a_metrics_port_the_main_listener_never_answers_metrics():
    # The Django test client has no gunicorn socket: it is not the metrics listener, whatever Host says.
    assert Client().get("/metrics", HTTP_HOST="localhost:9100").status_code == 404
    assert Client().get("/healthz").status_code == 200
