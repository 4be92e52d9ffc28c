"""TODO"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any

import dramatiq
from django.conf import settings
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from core.access.models import User
from core.secrets import decrypt_secret
from core.tenancy import current_schema
from engine.tickets.models import OutboxEvent
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.models import Workflow
from integrations.common import jobs, outbound
from integrations.common import settings as settings_store
from integrations.common.jobs import EARLY, SWEEP_BATCH
from integrations.common.models import Job
from integrations.common.signing import SIGNATURE_HEADER, sign
from integrations.webhooks.models import DeliveryAttempt, Webhook, WebhookDelivery

logger = logging.getLogger(__name__)

Status = Job.Status

EVENT_HEADER = "X-Loonflow-Event"

DELIVERY_HEADER = "X-Loonflow-Delivery"

MAX_ATTEMPTS = 8

RETRY_BASE = timedelta(seconds=10)  # 10 s, 20 s, 40 s … between attempts

RETRY_MAX = timedelta(hours=1)

RETRY_JITTER = 0.1  # ±10 %, so receivers that come back are not hit by every retry at once

HTTP_TIMEOUT = 10.0

SEND_TIME_LIMIT_MS = 60_000

# A RUNNING row older than this lost its worker (killed, time limit): the sweep takes it back.
LEASE = timedelta(seconds=settings.JOB_LEASE_SECONDS)

# A message may arrive a little before the retry time it was delayed to (clock skew).
ERROR_CHARS = 2000

EXCERPT_CHARS = 1000


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
    WebhookDelivery.objects.bulk_create(rows, ignore_conflicts=True)
    # Rows that lost a conflict kept the other row's key: only our keys are new.
    new = list(
        WebhookDelivery.objects.filter(key__in=[row.key for row in rows])
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    transaction.on_commit(partial(enqueue, new))


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
    """Everything but the delivery id; a snapshot, so retries send what the event was about."""
    ticket = event.ticket
    workflow = Workflow.objects.filter(pk=ticket.workflow_id).values("id", "key", "name").get()
    state = document.state(ticket.state_key)
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
        "actor": actor,
        "via_app": event.via_app or None,
        "data": event.data,
    }


def enqueue(ids: Sequence[int], delay: timedelta | None = None) -> None:
    jobs.send_rows(deliver_webhook, ids, what="webhook delivery", delay=delay)


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
    error: str  # "" on success
    excerpt: str
    retryable: bool

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


@dramatiq.actor(
    queue_name="webhooks",
    max_retries=3,  # for infrastructure errors (the database); HTTP failures are retried by `deliver`
    min_backoff=5_000,
    max_backoff=300_000,
    time_limit=SEND_TIME_LIMIT_MS,
)
def deliver_webhook(delivery_id: int) -> None:
    deliver(delivery_id=delivery_id)


def deliver(*, delivery_id: int, now: datetime | None = None) -> str | None:
    """Make one attempt if the delivery is PENDING and due; returns its new status (None: nothing
    was sent now). `now` stands in for the clock (tests); the HTTP call runs outside any
    transaction, so no row lock is held while waiting for the receiver."""
    send = _claim(delivery_id, now or timezone.now())
    if send is None:
        return None
    result = _attempt(send)
    return _record(send, result, now or timezone.now())


def _claim(delivery_id: int, now: datetime) -> _Send | None:
    with transaction.atomic():
        row = (
            WebhookDelivery.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("webhook")
            .filter(pk=delivery_id, status=Status.PENDING)
            .first()
        )
        if row is None:
            return None  # succeeded, failed for good, or another worker has it right now
        if row.next_attempt_at is not None and row.next_attempt_at > now + EARLY:
            return None  # a retry is scheduled later; this message is an early duplicate
        secret, problem = _secret(row)
        if problem:
            _finish(row, status=Status.FAILED, now=now, error=problem)
            return None
        row.status = Status.RUNNING
        row.attempts += 1
        row.next_attempt_at = now + LEASE
        row.save(update_fields=["status", "attempts", "next_attempt_at"])
    body = json.dumps(row.payload, ensure_ascii=False, separators=(",", ":")).encode()
    return _Send(row.pk, str(row.key), row.url, row.event_name, body, secret)


def _secret(row: WebhookDelivery) -> tuple[str, str]:
    """(secret, "") or ("", why the delivery cannot be sent)."""
    webhook = row.webhook
    if webhook is None:
        return settings_store.signing_secret(), ""
    if not webhook.is_active:
        return "", "The webhook is inactive."
    secret = decrypt_secret(webhook.secret_encrypted)
    if secret is None:  # the encryption key changed
        return "", "The webhook's secret cannot be decrypted; rotate it."
    return secret, ""


def _attempt(send: _Send) -> _Result:
    headers = {
        SIGNATURE_HEADER: sign(send.secret, send.body),
        EVENT_HEADER: send.event_name,
        DELIVERY_HEADER: send.key,
    }
    started = time.monotonic()

    def failed(error: str, *, retryable: bool) -> _Result:
        return _Result(None, _since(started), error[:ERROR_CHARS], "", retryable)

    try:
        response = outbound.post_json(
            send.url, send.body, headers=headers, allow=settings_store.outbound_allow(), timeout=HTTP_TIMEOUT
        )
    except outbound.OutboundRefused as exc:
        return failed(f"Refused ({exc.code}): {exc}", retryable=False)
    except outbound.OutboundFailed as exc:
        return failed(f"Failed: {exc}", retryable=True)  # no code: it would tell timeout from refused
    except Exception as exc:  # a bug: retry rather than leave the row RUNNING until the sweep
        logger.exception("webhook delivery %s failed unexpectedly", send.delivery_id)
        return failed(f"Unexpected error: {type(exc).__name__}", retryable=True)
    error = "" if 200 <= response.status < 300 else f"HTTP {response.status}"
    return _Result(response.status, response.latency_ms, error, response.excerpt[:EXCERPT_CHARS], True)


def _since(started: float) -> int:
    return round((time.monotonic() - started) * 1000)


def retry_delay(attempts: int) -> timedelta:
    """The wait after the `attempts`-th failed attempt: 10 s · 2^(n-1), ±10 %, at most 1 h."""
    return jobs.backoff(attempts, base=RETRY_BASE, cap=RETRY_MAX, jitter=RETRY_JITTER)


def _record(send: _Send, result: _Result, now: datetime) -> str | None:
    with transaction.atomic():
        row = WebhookDelivery.objects.select_for_update().filter(pk=send.delivery_id).first()
        if row is None:
            return None  # deleted meanwhile, with its webhook
        _log_attempt(row, result)
        if row.status != Status.RUNNING:
            return None  # the sweep took it back as lost (we overran the lease): its verdict stands
        if result.ok:
            return _finish(row, status=Status.SUCCEEDED, now=now, status_code=result.status_code)
        if not result.retryable or row.attempts >= MAX_ATTEMPTS:
            return _finish(
                row, status=Status.FAILED, now=now, error=result.error, status_code=result.status_code
            )
        delay = retry_delay(row.attempts)
        logger.info(
            "webhook delivery %s attempt %s failed, retrying in %s: %s",
            row.pk,
            row.attempts,
            delay,
            result.error,
        )
        status = _finish(
            row,
            status=Status.PENDING,
            now=now,
            error=result.error,
            status_code=result.status_code,
            retry_in=delay,
        )
        transaction.on_commit(partial(enqueue, [row.pk], delay))
        return status


def _log_attempt(row: WebhookDelivery, result: _Result) -> None:
    # Numbered from the log, not from `attempts`: a redelivery resets the retry budget, not the log.
    last = DeliveryAttempt.objects.filter(delivery=row).aggregate(last=Max("number"))["last"] or 0
    DeliveryAttempt.objects.create(
        delivery=row,
        number=last + 1,
        status_code=result.status_code,
        latency_ms=result.latency_ms,
        error=result.error[:ERROR_CHARS],
        response_excerpt=result.excerpt[:EXCERPT_CHARS],
    )


def _finish(
    row: WebhookDelivery,
    *,
    status: str,
    now: datetime,
    error: str = "",
    status_code: int | None = None,
    retry_in: timedelta | None = None,
) -> str:
    """Save the row's new status (the caller holds its lock)."""
    row.status = status
    row.last_error = error[:ERROR_CHARS]
    row.last_status_code = status_code
    row.next_attempt_at = now + retry_in if retry_in is not None else None
    row.finished_at = None if status == Status.PENDING else now
    row.save(update_fields=["status", "last_error", "last_status_code", "next_attempt_at", "finished_at"])
    return status


