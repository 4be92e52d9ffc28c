"""The inbox's subscriber: each engine event becomes at most one notification per person it
concerns (your turn, your ticket moved, a comment or @mention, a consultation, an SLA warning),
inside the event's transaction and once per event and person (a unique index), so processing an
event twice adds nothing."""

from __future__ import annotations

import re
from datetime import datetime

from core.access.auth import Principal
from core.access.models import User
from engine.tickets.events import COMMENTED, CONSULTED
from engine.tickets.models import OutboxEvent, Ticket, TicketHandler
from engine.tickets.runtime.access import can_view
from engine.workflows.definitions.schema import StateType, WorkflowDocument, WorkflowEvent
from integrations.inbox.models import Channel, InboxItem, InboxKind
from integrations.inbox.selectors import reachable

MAX_MENTIONS = 10  # @names looked up per comment
EXCERPT_CHARS = 300
# `@name` not inside a word or an email address; usernames are letters, digits and @.+-_.
MENTION = re.compile(r"(?<![\w.@+-])@([\w.+-]{1,150})")


def mentioned(text: str) -> list[str]:
    """The usernames `text` mentions, in order, each once (trailing dots are punctuation)."""
    names = (match.group(1).rstrip(".") for match in MENTION.finditer(text))
    return list(dict.fromkeys(name for name in names if name))[:MAX_MENTIONS]


def _visit_handlers(event: OutboxEvent, *kinds: str) -> set[int]:
    rows = TicketHandler.objects.filter(
        ticket_id=event.ticket_id, state_entry=event.state_entry, kind__in=kinds
    )
    return set(rows.values_list("user_id", flat=True))


def _comment_targets(event: OutboxEvent, ticket: Ticket, document: WorkflowDocument) -> dict[int, str]:
    """Who hears of a comment: those @mentioned who may see the ticket (as mentions), then its
    creator and current handlers (as comments)."""
    text = str(event.data.get("comment") or "")
    targets: dict[int, str] = {}
    names = mentioned(text)
    if names:
        for user in User.objects.filter(username__in=names, is_active=True):
            if can_view(Principal(user=user), ticket, document):
                targets[user.pk] = InboxKind.MENTION
    handlers = TicketHandler.objects.filter(ticket_id=ticket.pk).values_list("user_id", flat=True)
    for user_id in [ticket.creator_id, *handlers]:
        targets.setdefault(user_id, InboxKind.COMMENT)
    return targets


def targets(event: OutboxEvent, ticket: Ticket, document: WorkflowDocument) -> dict[int, str]:
    """The people an event concerns, each with the kind of notification they get."""
    name = event.event
    if name == WorkflowEvent.STATE_ENTERED:
        state = document.state(event.state_key)
        if state is None or state.type == StateType.END:
            return {}
        waiting = _visit_handlers(event, TicketHandler.Kind.HANDLER, TicketHandler.Kind.CANDIDATE)
        return dict.fromkeys(waiting, InboxKind.TURN)
    if name in (WorkflowEvent.TRANSITION, WorkflowEvent.CLOSED):
        return {ticket.creator_id: InboxKind.MOVED}
    if name in (WorkflowEvent.SLA_BREACHED, WorkflowEvent.SLA_WARNING):
        # Like Jira Service Management and ServiceNow: those who must act now (the visit's
        # handlers), not the requester.
        return dict.fromkeys(_visit_handlers(event, TicketHandler.Kind.HANDLER), InboxKind.SLA)
    if name == CONSULTED:
        asked = User.objects.filter(username=str(event.data.get("to") or "")).values_list("pk", flat=True)
        return dict.fromkeys(asked, InboxKind.CONSULT)
    if name == COMMENTED:
        return _comment_targets(event, ticket, document)
    return {}


def _due_at(event: OutboxEvent) -> datetime | None:
    """An SLA warning's deadline (the event carries it as ISO 8601)."""
    if event.event != WorkflowEvent.SLA_WARNING:
        return None
    try:
        return datetime.fromisoformat(str(event.data.get("sla_due_at") or ""))
    except ValueError:
        return None


def fan_out(event: OutboxEvent, document: WorkflowDocument) -> None:
    """Write the event's inbox rows (each once), for the people whose preferences want them in-app."""
    ticket = event.ticket
    wanted = targets(event, ticket, document)
    wanted.pop(event.actor_id or 0, None)  # nobody is told of their own action
    if not wanted:
        return
    active = set(User.objects.filter(pk__in=wanted, is_active=True).values_list("pk", flat=True))
    state = document.state(event.state_key)
    excerpt = " ".join(str(event.data.get("comment") or "").split())[:EXCERPT_CHARS]
    due_at = _due_at(event)
    rows = []
    for kind in dict.fromkeys(wanted.values()):
        people = {user_id for user_id, chosen in wanted.items() if chosen == kind and user_id in active}
        for user_id in sorted(reachable(people, kind=kind, channel=Channel.IN_APP)):
            rows.append(
                InboxItem(
                    user_id=user_id,
                    kind=kind,
                    ticket=ticket,
                    event=event,
                    actor_id=event.actor_id,
                    state_name=(state.name if state is not None else event.state_key)[:200],
                    excerpt=excerpt,
                    due_at=due_at,
                )
            )
    InboxItem.objects.bulk_create(rows, ignore_conflicts=True)
