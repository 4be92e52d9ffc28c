"""Webhooks end to end: fan-out, signed delivery to a real HTTP receiver, retries, the sweep and
redelivery. The API: test_webhooks_api.py.

The receiver listens on 127.0.0.1, which outbound calls refuse unless the platform admin opened it
for the tenant; the fixtures open 127.0.0.1/32 for tenant "it" (`conftest.allow_private`)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from conftest import allow_private
from engine.tickets import tasks as outbox
from engine.tickets.documents import parsed_document
from integrations.common import settings as settings_store
from integrations.common import signing
from integrations.webhooks import services as webhook_services
from integrations.webhooks import tasks as webhook_tasks
from integrations.webhooks.models import DeliveryAttempt, Webhook, WebhookDelivery
from integrations.webhooks.tests.factories import (
    make_webhook,
    one_delivery,
    outbox_event,
    submit,
    webhook_workflow,
)

pytestmark = pytest.mark.django_db

# --- fan-out ---------------------------------------------------------------------------------------


def test_fan_out_creates_one_delivery_per_target_and_only_once(
    world, receiver, sent, django_capture_on_commit_callbacks
):
    workflow = webhook_workflow(
        "leave",
        [
            {"events": ["created", "finished"], "url": receiver.url("/doc")},
            {"events": ["created"], "url": receiver.url("/doc")},  # the same URL: one delivery
            {"events": ["created"], "url": receiver.url("/off"), "active": False},
            {"events": ["finished"], "url": receiver.url("/later")},
        ],
    )
    other = webhook_workflow("other")
    everywhere, _ = make_webhook(receiver.url("/all"), ["created", "transition"], name="all")
    mine, _ = make_webhook(receiver.url("/mine"), ["created"], name="mine", workflow_id=workflow.pk)
    make_webhook(receiver.url("/theirs"), ["created"], name="theirs", workflow_id=other.pk)
    make_webhook(receiver.url("/inactive"), ["created"], name="inactive", is_active=False)
    make_webhook(receiver.url("/finished"), ["finished"], name="finished")
    ticket = submit(workflow)
    event = outbox_event(ticket, "created")

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
    workflow = webhook_workflow("leave")
    make_webhook(receiver.url("/t"), ["transition"])
    ticket = submit(workflow)
    event = outbox_event(ticket, "transition")
    webhook_tasks.fan_out(event, parsed_document(ticket.version))
    payload = WebhookDelivery.objects.get(event=event).payload
    assert payload["data"]["to_state"] == "review"
    assert "changed_fields" in payload["data"]
    assert payload["data"]["field_changes"] == []  # submitting changed no field


# --- delivery ----------------------------------------------------------------------------------


def test_a_delivery_posts_a_signed_body_with_its_key(world, receiver, sent):
    delivery, secret = one_delivery(receiver)
    assert webhook_tasks.deliver_webhook.fn(delivery.pk) is None  # the actor returns nothing
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("succeeded", 1, 200)
    assert delivery.finished_at is not None
    assert delivery.next_attempt_at is None

    [request] = receiver.seen
    assert request.path == "/hook"
    assert signing.verify(secret, request.body, request.headers["x-loonflow-signature"])
    assert not signing.verify("another secret", request.body, request.headers["x-loonflow-signature"])
    headers = request.headers
    assert (headers["x-loonflow-delivery"], headers["x-loonflow-event"], headers["content-type"]) == (
        str(delivery.key),
        "created",
        "application/json",
    )
    assert json.loads(request.body) == delivery.payload

    [attempt] = DeliveryAttempt.objects.filter(delivery=delivery)
    assert (attempt.number, attempt.status_code, attempt.error) == (1, 200, "")
    assert attempt.response_excerpt == '{"status": 200}'

    # Idempotent: a duplicate message for a finished delivery sends nothing.
    webhook_tasks.deliver_webhook.fn(delivery.pk)
    assert len(receiver.seen) == 1
    assert sent.delayed == []


def test_document_subscriptions_are_signed_with_the_tenant_secret(world, receiver, sent):
    workflow = webhook_workflow("leave", [{"events": ["created"], "url": receiver.url("/doc")}])
    ticket = submit(workflow)
    webhook_tasks.fan_out(outbox_event(ticket, "created"), parsed_document(ticket.version))
    delivery = WebhookDelivery.objects.get(ticket=ticket)
    assert webhook_tasks.deliver(delivery_id=delivery.pk) == "succeeded"
    [request] = receiver.seen
    assert signing.verify(
        settings_store.signing_secret(), request.body, request.headers["x-loonflow-signature"]
    )


def test_a_failed_attempt_is_retried_with_backoff_and_then_succeeds(
    world, receiver, sent, django_capture_on_commit_callbacks
):
    receiver.answers = [(500, {"status": 500})]
    delivery, _ = one_delivery(receiver)
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
    receiver.answers = [(503, {"status": 503})] * webhook_tasks.MAX_ATTEMPTS
    delivery, _ = one_delivery(receiver)
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
    delivery, _ = one_delivery(receiver)
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
    delivery, _ = one_delivery(receiver)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(url="http://127.0.0.1:9/closed")
    with django_capture_on_commit_callbacks(execute=True):
        webhook_tasks.deliver_webhook.fn(delivery.pk)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("pending", 1)
    assert delivery.last_error == "Failed: could not connect to the server"
    assert len(sent.delayed) == 1


def test_an_inactive_or_undecryptable_webhook_fails_without_sending(world, receiver, sent):
    delivery, _ = one_delivery(receiver)
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
    delivery, _ = one_delivery(receiver)
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
    delivery, _ = one_delivery(receiver)
    webhook_tasks.deliver_webhook.fn(delivery.pk)
    with django_capture_on_commit_callbacks(execute=True):
        webhook_services.redeliver(delivery)
    assert sent.now == [delivery.pk]
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.finished_at) == ("pending", 0, None)
    assert webhook_tasks.deliver(delivery_id=delivery.pk) == "succeeded"
    assert [seen.headers["x-loonflow-delivery"] for seen in receiver.seen] == [str(delivery.key)] * 2
    assert list(DeliveryAttempt.objects.filter(delivery=delivery).values_list("number", flat=True)) == [1, 2]
