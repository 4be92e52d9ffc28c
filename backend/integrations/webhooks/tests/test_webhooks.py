"""Webhooks end to end: fan-out, signed delivery to a real HTTP receiver, retries, the sweep, the API.

The receiver listens on 127.0.0.1, which outbound calls refuse unless the platform admin opened it
for the tenant; the fixtures open 127.0.0.1/32 for tenant "it" (`conftest.allow_private`).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tenants.utils import schema_context

from conftest import allow_private, error_of
from core.access.auth import Principal
from core.access.models import User
from core.directory.schemas import DirectorySyncIn
from core.directory.sync import directory_sync
from core.secrets import encrypt_secret
from engine.tickets import tasks as outbox
from engine.tickets.documents import parsed_document
from engine.tickets.models import OutboxEvent, Ticket
from engine.tickets.services import ticket_create
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.models import Workflow
from engine.workflows.services import workflow_create, workflow_publish
from integrations.common import settings as settings_store
from integrations.common import signing
from integrations.webhooks import services as webhook_services
from integrations.webhooks import tasks as webhook_tasks
from integrations.webhooks.models import DeliveryAttempt, Webhook, WebhookDelivery
from integrations.webhooks.tests.factories import DIRECTORY, LOOPBACK

pytestmark = pytest.mark.django_db


# --- a receiving server --------------------------------------------------------------------------


@dataclass(frozen=True)
class Seen:
    path: str
    headers: dict[str, str]  # lower-case names
    body: bytes


@dataclass
class Receiver:
    port: int = 0
    seen: list[Seen] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)  # answered in order; then 200

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, receiver: Receiver) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.receiver = receiver


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        receiver = cast(_Server, self.server).receiver
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        receiver.seen.append(Seen(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
        status = receiver.statuses.pop(0) if receiver.statuses else 200
        answer = json.dumps({"status": status}).encode()
        self.send_response(status)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    receiver = Receiver()
    server = _Server(receiver)
    receiver.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    yield receiver
    server.shutdown()
    server.server_close()
    thread.join(5)


# --- a workflow, a ticket, and what the broker would have been sent -----------------------------------


def _document(subscriptions: list[dict[str, Any]]) -> WorkflowDocument:
    return WorkflowDocument.model_validate(
        {
            "serial_prefix": "WH",
            "fields": [{"key": "note", "label": "Note", "type": "string", "required": False}],
            "states": [
                {"key": "draft", "name": "Draft", "type": "start"},
                {"key": "review", "name": "Review", "participant": {"kind": "users", "users": ["lead"]}},
                {"key": "done", "name": "Done", "type": "end"},
            ],
            "transitions": [
                {"key": "submit", "name": "Submit", "source": "draft", "target": "review"},
                {"key": "approve", "name": "Approve", "source": "review", "target": "done"},
            ],
            "webhooks": subscriptions,
        }
    )


def _workflow(key: str, subscriptions: list[dict[str, Any]] | None = None) -> Workflow:
    workflow = workflow_create(key=key, name=key.title(), document=_document(subscriptions or []))
    workflow_publish(workflow=workflow, actor=None)
    return workflow


def _submit(workflow: Workflow) -> Ticket:
    alice = Principal(user=User.objects.get(username="alice"))
    return ticket_create(workflow=workflow, principal=alice, values={"note": "hi"}, transition="submit")


def _event(ticket: Ticket, name: str) -> OutboxEvent:
    return OutboxEvent.objects.select_related("ticket__version").get(ticket=ticket, event=name)


def _webhook(url: str, events: list[str], **fields: Any) -> tuple[Webhook, str]:
    return webhook_services.webhook_create(name=fields.pop("name", "hook"), url=url, events=events, **fields)


@dataclass
class Sent:
    now: list[int] = field(default_factory=list)
    delayed: list[tuple[int, int]] = field(default_factory=list)  # (delivery id, delay ms)


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> Sent:
    """What would have gone to the broker (the actor is called directly instead)."""
    record = Sent()
    monkeypatch.setattr(
        webhook_tasks.deliver_webhook, "send", lambda delivery_id: record.now.append(delivery_id)
    )

    def delayed(*, args: tuple[int], delay: int) -> None:
        record.delayed.append((args[0], delay))

    monkeypatch.setattr(webhook_tasks.deliver_webhook, "send_with_options", delayed)
    return record


def _one_delivery(receiver: Receiver, events: list[str] | None = None) -> tuple[WebhookDelivery, str]:
    """A ticket's `created` event fanned out to one configured webhook; (its delivery, the secret)."""
    workflow = _workflow("leave")
    _, secret = _webhook(receiver.url("/hook"), events or ["created"])
    ticket = _submit(workflow)
    event = _event(ticket, "created")
    webhook_tasks.fan_out(event, parsed_document(ticket.version))
    return WebhookDelivery.objects.get(event=event), secret


