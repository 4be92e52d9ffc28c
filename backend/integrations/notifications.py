"""Notifications: from outbox events to rendered messages, and their delivery.

`fan_out` (run by `engine.tickets.tasks.process_event`, inside its transaction) turns an event
into `Notification` rows, one per matching rule of the workflow document, unique per
(event, rule) so re-processing adds nothing. A document without rules gets the built-in ones on
every active default channel: new handlers when a ticket enters a state, the creator when it
finishes, is closed or is rejected back. Nobody is told about their own action.

`send_notification` delivers one row: email over SMTP, robots and generic webhooks over the
SSRF-guarded `outbound.post_json`. The row is claimed in a short transaction (status RUNNING and a
lease in `next_attempt_at`), the network call runs outside any transaction, and the outcome is
written in another. Transient failures are retried with exponential backoff up to MAX_ATTEMPTS;
`sweep_notifications` re-sends rows whose message was lost or whose worker died.

Channel administration (create, change) lives here too, for the API in
`integrations.api.notifications`; test messages are jobs of their own (`integrations.channel_tests`).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any

import dramatiq
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone

from core.access.models import User
from core.errors import Conflict, ValidationFailed, field_problem
from core.pagination import Page, paginate
from core.secrets import decrypt_secret, encrypt_secret
from core.tenancy import current_schema
from engine.tickets.models import FlowLog, OutboxEvent, Ticket, TicketHandler
from engine.workflows.definitions.schema import (
    NotificationRule,
    Recipient,
    StateType,
    TransitionAttribute,
    WorkflowDocument,
    WorkflowEvent,
)
from integrations import jobs, outbound
from integrations.jobs import EARLY
from integrations.models import Job, Notification, NotificationChannel
from integrations.notify import (
    ROBOT_KINDS,
    ChannelError,
    ChannelRefused,
    Message,
    dingtalk_signed_url,
    render,
    robot_payload,
    send_email,
    validate_config,
)
from integrations.settings_store import outbound_allow
from tenants.selectors import tenant_public_base_url

logger = logging.getLogger(__name__)

Kind = NotificationChannel.Kind
Status = Job.Status

MAX_ATTEMPTS = 6
RETRY_BASE = timedelta(seconds=30)  # 30s, 1m, 2m, 4m, 8m between the six attempts
RETRY_MAX = timedelta(hours=1)
SEND_TIME_LIMIT_MS = 60_000
# A RUNNING row whose lease ran out lost its worker (killed, time limit): the sweep resends it.
LEASE = timedelta(milliseconds=SEND_TIME_LIMIT_MS * 2)
ROBOT_TIMEOUT = 10.0
# Default rules are numbered after the document's (at most 100) rules.
DEFAULT_RULE_BASE = 1000

DEFAULT_SUBJECT = "[{serial}] {title}: {state}"
DEFAULT_BODY = "{title}\nTicket: {serial}\nWorkflow: {workflow}\nState: {state}\nStatus: {status}\n{url}"
SUBJECT_CHARS = 500
ERROR_CHARS = 2000

EMAIL_KEYS = frozenset({"host", "port", "username", "from_email", "use_tls", "use_ssl", "timeout"})
ROBOT_KEYS = frozenset({"url"})
SECRET_KEYS = frozenset({"password", "secret"})
MAX_CONFIG_CHARS = 4000


# --- fan-out ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
    index: int  # Notification.rule_index
    channel: NotificationChannel
    recipients: tuple[str, ...]  # Recipient values
    subject: str  # templates
    body: str


@dataclass(frozen=True)
class _Default:
    recipients: tuple[str, ...]
    subject: str
    body: str


_TO_HANDLE = _Default(
    (Recipient.HANDLERS,),
    "You have a ticket to handle: {title}",
    "{creator} asks you to handle {serial} ({workflow}), now in {state}.\n{url}",
)
_ENDED = _Default(
    (Recipient.CREATOR,),
    "[{serial}] {title}: {status}",
    "Your ticket {serial} is {status} (state: {state}).\n{comment}\n{url}",
)
_OVERDUE = _Default(
    (Recipient.HANDLERS,),
    "Overdue: {title}",
    "{serial} ({workflow}) has waited in {state} longer than its SLA allows.\n{url}",
)
_REJECTED = _Default(
    (Recipient.CREATOR,),
    "[{serial}] {title}: rejected",
    "{actor} rejected your ticket {serial} ({transition}); it is now in {state}.\n{comment}\n{url}",
)


def fan_out(event: OutboxEvent, document: WorkflowDocument) -> None:
    """Create the event's notifications (each once) and enqueue them after the commit."""
    rules = _document_rules(event, document) if document.notifications else _default_rules(event, document)
    if not rules:
        return
    existing = set(Notification.objects.filter(event=event).values_list("rule_index", flat=True))
    rules = [rule for rule in rules if rule.index not in existing]
    if not rules:
        return
    ticket = event.ticket
    values = _values(event, document)
    people: dict[tuple[str, ...], list[User]] = {}
    now = timezone.now()
    rows = []
    for rule in rules:
        if rule.recipients not in people:
            people[rule.recipients] = _recipients(event, rule.recipients)
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
                subject=_one_line(render(rule.subject, values))[:SUBJECT_CHARS],
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


