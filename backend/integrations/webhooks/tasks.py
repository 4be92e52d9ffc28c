"""Webhook deliveries: an event is POSTed, signed, to every active webhook that subscribed to it
and to the workflow document's subscriptions; one delivery row per target, retried with backoff
and jitter, every attempt kept in its log (`DeliveryAttempt`)."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from core.access.models import User
from core.secrets import decrypt_secret
from core.stored_text import StoredText, Text, columns
from core.tenancy import current_schema
from engine.tickets.models import OutboxEvent
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.models import Workflow
from integrations.common import jobs, outbound
from integrations.common import settings as settings_store
from integrations.common.jobs import ERROR_CHARS
from integrations.common.outbound import EXCERPT_CHARS
from integrations.common.outcomes import Outcome
from integrations.common.payloads import event_branch, json_body, post_signed
from integrations.webhooks.models import DeliveryAttempt, Webhook, WebhookDelivery

logger = logging.getLogger(__name__)

Status = jobs.Status

EVENT_HEADER = "X-Loonflow-Event"

MAX_ATTEMPTS = 8

RETRY_BASE = timedelta(seconds=10)  # 10 s, 20 s, 40 s … between attempts

RETRY_MAX = timedelta(hours=1)

RETRY_JITTER = 0.1  # ±10 %, so receivers that come back are not hit by every retry at once

RETRIES = jobs.Retries(MAX_ATTEMPTS, RETRY_BASE, RETRY_MAX, RETRY_JITTER)

HTTP_TIMEOUT = 10.0

SEND_TIME_LIMIT_MS = 60_000

# A RUNNING row older than this lost its worker (killed, time limit): the sweep takes it back.
LEASE = timedelta(seconds=settings.JOB_LEASE_SECONDS)

LOST = StoredText("webhook.lost")


@dataclass(frozen=True)
class _Target:
    webhook: Webhook | None  # None: a subscription in the workflow document
    url: str


def fan_out(event: OutboxEvent, document: WorkflowDocument) -> None:
    """Create the event's deliveries (each once) and enqueue the new ones after the commit."""
    targets = _targets(event, document)
    if not targets:
        return
    # The unique constraint covers configured webhooks; document subscriptions have webhook NULL,
    # which PostgreSQL never considers equal, so those are deduplicated here. (The event row is
    # locked by process_event, so only a direct caller can race this.)
    existing = set(WebhookDelivery.objects.filter(event=event).values_list("webhook_id", "url"))
    targets = [t for t in targets if (t.webhook.pk if t.webhook else None, t.url) not in existing]
    if not targets:
        return
    base = _payload(event, document)
    rows = []
    for target in targets:
        row = WebhookDelivery(
            event=event,
            webhook=target.webhook,
            ticket_id=event.ticket_id,
            event_name=event.event,
            url=target.url,
            payload={},
        )
        row.payload = {"id": str(row.key), **base}  # the key is generated on instantiation
        rows.append(row)
    # Rows that lost a conflict kept the other row's key: only our keys are new.
    created = WebhookDelivery.objects.filter(key__in=[row.key for row in rows]).order_by("pk")
    jobs.create_rows(rows, enqueue, created=created)


def _targets(event: OutboxEvent, document: WorkflowDocument) -> list[_Target]:
    ticket = event.ticket
    configured = (
        Webhook.objects.filter(is_active=True, events__contains=[event.event])
        .filter(Q(workflow=None) | Q(workflow_id=ticket.workflow_id))
        .order_by("pk")
    )
    targets = [_Target(webhook, webhook.url) for webhook in configured]
    urls: list[str] = []
    for subscription in document.webhooks:
        if subscription.active and event.event in subscription.events and subscription.url not in urls:
            urls.append(subscription.url)
    return targets + [_Target(None, url) for url in urls]


def _payload(event: OutboxEvent, document: WorkflowDocument) -> dict[str, Any]:
    """Everything but the delivery id; a snapshot, so retries send what the event was about. Next
    to the ticket (whose `state` is its own: the split while branches run), `state` is the state the
    event is about and `branch` the branch it happened on (null: the ticket's own path)."""
    ticket = event.ticket
    workflow = Workflow.objects.filter(pk=ticket.workflow_id).values("id", "key", "name").get()
    state = document.state(ticket.state_key)
    here = event.state_key or ticket.state_key
    here_state = document.state(here)
    actor = None
    if event.actor_id is not None:
        actor = User.objects.filter(pk=event.actor_id).values("username", "display_name").first()
    return {
        "event": event.event,
        "occurred_at": event.created_at.isoformat(),
        "tenant": current_schema(),
        "ticket": {
            "id": ticket.pk,
            "serial": ticket.serial,
            "title": ticket.title,
            "workflow": workflow,
            "state": {"key": ticket.state_key, "name": state.name if state is not None else ticket.state_key},
            "status": ticket.status,
            "row_version": ticket.row_version,
            "values": ticket.values,
        },
        "state": {"key": here, "name": here_state.name if here_state is not None else here},
        "branch": event_branch(event),
        "actor": actor,
        "via_app": event.via_app or None,
        "data": event.data,
    }


@dataclass(frozen=True)
class _Send:
    """What one attempt needs, read while the row was claimed."""

    delivery_id: int
    key: str
    url: str
    event_name: str
    body: bytes
    secret: str


@dataclass(frozen=True)
class _Result:
    status_code: int | None
    latency_ms: int
    error: Text  # "" on success
    excerpt: str
    retryable: bool

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


@jobs.actor(queue="webhooks", time_limit_ms=SEND_TIME_LIMIT_MS)
def deliver_webhook(delivery_id: int) -> None:
    deliver(delivery_id=delivery_id)