# --- fan-out ---------------------------------------------------------------------------------------


def test_fan_out_creates_one_delivery_per_target_and_only_once(
    world, receiver, sent, django_capture_on_commit_callbacks
):
    workflow = _workflow(
        "leave",
        [
            {"events": ["created", "finished"], "url": receiver.url("/doc")},
            {"events": ["created"], "url": receiver.url("/doc")},  # the same URL: one delivery
            {"events": ["created"], "url": receiver.url("/off"), "active": False},
            {"events": ["finished"], "url": receiver.url("/later")},
        ],
    )
    other = _workflow("other")
    everywhere, _ = _webhook(receiver.url("/all"), ["created", "transition"], name="all")
    mine, _ = _webhook(receiver.url("/mine"), ["created"], name="mine", workflow_id=workflow.pk)
    _webhook(receiver.url("/theirs"), ["created"], name="theirs", workflow_id=other.pk)
    _webhook(receiver.url("/inactive"), ["created"], name="inactive", is_active=False)
    _webhook(receiver.url("/finished"), ["finished"], name="finished")
    ticket = _submit(workflow)
    event = _event(ticket, "created")

    with django_capture_on_commit_callbacks(execute=True):
        outbox.process_event.fn(event.pk)
    deliveries = list(WebhookDelivery.objects.filter(event=event).order_by("pk"))
    assert {(d.webhook_id, d.url) for d in deliveries} == {
        (everywhere.pk, receiver.url("/all")),
        (mine.pk, receiver.url("/mine")),
        (None, receiver.url("/doc")),
    }
    assert sorted(sent.now) == [d.pk for d in deliveries]
    assert {d.status for d in deliveries} == {"pending"}

    payload = deliveries[0].payload
    assert payload["id"] == str(deliveries[0].key)
    assert payload["event"] == "created"
    assert payload["tenant"] == "it"
    assert payload["occurred_at"] == event.created_at.isoformat()
    assert payload["actor"] == {"username": "alice", "display_name": "Alice"}
    assert payload["via_app"] is None
    ticket.refresh_from_db()
    assert payload["ticket"] == {
        "id": ticket.pk,
        "serial": ticket.serial,
        "title": ticket.title,
        "workflow": {"id": workflow.pk, "key": "leave", "name": "Leave"},
        "state": {"key": "review", "name": "Review"},
        "status": "in_progress",
        "row_version": ticket.row_version,
        "values": {"note": "hi"},
    }
    assert len({d.payload["id"] for d in deliveries}) == 3  # each delivery has its own key

    # The same event again (a sweep racing a worker, or a direct call): nothing new, nothing sent.
    sent.now.clear()
    with django_capture_on_commit_callbacks(execute=True):
        outbox.process_event.fn(event.pk)
        webhook_tasks.fan_out(event, parsed_document(ticket.version))
    assert WebhookDelivery.objects.filter(event=event).count() == 3
    assert sent.now == []


def test_transition_payload_carries_the_changed_fields(world, receiver):
    workflow = _workflow("leave")
    _webhook(receiver.url("/t"), ["transition"])
    ticket = _submit(workflow)
    event = _event(ticket, "transition")
    webhook_tasks.fan_out(event, parsed_document(ticket.version))
    payload = WebhookDelivery.objects.get(event=event).payload
    assert payload["data"]["to_state"] == "review"
    assert "changed_fields" in payload["data"]


# --- delivery ----------------------------------------------------------------------------------


