"""Notifications: an event's notification rules rendered into one row per rule (its channel,
recipients, subject and body), each sent by the worker through its channel and retried with
backoff when the channel's server fails."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from django.utils import timezone, translation

from core.access.models import User
from core.i18n import by_language
from core.stored_text import StoredText
from engine.tickets.models import OutboxEvent
from engine.workflows.definitions.schema import WorkflowDocument
from integrations.common import jobs
from integrations.common.outcomes import Outcome
from integrations.common.payloads import event_branch
from integrations.notifications.channels import Message, render
from integrations.notifications.links import DIGEST_RULE, action_links, wanting, with_links
from integrations.notifications.models import ChannelTest, Notification, NotificationChannel
from integrations.notifications.personal import PERSONAL_EVENTS, fan_out_personal
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

Status = jobs.Status

MAX_ATTEMPTS = 6

RETRY_BASE = timedelta(seconds=30)  # 30s, 1m, 2m, 4m, 8m between the six attempts

RETRY_MAX = timedelta(hours=1)

RETRIES = jobs.Retries(MAX_ATTEMPTS, RETRY_BASE, RETRY_MAX)

SEND_TIME_LIMIT_MS = 60_000

# A RUNNING row whose lease ran out lost its worker (killed, time limit): the sweep resends it.
LEASE = timedelta(milliseconds=SEND_TIME_LIMIT_MS * 2)


def fan_out(event: OutboxEvent, document: WorkflowDocument) -> None:
    """Create the event's notifications (each once) and enqueue them after the commit."""
    if event.event in PERSONAL_EVENTS:
        fan_out_personal(event, document, _enqueue)
        return
    rules = document_rules(event, document) if document.notifications else default_rules(event, document)
    if not rules:
        return
    existing = set(Notification.objects.filter(event=event).values_list("rule_index", flat=True))
    rules = [rule for rule in rules if rule.index not in existing]
    if not rules:
        return
    ticket = event.ticket
    values: dict[str, dict[str, object]] = {}  # per language: {status} and {actor} may be words
    people: dict[tuple[str, ...], list[User]] = {}
    now = timezone.now()
    rows = []
    for rule in rules:
        if rule.recipients not in people:
            people[rule.recipients] = recipients(event, rule.recipients)
        users = people[rule.recipients]
        if not users:
            continue  # nobody to tell (not even a robot's group: the message names no one)
        # By email each person reads their own language; a chat or webhook message is one for all.
        for language, group in by_language(users, split=rule.channel.kind == Kind.EMAIL):
            with translation.override(language):
                if language not in values:
                    values[language] = template_values(event, document)
                subject = one_line(render(str(rule.subject), values[language]))[:SUBJECT_CHARS]
                body = render(str(rule.body), values[language]).strip()
            rows.append(
                Notification(
                    event=event,
                    rule_index=rule.index,
                    channel=rule.channel,
                    ticket=ticket,
                    recipients=[user.username for user in group],
                    subject=subject,
                    body=body,
                    language=language,
                    next_attempt_at=now,
                )
            )
    # The event row is locked by process_event, so a conflict means a direct caller raced us.
    created = Notification.objects.filter(
        event=event, rule_index__in=[row.rule_index for row in rows], status=Status.PENDING
    )
    jobs.create_rows(rows, _enqueue, created=created)


@jobs.actor(queue="notifications", time_limit_ms=SEND_TIME_LIMIT_MS)
def send_notification(notification_id: int) -> None:
    deliver(notification_id=notification_id)


_enqueue = partial(jobs.send_rows, send_notification, what="notification")


def deliver(*, notification_id: int, now: datetime | None = None) -> str | None:
    """Send one notification if it is PENDING and due; returns its new status (None: not sent now).

    `now` stands in for the clock (tests); the network call runs outside any transaction.
    """
    rows = Notification.objects.select_related("channel", "ticket", "event")
    row = jobs.claim_with(rows, notification_id, _active, now=now or timezone.now(), lease=LEASE)
    if row is None:
        return None
    outcome = send(
        row,
        partial(_message, row),
        retries=RETRIES,
        what="notification",
        unexpected="notification.unexpected",
    )
    return jobs.settle(row, lambda: outcome, now=now, requeue=_enqueue)


def _active(row: Notification, now: datetime) -> Notification | None:
    if row.channel.is_active:
        return row
    jobs.finish(row, Outcome(Status.FAILED, error=StoredText("notification.channel_inactive")), now)
    return None


def send(
    row: Notification | ChannelTest,
    message: Callable[[], Message | list[Message]],
    *,
    retries: jobs.Retries,
    what: str,
    unexpected: str,
) -> Outcome:
    """Send the message through the row's channel once: what came of it. A failure the channel's
    server may recover from is retried as `retries` allows; a bug is logged and told as
    `unexpected` (a stored-text code, given the exception as `problem`). Several messages (one per
    person) go one after the other; none at all (nobody wants it on this channel) is a success."""
    try:
        built = message()
        for one in built if isinstance(built, list) else [built]:
            transmit(row.channel, one)
    except DeliveryError as exc:
        return retries.after_failure(row, exc.text, what=what, retryable=exc.retryable)
    except Exception as exc:  # a bug or the database: retry rather than leave the row RUNNING
        logger.exception("%s %s failed unexpectedly", what, row.pk)
        return retries.after_failure(row, StoredText(unexpected, {"problem": str(exc)}), what=what)
    return Outcome(Status.SUCCEEDED)


def users_named(usernames: Sequence[str], **only: Any) -> list[User]:
    """The users of `usernames` (those that exist and match `only`), in that order."""
    by_name = {user.username: user for user in User.objects.filter(username__in=usernames, **only)}
    return [by_name[name] for name in usernames if name in by_name]


def compose(
    channel: NotificationChannel, users: Sequence[User], *, subject: str, body: str, data: dict[str, object]
) -> Message:
    """The message for `users` on the channel: email addresses for email; for robots and webhooks
    the phone numbers to @mention (and, for the generic webhook, the usernames and `data`)."""
    if channel.kind == Kind.EMAIL:
        emails = [user.email for user in users if user.email]
        if not emails:
            raise DeliveryError(StoredText("notification.no_email"), retryable=False)
        return Message(subject=subject, body=body, recipients=emails)
    return Message(
        subject=subject,
        body=body,
        # Only the generic webhook shows recipients; robots @mention people by phone number.
        recipients=[user.username for user in users] if channel.kind == Kind.WEBHOOK else [],
        mentions=[user.phone for user in users if user.phone],
        data=data,
    )


def _message(row: Notification) -> list[Message]:
    """What to send: to the recipients who want this event on this channel, with each handler's
    action links in a "your turn" message (email: one message per person)."""
    users = wanting(users_named(row.recipients, is_active=True), row.channel, row.event, row.rule_index)
    if not users:
        return []
    message = compose(row.channel, users, subject=row.subject, body=row.body, data=_webhook_data(row))
    if row.channel.kind == Kind.WEBHOOK or row.rule_index == DIGEST_RULE:
        return [message]
    email = row.channel.kind == Kind.EMAIL
    links = action_links(users, row.event, row.ticket, chat=not email)
    return with_links(message, users, links, email=email)


def _webhook_data(row: Notification) -> dict[str, object]:
    """What the generic webhook channel sends beside the text: the ticket (in its own state), the
    state the event is about and the branch it happened on (null: the ticket's own path)."""
    ticket, event = row.ticket, row.event
    return {
        "notification": str(row.key),
        "event": event.event if event is not None else "",
        "state": (event.state_key or None) if event is not None else None,
        "branch": event_branch(event) if event is not None else None,
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