enqueue = partial(jobs.send_rows, deliver_webhook, what="webhook delivery")


def deliver(*, delivery_id: int, now: datetime | None = None) -> str | None:
    """Make one attempt if the delivery is PENDING and due; returns its new status (None: nothing
    was sent now). `now` stands in for the clock (tests); the HTTP call runs outside any
    transaction, so no row lock is held while waiting for the receiver."""
    rows = WebhookDelivery.objects.select_related("webhook")
    send = jobs.claim_with(rows, delivery_id, _prepare, now=now or timezone.now(), lease=LEASE)
    if send is None:
        return None
    result = _attempt(send)
    return _record(send, result, now)


def _prepare(row: WebhookDelivery, now: datetime) -> _Send | None:
    """What the attempt sends, or None when it cannot be sent (then the delivery fails now)."""
    secret, problem = delivery_secret(row)
    if problem:
        _fail(row, problem, now)
        return None
    return _Send(row.pk, str(row.key), row.url, row.event_name, json_body(row.payload), secret)


def delivery_secret(row: WebhookDelivery) -> tuple[str, Text]:
    """(secret, "") or ("", why the delivery cannot be sent)."""
    webhook = row.webhook
    if webhook is None:
        return settings_store.signing_secret(), ""
    if not webhook.is_active:
        return "", StoredText("webhook.inactive")
    secret = decrypt_secret(webhook.secret_encrypted)
    if secret is None:  # the encryption key changed
        return "", StoredText("webhook.secret_unreadable")
    return secret, ""


def _attempt(send: _Send) -> _Result:
    started = time.monotonic()

    def failed(error: StoredText, *, retryable: bool) -> _Result:
        return _Result(None, _since(started), error, "", retryable)

    try:
        response = post_signed(
            send.url,
            send.body,
            secret=send.secret,
            key=send.key,
            timeout=HTTP_TIMEOUT,
            headers={EVENT_HEADER: send.event_name},
        )
    except outbound.OutboundRefused as exc:
        return failed(StoredText("outbound.refused", {"code": exc.code, "reason": str(exc)}), retryable=False)
    except outbound.OutboundFailed as exc:
        # No code: it would tell timeout from refused.
        return failed(StoredText("outbound.failed", {"reason": str(exc)}), retryable=True)
    except Exception as exc:  # a bug: retry rather than leave the row RUNNING until the sweep
        logger.exception("webhook delivery %s failed unexpectedly", send.delivery_id)
        return failed(StoredText("outbound.unexpected", {"problem": type(exc).__name__}), retryable=True)
    ok = 200 <= response.status < 300
    error: Text = "" if ok else StoredText("outbound.http_status", {"status": response.status})
    return _Result(response.status, response.latency_ms, error, response.excerpt, True)


def _since(started: float) -> int:
    return round((time.monotonic() - started) * 1000)


def retry_delay(attempts: int) -> timedelta:
    """The wait after the `attempts`-th failed attempt: 10 s · 2^(n-1), ±10 %, at most 1 h."""
    return RETRIES.delay(attempts)


def _record(send: _Send, result: _Result, now: datetime | None) -> str | None:
    """Log the attempt, and record its outcome if the row is still ours (else the sweep took it
    back as lost, as we overran the lease: its verdict stands)."""
    with transaction.atomic():
        row = WebhookDelivery.objects.select_for_update().filter(pk=send.delivery_id).first()
        if row is None:
            return None  # deleted meanwhile, with its webhook
        _log_attempt(row, result)
        return jobs.settle(
            row,
            partial(_verdict, row, result),
            now=now,
            extra={"last_status_code": result.status_code},
            requeue=enqueue,
        )


def _verdict(row: WebhookDelivery, result: _Result) -> Outcome:
    if result.ok:
        return Outcome(Status.SUCCEEDED)
    return RETRIES.after_failure(row, result.error, what="webhook delivery", retryable=result.retryable)


def _log_attempt(row: WebhookDelivery, result: _Result) -> None:
    # Numbered from the log, not from `attempts`: a redelivery resets the retry budget, not the log.
    last = DeliveryAttempt.objects.filter(delivery=row).aggregate(last=Max("number"))["last"] or 0
    DeliveryAttempt.objects.create(
        delivery=row,
        number=last + 1,
        status_code=result.status_code,
        latency_ms=result.latency_ms,
        **columns("error", result.error, limit=ERROR_CHARS),
        response_excerpt=result.excerpt[:EXCERPT_CHARS],
    )


def _fail(row: WebhookDelivery, error: Text, now: datetime) -> None:
    """Fail the delivery without an attempt of its own (so with no status code)."""
    jobs.finish(row, Outcome(Status.FAILED, error=error), now, last_status_code=None)


def sweep_deliveries(*, now: datetime | None = None) -> int:
    """Re-send (in the current tenant) PENDING rows due a while ago and RUNNING rows whose lease ran
    out; returns how many were sent. A lost attempt counts against the retry budget, so a delivery
    that keeps killing its worker ends FAILED instead of looping."""
    return jobs.resend_lost(WebhookDelivery, deliver_webhook, now=now or timezone.now(), take_back=_take_back)


def _take_back(ids: list[int], now: datetime) -> list[int]:
    """Log the lost attempt of each delivery whose worker never reported back; those with no
    attempt left fail, the others are sent again."""
    again = []
    for row in WebhookDelivery.objects.filter(pk__in=ids).only("pk", "attempts").order_by("pk"):
        _log_attempt(row, _Result(None, 0, LOST, "", retryable=True))
        if row.attempts >= MAX_ATTEMPTS:
            _fail(row, LOST, now)
        else:
            again.append(row.pk)
    return again