def test_a_delivery_posts_a_signed_body_with_its_key(world, receiver, sent):
    delivery, secret = _one_delivery(receiver)
    assert webhook_tasks.deliver_webhook.fn(delivery.pk) is None  # the actor returns nothing
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("succeeded", 1, 200)
    assert delivery.finished_at is not None
    assert delivery.next_attempt_at is None

    [request] = receiver.seen
    assert request.path == "/hook"
    assert signing.verify(secret, request.body, request.headers["x-loonflow-signature"])
    assert not signing.verify("another secret", request.body, request.headers["x-loonflow-signature"])
    assert request.headers["x-loonflow-delivery"] == str(delivery.key)
    assert request.headers["x-loonflow-event"] == "created"
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.body) == delivery.payload

    [attempt] = DeliveryAttempt.objects.filter(delivery=delivery)
    assert (attempt.number, attempt.status_code, attempt.error) == (1, 200, "")
    assert attempt.response_excerpt == '{"status": 200}'

    # Idempotent: a duplicate message for a finished delivery sends nothing.
    webhook_tasks.deliver_webhook.fn(delivery.pk)
    assert len(receiver.seen) == 1
    assert sent.delayed == []


def test_document_subscriptions_are_signed_with_the_tenant_secret(world, receiver, sent):
    workflow = _workflow("leave", [{"events": ["created"], "url": receiver.url("/doc")}])
    ticket = _submit(workflow)
    webhook_tasks.fan_out(_event(ticket, "created"), parsed_document(ticket.version))
    delivery = WebhookDelivery.objects.get(ticket=ticket)
    assert webhook_tasks.deliver(delivery_id=delivery.pk) == "succeeded"
    [request] = receiver.seen
    assert signing.verify(
        settings_store.signing_secret(), request.body, request.headers["x-loonflow-signature"]
    )


def test_a_failed_attempt_is_retried_with_backoff_and_then_succeeds(
    world, receiver, sent, django_capture_on_commit_callbacks
):
    receiver.statuses = [500]
    delivery, _ = _one_delivery(receiver)
    before = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        webhook_tasks.deliver_webhook.fn(delivery.pk)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("pending", 1, 500)
    assert delivery.last_error == "HTTP 500"
    assert delivery.next_attempt_at is not None
    wait = delivery.next_attempt_at - before
    assert timedelta(seconds=8.9) <= wait <= timedelta(seconds=11.5)  # 10 s ± 10 %
    [(retried, delay_ms)] = sent.delayed
    assert retried == delivery.pk
    assert 9_000 <= delay_ms <= 11_000

    # A duplicate message before the retry is due sends nothing.
    assert webhook_tasks.deliver(delivery_id=delivery.pk) is None
    assert len(receiver.seen) == 1

    # The delay passes: the delayed message arrives.
    WebhookDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        webhook_tasks.deliver_webhook.fn(delivery.pk)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("succeeded", 2, 200)
    assert delivery.last_error == ""
    log = list(
        DeliveryAttempt.objects.filter(delivery=delivery).values_list("number", "status_code", "error")
    )
    assert log == [(1, 500, "HTTP 500"), (2, 200, "")]
    assert [seen.headers["x-loonflow-delivery"] for seen in receiver.seen] == [str(delivery.key)] * 2
    assert receiver.seen[0].body == receiver.seen[1].body  # the same snapshot each time
    assert len(sent.delayed) == 1


def test_backoff_doubles_with_jitter_and_is_capped():
    for attempts, base in [(1, 10), (2, 20), (3, 40), (7, 640)]:
        for _ in range(20):
            delay = webhook_tasks.retry_delay(attempts).total_seconds()
            assert base * 0.9 <= delay <= base * 1.1, (attempts, delay)
    assert webhook_tasks.retry_delay(12) <= timedelta(hours=1)
    assert webhook_tasks.retry_delay(100) <= timedelta(hours=1)
    assert webhook_tasks.retry_delay(100) >= timedelta(minutes=54)


def test_it_gives_up_after_max_attempts(world, receiver, sent, django_capture_on_commit_callbacks):
    receiver.statuses = [503] * webhook_tasks.MAX_ATTEMPTS
    delivery, _ = _one_delivery(receiver)
    for _ in range(webhook_tasks.MAX_ATTEMPTS):
        WebhookDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
        with django_capture_on_commit_callbacks(execute=True):
            webhook_tasks.deliver_webhook.fn(delivery.pk)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("failed", webhook_tasks.MAX_ATTEMPTS)
    assert delivery.finished_at is not None
    assert delivery.next_attempt_at is None
    assert DeliveryAttempt.objects.filter(delivery=delivery).count() == webhook_tasks.MAX_ATTEMPTS
    assert len(sent.delayed) == webhook_tasks.MAX_ATTEMPTS - 1  # no retry after the last one
    # FAILED is final until someone redelivers.
    webhook_tasks.deliver_webhook.fn(delivery.pk)
    assert len(receiver.seen) == webhook_tasks.MAX_ATTEMPTS