def _document_rules(event: OutboxEvent, document: WorkflowDocument) -> list[_Rule]:
    matching = [
        (index, rule)
        for index, rule in enumerate(document.notifications)
        if event.event in rule.events and (not rule.states or event.state_key in rule.states)
    ]
    if not matching:
        return []
    codes = {rule.channel for _, rule in matching}
    channels = {channel.code: channel for channel in NotificationChannel.objects.filter(code__in=codes)}
    rules = []
    for index, rule in matching:
        channel = channels.get(rule.channel)
        if channel is None:
            logger.warning(
                "notification rule %s of ticket %s names unknown channel %r; skipped",
                index,
                event.ticket_id,
                rule.channel,
            )
            continue
        if not channel.is_active:
            continue
        subject, body = _split_template(rule)
        rules.append(_Rule(index, channel, tuple(rule.recipients), subject, body))
    return rules


def _split_template(rule: NotificationRule) -> tuple[str, str]:
    """A multi-line template is subject + body; one line is the body under the default subject."""
    lines = rule.template.strip().splitlines()
    if not lines:
        return DEFAULT_SUBJECT, DEFAULT_BODY
    if len(lines) == 1:
        return DEFAULT_SUBJECT, lines[0]
    return lines[0], "\n".join(lines[1:]).strip()


def _default_rules(event: OutboxEvent, document: WorkflowDocument) -> list[_Rule]:
    default = _default_for(event, document)
    if default is None:
        return []
    channels = NotificationChannel.objects.filter(is_active=True, is_default=True).order_by("pk")
    return [
        _Rule(DEFAULT_RULE_BASE + number, channel, default.recipients, default.subject, default.body)
        for number, channel in enumerate(channels)
    ]


def _default_for(event: OutboxEvent, document: WorkflowDocument) -> _Default | None:
    if event.event == WorkflowEvent.STATE_ENTERED:
        state = document.state(event.state_key)
        return _TO_HANDLE if state is not None and state.type != StateType.END else None
    if event.event in (WorkflowEvent.FINISHED, WorkflowEvent.CLOSED):
        return _ENDED
    if event.event == WorkflowEvent.SLA_BREACHED:
        return _OVERDUE
    if event.event == WorkflowEvent.TRANSITION and _is_reject(event, document):
        # A reject into an end state also finishes the ticket: the creator hears it once, from that.
        state = document.state(event.state_key)
        return _REJECTED if state is None or state.type != StateType.END else None
    return None


def _is_reject(event: OutboxEvent, document: WorkflowDocument) -> bool:
    key = event.data.get("transition")
    return any(t.key == key and t.attribute == TransitionAttribute.REJECT for t in document.transitions)


def _recipients(event: OutboxEvent, kinds: Iterable[str]) -> list[User]:
    """The active people a rule addresses, without the one whose action caused the event."""
    ticket = event.ticket
    wanted = set(kinds)
    ids: set[int] = set()
    if Recipient.HANDLERS in wanted:
        # Handlers of the visit the event is about: if the ticket moved on since, they are gone.
        visit = TicketHandler.objects.filter(ticket_id=ticket.pk, state_entry=event.state_entry)
        ids.update(visit.values_list("user_id", flat=True))
    if Recipient.CREATOR in wanted:
        ids.add(ticket.creator_id)
    if Recipient.PARTICIPANTS in wanted:
        ids.update(TicketHandler.objects.filter(ticket_id=ticket.pk).values_list("user_id", flat=True))
        actors = FlowLog.objects.filter(ticket_id=ticket.pk, actor__isnull=False).values_list(
            "actor_id", flat=True
        )
        ids.update(actor for actor in actors.distinct() if actor is not None)
    if event.actor_id is not None:
        ids.discard(event.actor_id)
    if not ids:
        return []
    return list(User.objects.filter(pk__in=ids, is_active=True).order_by("username"))