def sweep_deliveries(*, now: datetime | None = None) -> int:
    """Re-send (in the current tenant) PENDING rows due a while ago and RUNNING rows whose lease ran
    out; returns how many were sent. A lost attempt counts against the retry budget, so a delivery
    that keeps killing its worker ends FAILED instead of looping."""
    now = now or timezone.now()
    due = jobs.lost_in_transit(now)
    lost = Q(status=Status.RUNNING, next_attempt_at__lte=now)
    with transaction.atomic():
        rows = list(
            WebhookDelivery.objects.select_for_update(skip_locked=True)
            .filter(due | lost)
            .order_by("pk")
            .only("pk", "status", "attempts")[:SWEEP_BATCH]
        )
        ids = []
        for row in rows:
            if row.status == Status.RUNNING:
                error = "Lost: the worker did not report back (stopped or timed out)."
                _log_attempt(row, _Result(None, 0, error, "", retryable=True))
                if row.attempts >= MAX_ATTEMPTS:
                    _finish(row, status=Status.FAILED, now=now, error=error)
                    continue
            ids.append(row.pk)
        # Due now: the next sweep leaves them alone for SWEEP_GRACE.
        WebhookDelivery.objects.filter(pk__in=ids).update(status=Status.PENDING, next_attempt_at=now)
    for delivery_id in ids:
        deliver_webhook.send(delivery_id)  # a broker error propagates: the scheduler retries later
    return len(ids)