def test_a_loopback_target_without_the_allow_list_fails_at_once(
    world, receiver, sent, django_capture_on_commit_callbacks
):
    delivery, _ = _one_delivery(receiver)
    allow_private("it", [])  # the platform admin closes loopback again
    with django_capture_on_commit_callbacks(execute=True):
        webhook_tasks.deliver_webhook.fn(delivery.pk)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("failed", 1)
    assert "private_address" in delivery.last_error
    assert delivery.finished_at is not None
    assert receiver.seen == []
    assert sent.delayed == []
    [attempt] = DeliveryAttempt.objects.filter(delivery=delivery)
    assert attempt.status_code is None
    assert "private_address" in attempt.error


def test_an_unreachable_receiver_is_retried(world, receiver, sent, django_capture_on_commit_callbacks):
    delivery, _ = _one_delivery(receiver)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(url="http://127.0.0.1:9/closed")
    with django_capture_on_commit_callbacks(execute=True):
        webhook_tasks.deliver_webhook.fn(delivery.pk)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("pending", 1)
    assert delivery.last_error == "Failed: could not connect to the server"
    assert len(sent.delayed) == 1


def test_an_inactive_or_undecryptable_webhook_fails_without_sending(world, receiver, sent):
    delivery, _ = _one_delivery(receiver)
    hook = Webhook.objects.filter(deliveries=delivery)
    hook.update(is_active=False)
    webhook_tasks.deliver_webhook.fn(delivery.pk)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.last_error) == ("failed", "The webhook is inactive.")

    hook.update(is_active=True, secret_encrypted="garbage")
    webhook_services.redeliver(delivery)
    webhook_tasks.deliver_webhook.fn(delivery.pk)
    delivery.refresh_from_db()
    assert delivery.status == "failed"
    assert "rotate" in delivery.last_error
    assert receiver.seen == []


# --- the sweep and redelivery --------------------------------------------------------------------


def test_the_sweep_resends_lost_messages_and_takes_back_stuck_rows(world, receiver, sent):
    delivery, _ = _one_delivery(receiver)
    assert webhook_tasks.sweep_deliveries() == 0  # fresh: its message is on its way
    later = timezone.now() + timedelta(seconds=61)
    assert webhook_tasks.sweep_deliveries(now=later) == 1
    assert sent.now == [delivery.pk]
    assert webhook_tasks.sweep_deliveries(now=later) == 0  # not again within the grace

    # A retry whose delayed message never came.
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        attempts=1, next_attempt_at=timezone.now() - timedelta(minutes=2)
    )
    assert webhook_tasks.sweep_deliveries() == 1

    # A worker died mid-attempt: after the lease the row is taken back, the lost attempt logged.
    now = timezone.now()
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        status="running", attempts=2, next_attempt_at=now + webhook_tasks.LEASE
    )
    assert webhook_tasks.sweep_deliveries(now=now + timedelta(minutes=4)) == 0
    sent.now.clear()
    assert webhook_tasks.sweep_deliveries(now=now + timedelta(minutes=6)) == 1
    assert sent.now == [delivery.pk]
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("pending", 2)
    [lost] = DeliveryAttempt.objects.filter(delivery=delivery)
    assert lost.error.startswith("Lost")

    # …and a row that keeps dying runs out of attempts instead of looping.
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        status="running", attempts=webhook_tasks.MAX_ATTEMPTS, next_attempt_at=now
    )
    sent.now.clear()
    assert webhook_tasks.sweep_deliveries(now=now + timedelta(seconds=1)) == 0
    delivery.refresh_from_db()
    assert delivery.status == "failed"
    assert sent.now == []