def _values(event: OutboxEvent, document: WorkflowDocument) -> dict[str, object]:
    """What templates may use: the ticket's field values, then the built-ins (which win)."""
    ticket = Ticket.objects.select_related("workflow", "creator").get(pk=event.ticket_id)
    state = document.state(event.state_key or ticket.state_key)
    key = event.data.get("transition")
    transition = next((t for t in document.transitions if t.key == key), None) if key else None
    builtins: dict[str, object] = {
        "serial": ticket.serial,
        "title": ticket.title,
        "state": state.name if state is not None else event.state_key,
        "status": ticket.get_status_display(),
        "workflow": ticket.workflow.name,
        "creator": ticket.creator.name,
        "actor": event.actor.name if event.actor is not None else (event.via_app or "system"),
        "event": event.event,
        "transition": transition.name if transition is not None else "",
        "comment": str(event.data.get("comment") or ""),
        "ticket_id": ticket.pk,
        "url": _ticket_url(ticket),
    }
    return {**ticket.values, **builtins}


def _ticket_url(ticket: Ticket) -> str:
    """The ticket's page, absolute on the tenant's public base URL ("" when it has none)."""
    base = tenant_public_base_url(schema_name=current_schema())
    return f"{base}/tickets/{ticket.pk}" if base else ""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _enqueue(ids: Sequence[int], delay: timedelta | None = None) -> None:
    jobs.send_rows(send_notification, ids, what="notification", delay=delay)


# --- delivery ---------------------------------------------------------------------------------


class DeliveryError(Exception):
    """Sending failed; `retryable` says whether another attempt may succeed."""

    def __init__(self, message: str, *, retryable: bool) -> None:
        super().__init__(message)
        self.retryable = retryable


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


def transmit(channel: NotificationChannel, message: Message) -> None:
    """Send `message` through `channel` now; raises DeliveryError."""
    secret = channel_secret(channel)
    if channel.kind == Kind.EMAIL:
        config = {**channel.config, **({"password": secret} if secret else {})}
        try:
            send_email(config, message, allow=outbound_allow())
        except ChannelRefused as exc:  # DNS may have changed since the save: checked at every send
            raise DeliveryError(str(exc), retryable=False) from exc
        except ChannelError as exc:
            raise DeliveryError(str(exc), retryable=True) from exc
        except ValueError as exc:  # bad config or no recipients: another try would not help
            raise DeliveryError(str(exc), retryable=False) from exc
        return
    _post_robot(channel, message, secret)


def channel_secret(channel: NotificationChannel) -> str:
    if not channel.secret_encrypted:
        return ""
    secret = decrypt_secret(channel.secret_encrypted)
    if secret is None:
        raise DeliveryError("The channel's secret cannot be decrypted; set it again.", retryable=False)
    return secret


def _post_robot(channel: NotificationChannel, message: Message, secret: str) -> None:
    url = str(channel.config.get("url") or "").strip()
    if channel.kind == Kind.DINGTALK and secret:
        url = dingtalk_signed_url(url, secret, int(time.time() * 1000))
    try:
        payload = robot_payload(channel.kind, message, secret=secret or None)
    except ValueError as exc:
        raise DeliveryError(str(exc), retryable=False) from exc
    body = json.dumps(payload, ensure_ascii=False).encode()
    try:
        response = outbound.post_json(url, body, headers={}, allow=outbound_allow(), timeout=ROBOT_TIMEOUT)
    except outbound.OutboundRefused as exc:
        raise DeliveryError(f"Refused ({exc.code}): {exc}", retryable=False) from exc
    except outbound.OutboundFailed as exc:
        raise DeliveryError(f"Failed: {exc}", retryable=True) from exc
    if not 200 <= response.status < 300:
        raise DeliveryError(f"HTTP {response.status}: {response.excerpt[:500]}", retryable=True)
    problem = _robot_error(channel.kind, response.body)
    if problem:
        raise DeliveryError(problem, retryable=True)


def _robot_error(kind: str, body: bytes) -> str | None:
    """WeCom, DingTalk and Feishu answer 200 with an error code in the JSON body."""
    if kind not in (Kind.WECOM, Kind.DINGTALK, Kind.FEISHU):
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    for key in ("errcode", "code", "StatusCode"):
        value = data.get(key)
        if value is not None and value != 0:
            detail = data.get("errmsg") or data.get("msg") or data.get("StatusMessage") or ""
            return f"{kind} answered {key}={value}: {detail}"[:500]
    return None


def sweep_notifications(*, now: datetime | None = None) -> int:
    """Re-send lost and stalled notifications."""
    return jobs.resend_lost(Notification, send_notification, now=now or timezone.now())


# --- channel administration ----------------------------------------------------------------------


