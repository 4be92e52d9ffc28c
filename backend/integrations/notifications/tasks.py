"""TODO"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import partial

import dramatiq
from django.db import transaction
from django.utils import timezone

from core.access.models import User
from engine.tickets.models import OutboxEvent
from engine.workflows.definitions.schema import (
    WorkflowDocument,
)
from integrations.common import jobs
from integrations.common.jobs import EARLY
from integrations.common.models import Job
from integrations.notifications.channels import (
    Message,
    render,
)
from integrations.notifications.models import Notification, NotificationChannel
from integrations.notifications.rules import (
    SUBJECT_CHARS,
    default_rules,
    document_rules,
    one_line,
    recipients,
    template_values,
)
from integrations.notifications.sending import DeliveryError, transmit

logger = logging.getLogger(__name__)

Kind = NotificationChannel.Kind

Status = Job.Status

MAX_ATTEMPTS = 6

RETRY_BASE = timedelta(seconds=30)  # 30s, 1m, 2m, 4m, 8m between the six attempts

RETRY_MAX = timedelta(hours=1)

SEND_TIME_LIMIT_MS = 60_000

# A RUNNING row whose lease ran out lost its worker (killed, time limit): the sweep resends it.
LEASE = timedelta(milliseconds=SEND_TIME_LIMIT_MS * 2)

ERROR_CHARS = 2000


def fan_out(event: OutboxEvent, document: WorkflowDocument) -> None:
    """Create the event's notifications (each once) and enqueue them after the commit."""
    rules = document_rules(event, document) if document.notifications else default_rules(event, document)
    if not rules:
        return
    existing = set(Notification.objects.filter(event=event).values_list("rule_index", flat=True))
    rules = [rule for rule in rules if rule.index not in existing]
    if not rules:
        return
    ticket = event.ticket
    values = template_values(event, document)
    people: dict[tuple[str, ...], list[User]] = {}
    now = timezone.now()
    rows = []
    for rule in rules:
        if rule.recipients not in people:
            people[rule.recipients] = recipients(event, rule.recipients)
        users = people[rule.recipients]
        if not users:
            continue  # nobody to tell (not even a robot's group: the message names no one)
        rows.append(
            Notification(
                event=event,
                rule_index=rule.index,
                channel=rule.channel,
                ticket=ticket,
                recipients=[user.username for user in users],
                subject=one_line(render(rule.subject, values))[:SUBJECT_CHARS],
                body=render(rule.body, values).strip(),
                next_attempt_at=now,
            )
        )
    if not rows:
        return
    # The event row is locked by process_event, so a conflict means a direct caller raced us.
    Notification.objects.bulk_create(rows, ignore_conflicts=True)
    ids = list(
        Notification.objects.filter(
            event=event, rule_index__in=[row.rule_index for row in rows], status=Status.PENDING
        ).values_list("pk", flat=True)
    )
    transaction.on_commit(partial(_enqueue, ids))


def _enqueue(ids: Sequence[int], delay: timedelta | None = None) -> None:
    jobs.send_rows(send_notification, ids, what="notification", delay=delay)


@dramatiq.actor(
    queue_name="notifications",
    max_retries=3,  # for infrastructure errors only; delivery failures are retried by `deliver`
    min_backoff=5_000,
    max_backoff=300_000,
    time_limit=SEND_TIME_LIMIT_MS,
)
def send_notification(notification_id: int) -> None:
    deliver(notification_id=notification_id)


def deliver(*, notification_id: int, now: datetime | None = None) -> str | None:
    """Send one notification if it is PENDING and due; returns its new status (None: not sent now).

    `now` stands in for the clock (tests); the network call runs outside any transaction.
    """
    row = _claim(notification_id, now or timezone.now())
    if row is None:
        return None
    try:
        transmit(row.channel, _message(row))
    except DeliveryError as exc:
        return _record_failure(row, str(exc), retryable=exc.retryable, now=now or timezone.now())
    except Exception as exc:  # a bug or the database: retry rather than leave the row RUNNING
        logger.exception("notification %s failed unexpectedly", row.pk)
        return _record_failure(row, f"unexpected error: {exc}", retryable=True, now=now or timezone.now())
    return _finish(row, status=Status.SUCCEEDED, now=now or timezone.now())