def test_redeliver_resends_with_the_same_key_and_keeps_the_log(
    world, receiver, sent, django_capture_on_commit_callbacks
):
    delivery, _ = _one_delivery(receiver)
    webhook_tasks.deliver_webhook.fn(delivery.pk)
    with django_capture_on_commit_callbacks(execute=True):
        webhook_services.redeliver(delivery)
    assert sent.now == [delivery.pk]
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.finished_at) == ("pending", 0, None)
    assert webhook_tasks.deliver(delivery_id=delivery.pk) == "succeeded"
    assert [seen.headers["x-loonflow-delivery"] for seen in receiver.seen] == [str(delivery.key)] * 2
    assert list(DeliveryAttempt.objects.filter(delivery=delivery).values_list("number", flat=True)) == [1, 2]


# --- the API ---------------------------------------------------------------------------------------


def _json(client: Any, method: str, path: str, body: Any = None) -> Any:
    return getattr(client, method)(path, body, content_type="application/json")


@pytest.fixture
def admin(login: Any) -> Any:
    client = login("it", "root", admin=True)
    allow_private("it", LOOPBACK)
    return client


def test_webhook_crud_and_the_secret_shown_once(admin, login, receiver):
    with schema_context("it"):
        directory_sync(payload=DirectorySyncIn.model_validate(DIRECTORY), actor="test")
        workflow = _workflow("leave")
    created = _json(
        admin,
        "post",
        "/api/v1/webhooks",
        {"name": " CI ", "url": receiver.url("/ci"), "events": ["created", "finished", "created"]},
    )
    assert created.status_code == 201, created.content
    body = created.json()
    secret = body.pop("secret")
    assert secret.startswith("lfs_")
    hook_id = body["id"]
    assert body["name"] == "CI"
    assert body["events"] == ["created", "finished"]
    assert (body["workflow_id"], body["is_active"]) == (None, True)

    got = admin.get(f"/api/v1/webhooks/{hook_id}")
    assert got.status_code == 200
    assert "secret" not in got.json()
    assert secret not in got.content.decode()
    assert [hook["id"] for hook in admin.get("/api/v1/webhooks").json()] == [hook_id]
    assert "secret" not in admin.get("/api/v1/webhooks").json()[0]

    patched = _json(
        admin,
        "patch",
        f"/api/v1/webhooks/{hook_id}",
        {"workflow_id": workflow.pk, "is_active": False, "events": ["transition"]},
    )
    assert patched.status_code == 200, patched.content
    assert (patched.json()["workflow_id"], patched.json()["is_active"]) == (workflow.pk, False)
    assert patched.json()["name"] == "CI"
    everywhere = _json(admin, "patch", f"/api/v1/webhooks/{hook_id}", {"workflow_id": None})
    assert everywhere.json()["workflow_id"] is None

    rotated = admin.post(f"/api/v1/webhooks/{hook_id}/rotate-secret")
    assert rotated.status_code == 200
    new_secret = rotated.json()["secret"]
    assert new_secret != secret
    with schema_context("it"):
        webhook = Webhook.objects.get(pk=hook_id)
        assert secret not in webhook.secret_encrypted
        assert webhook_tasks._secret(WebhookDelivery(webhook=webhook)) == ("", "The webhook is inactive.")

    assert admin.delete(f"/api/v1/webhooks/{hook_id}").status_code == 204
    assert admin.get(f"/api/v1/webhooks/{hook_id}").status_code == 404
    assert error_of(admin.delete(f"/api/v1/webhooks/{hook_id}"))["code"] == "not_found"


def test_bad_webhook_input_is_422(admin, receiver):
    good = {"name": "x", "url": receiver.url(), "events": ["created"]}
    cases: list[tuple[dict[str, Any], str]] = [
        ({**good, "url": "http://10.1.2.3/hook"}, "url"),
        ({**good, "url": "http://[::1]:8000/"}, "url"),  # loopback, but not allow-listed
        ({**good, "url": "ftp://example.com/"}, "url"),
        ({**good, "url": "not a url"}, "url"),
        ({**good, "url": ""}, "url"),
        ({**good, "events": ["nope"]}, "events.0"),
        ({**good, "events": []}, "events"),
        ({**good, "name": ""}, "name"),
        ({**good, "workflow_id": 999_999}, "workflow_id"),
    ]
    for body, where in cases:
        response = _json(admin, "post", "/api/v1/webhooks", body)
        assert response.status_code == 422, (body, response.content)
        fields = [problem["field"] for problem in error_of(response)["details"]]
        assert where in fields, (body, fields)
    with schema_context("it"):
        assert not Webhook.objects.exists()

    hook_id = _json(admin, "post", "/api/v1/webhooks", good).json()["id"]
    for patch in [{"name": None}, {"url": None}, {"events": None}, {"url": "http://169.254.169.254/"}]:
        response = _json(admin, "patch", f"/api/v1/webhooks/{hook_id}", patch)
        assert response.status_code == 422, (patch, response.content)
    assert admin.get("/api/v1/webhooks/nope").status_code == 404
    malformed = admin.post("/api/v1/webhooks", b"{", content_type="application/json")
    assert malformed.status_code == 400