def channel_list() -> QuerySet[NotificationChannel]:
    return NotificationChannel.objects.order_by("code")


def channel_codes_existing(*, codes: set[str]) -> frozenset[str]:
    """Which of `codes` name a channel (active or not): publishing checks a workflow's rules."""
    rows = NotificationChannel.objects.filter(code__in=codes).order_by()
    return frozenset(rows.values_list("code", flat=True))


def _checked_config(kind: str, config: dict[str, Any]) -> dict[str, Any]:
    """The config to store, or ValidationFailed listing every problem (422)."""
    allowed = EMAIL_KEYS if kind == Kind.EMAIL else ROBOT_KEYS
    problems = []
    if len(json.dumps(config, default=str)) > MAX_CONFIG_CHARS:
        problems.append(field_problem("config", f"The config is longer than {MAX_CONFIG_CHARS} characters."))
    for key in config:
        if key in SECRET_KEYS:
            problems.append(
                field_problem(f"config.{key}", "Put passwords and secrets in `secret`: it is never shown.")
            )
        elif key not in allowed:
            problems.append(field_problem(f"config.{key}", f"Unknown setting for a {kind} channel."))
    problems += [field_problem("config", problem) for problem in validate_config(kind, config)]
    cleaned = dict(config)
    if kind == Kind.EMAIL and not problems:
        problems += _email_target_problems(cleaned)
    if kind in ROBOT_KINDS and not problems:
        cleaned["url"] = str(config["url"]).strip()
        try:
            outbound.check_url(cleaned["url"], allow=outbound_allow())
        except outbound.OutboundRefused as exc:
            problems.append(field_problem("config.url", str(exc)))
    if problems:
        raise ValidationFailed("The channel configuration is invalid.", details=problems)
    return cleaned


def _email_target_problems(config: dict[str, Any]) -> list[dict[str, Any]]:
    """The SMTP server must be a destination the guard allows (a literal private address or
    localhost is refused now; a name is checked again at every send, as DNS can change), and its
    timeout within the deployment's cap."""
    problems = []
    config["host"] = str(config["host"]).strip()
    try:
        outbound.check_host(config["host"], allow=outbound_allow())
    except outbound.OutboundRefused as exc:
        problems.append(field_problem("config.host", str(exc)))
    cap = settings.OUTBOUND_TIMEOUT_MAX_SECONDS
    timeout = config.get("timeout")
    if timeout is not None and timeout > cap:
        problems.append(field_problem("config.timeout", f"At most {cap} seconds."))
    return problems


def _save(channel: NotificationChannel) -> NotificationChannel:
    try:
        with transaction.atomic():
            channel.save()
    except IntegrityError:
        raise Conflict(f"A channel with code {channel.code!r} exists.", code="channel_code_taken") from None
    return channel


def channel_create(
    *,
    code: str,
    name: str,
    kind: str,
    config: dict[str, Any],
    secret: str | None = None,
    is_default: bool = False,
    is_active: bool = True,
) -> NotificationChannel:
    channel = NotificationChannel(
        code=code,
        name=name,
        kind=kind,
        config=_checked_config(kind, config),
        secret_encrypted=encrypt_secret(secret) if secret else "",
        is_default=is_default,
        is_active=is_active,
    )
    return _save(channel)


def channel_update(*, channel: NotificationChannel, changes: dict[str, Any]) -> NotificationChannel:
    """Apply the given fields; `secret` "" clears it, an absent or null secret keeps it."""
    for field in ("code", "name", "kind", "is_default", "is_active"):
        if changes.get(field) is not None:
            setattr(channel, field, changes[field])
    if "kind" in changes or changes.get("config") is not None:
        config = changes.get("config")
        channel.config = _checked_config(channel.kind, channel.config if config is None else config)
    secret = changes.get("secret")
    if secret is not None:
        channel.secret_encrypted = encrypt_secret(secret) if secret else ""
    return _save(channel)


def channel_delete(*, channel: NotificationChannel) -> None:
    channel.delete()


def notification_page(
    *,
    cursor: str | None,
    limit: int,
    status: str | None = None,
    channel_id: int | None = None,
    ticket_id: int | None = None,
) -> Page[Notification]:
    queryset = Notification.objects.select_related("channel", "event", "ticket")
    if status is not None:
        queryset = queryset.filter(status=status)
    if channel_id is not None:
        queryset = queryset.filter(channel_id=channel_id)
    if ticket_id is not None:
        queryset = queryset.filter(ticket_id=ticket_id)
    return paginate(queryset, ordering=["-id"], cursor=cursor, limit=limit)
