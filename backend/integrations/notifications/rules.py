"""Who hears of an event, and what they read: a workflow's notification rules, or the defaults
(to-do for new handlers, the ending for the creator, due-soon, overdue and rejected notices)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from django.utils.functional import Promise
from django.utils.translation import gettext, gettext_lazy

from core.access.models import User
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
from integrations.common.payloads import event_branch
from integrations.notifications.models import NotificationChannel
from tenants.selectors import tenant_public_base_url

logger = logging.getLogger(__name__)

# Default rules are numbered after the document's (at most 100) rules.
DEFAULT_RULE_BASE = 1000

# The built-in texts are lazy: each is written in its recipients' language (core.i18n), while a
# tenant's own templates are sent as written.
DEFAULT_SUBJECT = gettext_lazy("[{serial}] {title}: {state}")

DEFAULT_BODY = gettext_lazy(
    "{title}\nTicket: {serial}\nWorkflow: {workflow}\nState: {state}\nStatus: {status}\n{url}"
)

SUBJECT_CHARS = 500


@dataclass(frozen=True)
class _Rule:
    index: int  # Notification.rule_index
    channel: NotificationChannel
    recipients: tuple[str, ...]  # Recipient values
    subject: str | Promise  # templates
    body: str | Promise


@dataclass(frozen=True)
class _Default:
    recipients: tuple[str, ...]
    subject: str | Promise
    body: str | Promise


_TO_HANDLE = _Default(
    (Recipient.HANDLERS,),
    gettext_lazy("You have a ticket to handle: {title}"),
    gettext_lazy("{creator} asks you to handle {serial} ({workflow}), now in {state}.\n{url}"),
)

_ENDED = _Default(
    (Recipient.CREATOR,),
    gettext_lazy("[{serial}] {title}: {status}"),
    gettext_lazy("Your ticket {serial} is {status} (state: {state}).\n{comment}\n{url}"),
)

_OVERDUE = _Default(
    (Recipient.HANDLERS,),
    gettext_lazy("Overdue: {title}"),
    gettext_lazy("{serial} ({workflow}) has waited in {state} longer than its SLA allows.\n{url}"),
)

_DUE_SOON = _Default(
    (Recipient.HANDLERS,),
    gettext_lazy("Due soon: {title}"),
    gettext_lazy("{serial} ({workflow}) waits in {state}; its SLA runs out at {due}.\n{url}"),
)

_REJECTED = _Default(
    (Recipient.CREATOR,),
    gettext_lazy("[{serial}] {title}: rejected"),
    gettext_lazy(
        "{actor} rejected your ticket {serial} ({transition}); it is now in {state}.\n{comment}\n{url}"
    ),
)


def document_rules(event: OutboxEvent, document: WorkflowDocument) -> list[_Rule]:
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


def _split_template(rule: NotificationRule) -> tuple[str | Promise, str | Promise]:
    """A multi-line template is subject + body; one line is the body under the default subject."""
    lines = rule.template.strip().splitlines()
    if not lines:
        return DEFAULT_SUBJECT, DEFAULT_BODY
    if len(lines) == 1:
        return DEFAULT_SUBJECT, lines[0]
    return lines[0], "\n".join(lines[1:]).strip()


def default_rules(event: OutboxEvent, document: WorkflowDocument) -> list[_Rule]:
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
    if event.event == WorkflowEvent.SLA_WARNING:
        return _DUE_SOON
    if event.event == WorkflowEvent.TRANSITION and _is_reject(event, document):
        # A reject into an end state also finishes the ticket: the creator hears it once, from that.
        state = document.state(event.state_key)
        return _REJECTED if state is None or state.type != StateType.END else None
    return None


def _is_reject(event: OutboxEvent, document: WorkflowDocument) -> bool:
    key = event.data.get("transition")
    return any(t.key == key and t.attribute == TransitionAttribute.REJECT for t in document.transitions)


def recipients(event: OutboxEvent, kinds: Iterable[str]) -> list[User]:
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


def template_values(event: OutboxEvent, document: WorkflowDocument) -> dict[str, object]:
    """What templates may use: the ticket's field values, then the built-ins (which win). `{state}`
    is the state the event is about (a branch's while branches run, `{branch}` naming the branch)."""
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
        "actor": event.actor.name if event.actor is not None else (event.via_app or gettext("system")),
        "event": event.event,
        "transition": transition.name if transition is not None else "",
        "comment": str(event.data.get("comment") or ""),
        "branch": event_branch(event) or "",
        "due": _due_text(event),
        "ticket_id": ticket.pk,
        "url": _ticket_url(ticket),
    }
    return {**ticket.values, **builtins}


def _due_text(event: OutboxEvent) -> str:
    """An SLA warning's deadline, readable: "2026-12-07 09:00 UTC" ("" for other events)."""
    raw = event.data.get("sla_due_at")
    try:
        due = datetime.fromisoformat(str(raw)) if raw else None
    except ValueError:
        return ""
    return due.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if due is not None else ""


def _ticket_url(ticket: Ticket) -> str:
    """The ticket's page, absolute on the tenant's public base URL ("" when it has none)."""
    base = tenant_public_base_url(schema_name=current_schema())
    return f"{base}/tickets/{ticket.pk}" if base else ""


def one_line(text: str) -> str:
    return " ".join(text.split())