def test_only_tenant_admins_may_use_the_api(login, make_app, client_for):
    bob = login("it", "bob")
    hook = {"name": "x", "url": "https://example.com/", "events": ["created"]}
    for method, path, body in [
        ("post", "/api/v1/webhooks", hook),
        ("put", "/api/v1/integrations/settings", {"allow_list": []}),
    ]:
        response = _json(bob, method, path, body)
        assert response.status_code == 403, (method, path, response.content)
    for method, path in [
        ("get", "/api/v1/webhooks"),
        ("get", "/api/v1/webhooks/1"),
        ("patch", "/api/v1/webhooks/1"),
        ("delete", "/api/v1/webhooks/1"),
        ("post", "/api/v1/webhooks/1/rotate-secret"),
        ("get", "/api/v1/webhooks/deliveries"),
        ("get", "/api/v1/webhooks/deliveries/1"),
        ("post", "/api/v1/webhooks/deliveries/1/redeliver"),
        ("get", "/api/v1/integrations/settings"),
        ("post", "/api/v1/integrations/settings/rotate-secret"),
    ]:
        response = _json(bob, method, path, {})
        assert response.status_code == 403, (method, path, response.content)
        assert error_of(response)["code"] == "permission_denied"
    assert client_for("it").get("/api/v1/webhooks").status_code == 401
    _, token = make_app("it", scopes=["admin"])
    assert client_for("it", HTTP_AUTHORIZATION=f"Bearer {token}").get("/api/v1/webhooks").status_code == 200


def _seed_deliveries(receiver: Receiver) -> tuple[Webhook, Webhook, Ticket, list[WebhookDelivery]]:
    directory_sync(payload=DirectorySyncIn.model_validate(DIRECTORY), actor="test")
    ticket = _submit(_workflow("leave"))
    first, _ = _webhook(receiver.url("/a"), ["created"], name="a")
    second, _ = _webhook(receiver.url("/b"), ["created"], name="b")
    rows = [
        WebhookDelivery(
            webhook=first if number % 2 else second,
            ticket=ticket if number < 3 else None,
            event_name="created",
            url=receiver.url(f"/{number}"),
            payload={"n": number},
            status="failed" if number == 4 else "pending",
        )
        for number in range(7)
    ]
    WebhookDelivery.objects.bulk_create(rows)
    return first, second, ticket, list(WebhookDelivery.objects.order_by("-pk"))


def test_deliveries_list_pages_newest_first_with_filters_and_bounded_queries(admin, receiver):
    with schema_context("it"):
        first, _, ticket, rows = _seed_deliveries(receiver)
    seen: list[int] = []
    cursor = None
    while True:
        query = f"?limit=3&cursor={cursor}" if cursor else "?limit=3"
        page = admin.get(f"/api/v1/webhooks/deliveries{query}")
        assert page.status_code == 200, page.content
        seen += [item["id"] for item in page.json()["items"]]
        cursor = page.json()["next_cursor"]
        if cursor is None:
            break
    assert seen == [row.pk for row in rows]
    item = admin.get("/api/v1/webhooks/deliveries?limit=1").json()["items"][0]
    assert "payload" not in item
    assert item["key"] == str(rows[0].key)

    by_webhook = admin.get(f"/api/v1/webhooks/deliveries?webhook_id={first.pk}").json()["items"]
    assert {row["webhook_id"] for row in by_webhook} == {first.pk}
    assert len(by_webhook) == 3
    failed = admin.get("/api/v1/webhooks/deliveries?status=failed").json()["items"]
    assert [row["status"] for row in failed] == ["failed"]
    by_ticket = admin.get(f"/api/v1/webhooks/deliveries?ticket_id={ticket.pk}").json()["items"]
    assert len(by_ticket) == 3

    assert admin.get("/api/v1/webhooks/deliveries?status=bogus").status_code == 422
    assert admin.get("/api/v1/webhooks/deliveries?limit=0").status_code == 422  # bounds in the schema
    assert admin.get("/api/v1/webhooks/deliveries?cursor=%%%").status_code == 400

    def queries(limit: int) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert admin.get(f"/api/v1/webhooks/deliveries?limit={limit}").status_code == 200
        return len(captured)

    assert queries(1) == queries(7)  # one query for the page, whatever its size
    assert queries(7) <= 4  # session, user, tenant admin check, the page