def _claim(notification_id: int, now: datetime) -> Notification | None:
    with transaction.atomic():
        row = (
            Notification.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("channel", "ticket", "event")
            .filter(pk=notification_id, status=Status.PENDING)
            .first()
        )
        if row is None:
            return None  # sent already, failed for good, or another worker has it right now
        if row.next_attempt_at is not None and row.next_attempt_at > now + EARLY:
            return None  # a retry is scheduled later; this is an early duplicate
        if not row.channel.is_active:
            row.status, row.finished_at, row.next_attempt_at = Status.FAILED, now, None
            row.last_error = "The channel is inactive."
            row.save(update_fields=["status", "finished_at", "next_attempt_at", "last_error"])
            return None
        row.status = Status.RUNNING
        row.attempts += 1
        row.next_attempt_at = now + LEASE
        row.save(update_fields=["status", "attempts", "next_attempt_at"])
    return row


def _record_failure(row: Notification, error: str, *, retryable: bool, now: datetime) -> str | None:
    if not retryable or row.attempts >= MAX_ATTEMPTS:
        return _finish(row, status=Status.FAILED, now=now, error=error)
    delay = jobs.backoff(row.attempts, base=RETRY_BASE, cap=RETRY_MAX)
    logger.info("notification %s attempt %s failed, retrying in %s: %s", row.pk, row.attempts, delay, error)
    return _finish(row, status=Status.PENDING, now=now, error=error, retry_in=delay)


def _finish(
    row: Notification, *, status: str, now: datetime, error: str = "", retry_in: timedelta | None = None
) -> str | None:
    with transaction.atomic():
        # Only if it is still ours: the sweep may have taken back a row whose lease ran out.
        updated = Notification.objects.filter(pk=row.pk, status=Status.RUNNING).update(
            status=status,
            last_error=error[:ERROR_CHARS],
            next_attempt_at=now + retry_in if retry_in is not None else None,
            finished_at=None if status == Status.PENDING else now,
        )
        if updated and retry_in is not None:
            transaction.on_commit(partial(_enqueue, [row.pk], retry_in))
    return status if updated else None


def _message(row: Notification) -> Message:
    by_name = {
        user.username: user for user in User.objects.filter(username__in=row.recipients, is_active=True)
    }
    users = [by_name[name] for name in row.recipients if name in by_name]
    channel = row.channel
    if channel.kind == Kind.EMAIL:
        emails = [user.email for user in users if user.email]
        if not emails:
            raise DeliveryError("None of the recipients has an email address.", retryable=False)
        return Message(subject=row.subject, body=row.body, recipients=emails)
    return Message(
        subject=row.subject,
        body=row.body,
        # Only the generic webhook shows recipients; robots @mention people by phone number.
        recipients=[user.username for user in users] if channel.kind == Kind.WEBHOOK else [],
        mentions=[user.phone for user in users if user.phone],
        data=_webhook_data(row),
    )


def _webhook_data(row: Notification) -> dict[str, object]:
    ticket = row.ticket
    return {
        "notification": str(row.key),
        "event": row.event.event if row.event is not None else "",
        "ticket": None
        if ticket is None
        else {
            "id": ticket.pk,
            "serial": ticket.serial,
            "title": ticket.title,
            "state": ticket.state_key,
            "status": ticket.status,
        },
    }


def sweep_notifications(*, now: datetime | None = None) -> int:
    """Re-send lost and stalled notifications."""
    return jobs.resend_lost(Notification, send_notification, now=now or timezone.now())