def test_delivery_detail_and_redeliver_over_http(admin, receiver, monkeypatch):
    sent: list[int] = []
    monkeypatch.setattr(webhook_tasks.deliver_webhook, "send", lambda delivery_id: sent.append(delivery_id))
    with schema_context("it"):
        directory_sync(payload=DirectorySyncIn.model_validate(DIRECTORY), actor="test")
        delivery, _ = _one_delivery(receiver)
        receiver.statuses = [500]
        WebhookDelivery.objects.filter(pk=delivery.pk).update(attempts=webhook_tasks.MAX_ATTEMPTS - 1)
        webhook_tasks.deliver_webhook.fn(delivery.pk)  # the last attempt fails: FAILED

    detail = admin.get(f"/api/v1/webhooks/deliveries/{delivery.pk}")
    assert detail.status_code == 200, detail.content
    body = detail.json()
    assert (body["status"], body["last_status_code"]) == ("failed", 500)
    assert body["payload"]["id"] == str(delivery.key)
    assert [(a["number"], a["status_code"]) for a in body["attempt_log"]] == [(1, 500)]

    redelivered = admin.post(f"/api/v1/webhooks/deliveries/{delivery.pk}/redeliver")
    assert redelivered.status_code == 202, redelivered.content
    assert (redelivered.json()["status"], redelivered.json()["attempts"]) == ("pending", 0)
    with schema_context("it"):
        assert webhook_tasks.deliver(delivery_id=delivery.pk) == "succeeded"
    after = admin.get(f"/api/v1/webhooks/deliveries/{delivery.pk}").json()
    assert after["status"] == "succeeded"
    assert [(a["number"], a["status_code"]) for a in after["attempt_log"]] == [(1, 500), (2, 200)]

    with schema_context("it"):
        WebhookDelivery.objects.filter(pk=delivery.pk).update(status="running")
    busy = admin.post(f"/api/v1/webhooks/deliveries/{delivery.pk}/redeliver")
    assert busy.status_code == 409
    assert error_of(busy)["code"] == "delivery_running"
    assert admin.get("/api/v1/webhooks/deliveries/999999").status_code == 404
    assert admin.post("/api/v1/webhooks/deliveries/999999/redeliver").status_code == 404


def test_integration_settings_over_http(admin):
    got = admin.get("/api/v1/integrations/settings")
    assert got.json() == {"allow_list": []}
    put = _json(
        admin, "put", "/api/v1/integrations/settings", {"allow_list": ["8.8.8.0/24", "ci.example.com"]}
    )
    assert put.status_code == 200, put.content
    assert put.json() == {"allow_list": ["8.8.8.0/24", "ci.example.com"]}
    bad = _json(admin, "put", "/api/v1/integrations/settings", {"allow_list": ["8.8.8.1/24"]})
    assert bad.status_code == 422
    assert error_of(bad)["details"][0]["field"] == "allow_list.0"
    assert _json(admin, "put", "/api/v1/integrations/settings", {}).status_code == 422

    rotated = admin.post("/api/v1/integrations/settings/rotate-secret")
    assert rotated.status_code == 200
    secret = rotated.json()["secret"]
    with schema_context("it"):
        assert settings_store.signing_secret() == secret
    assert secret not in admin.get("/api/v1/integrations/settings").content.decode()


def test_a_webhook_secret_that_cannot_be_decrypted_can_be_rotated(admin, receiver):
    created = _json(
        admin, "post", "/api/v1/webhooks", {"name": "x", "url": receiver.url(), "events": ["created"]}
    )
    hook_id = created.json()["id"]
    with schema_context("it"):
        Webhook.objects.filter(pk=hook_id).update(secret_encrypted=encrypt_secret("old") + "x")
    secret = admin.post(f"/api/v1/webhooks/{hook_id}/rotate-secret").json()["secret"]
    with schema_context("it"):
        assert webhook_tasks._secret(WebhookDelivery(webhook=Webhook.objects.get(pk=hook_id))) == (secret, "")


@pytest.mark.parametrize(
    "entry",
    [
        "0.0.0.0/0",
        "::/0",
        "169.254.169.254/32",
        "10.0.0.0/8",
        "127.0.0.1",
        "192.168.1.0/24",
        "100.64.0.0/10",
        "fd00:ec2::254",
        "fe80::/10",
        "::ffff:10.0.0.1",
        "2002:a00:1::/48",
        "224.0.0.0/4",
        "240.0.0.0/4",
        "8.0.0.0/8",
        "localhost",
        "ci.localhost",
        "2130706433",
    ],
)
def test_a_tenant_admin_cannot_open_private_or_broad_ranges(admin, entry):
    """Regression (issue item 5): the tenant allow-list took 0.0.0.0/0, ::/0 and metadata."""
    response = _json(admin, "put", "/api/v1/integrations/settings", {"allow_list": ["ci.example.com", entry]})
    assert response.status_code == 422, response.content
    assert [problem["field"] for problem in error_of(response)["details"]] == ["allow_list.1"]
    with schema_context("it"):
        assert settings_store.allow_list() == []


def test_stored_entries_that_fail_todays_rules_are_ignored(admin, login):
    """A list saved before the rules tightened is read tolerantly: the bad entries are never
    honoured (and not shown), the good ones stay."""
    from integrations.common.models import IntegrationSettings

    allow_private("it", [])
    with schema_context("it"):
        settings_store.integration_settings()
        IntegrationSettings.objects.update(allow_list=["0.0.0.0/0", "127.0.0.1/32", "ci.example.com"])
    assert admin.get("/api/v1/integrations/settings").json() == {"allow_list": ["ci.example.com"]}
    refused = _json(
        admin, "post", "/api/v1/webhooks", {"name": "x", "url": "http://127.0.0.1:9/", "events": ["created"]}
    )
    assert refused.status_code == 422


def test_the_tenant_list_narrows_where_webhooks_may_go(admin):
    """The tenant admin's list never opens anything; when it is not empty, nothing else is reached."""
    url = {"name": "x", "events": ["created"]}
    assert (
        _json(admin, "post", "/api/v1/webhooks", {**url, "url": "https://a.example.com/h"}).status_code == 201
    )
    response = _json(admin, "put", "/api/v1/integrations/settings", {"allow_list": ["hooks.example.com"]})
    assert response.status_code == 200, response.content

    refused = _json(admin, "post", "/api/v1/webhooks", {**url, "url": "https://other.example.com/h"})
    assert refused.status_code == 422, refused.content
    assert "list of destinations" in error_of(refused)["details"][0]["message"]
    listed = _json(admin, "post", "/api/v1/webhooks", {**url, "url": "https://hooks.example.com/h"})
    assert listed.status_code == 201, listed.content


def test_a_listed_network_is_checked_on_the_resolved_address():
    from integrations.common.outbound import OutboundRefused, Reach, resolve_host

    reach = Reach(only=("8.8.0.0/16",))
    assert [
        str(a) for a in resolve_host("dns.example", 443, allow=reach, resolver=lambda h, p: ["8.8.4.4"])
    ] == ["8.8.4.4"]
    with pytest.raises(OutboundRefused) as refused:
        resolve_host("dns.example", 443, allow=reach, resolver=lambda h, p: ["8.8.4.4", "1.1.1.1"])
    assert refused.value.code == "not_listed"
    # A private range the platform opened is still subject to the tenant's own list.
    narrowed = Reach(private=("127.0.0.1/32",), only=("hooks.example.com",))
    with pytest.raises(OutboundRefused) as refused:
        resolve_host("127.0.0.1", 80, allow=narrowed)
    assert refused.value.code == "not_listed"
    assert [str(a) for a in resolve_host("127.0.0.1", 80, allow=Reach(private=("127.0.0.1/32",)))] == [
        "127.0.0.1"
    ]
