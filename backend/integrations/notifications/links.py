"""What a notification's people may read and do: their preferences (which kinds of event reach
them by email or chat, and the daily digest instead of single mails) and, in a "your turn"
message, their own action links (approve / reject without opening the console)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from core.access.models import User
from engine.tickets.documents import ticket_document
from engine.tickets.models import OutboxEvent, Ticket, TicketHandler
from engine.workflows.definitions.schema import (
    StateType,
    TransitionAttribute,
    TransitionKind,
    WorkflowEvent,
)
from integrations.actionlinks.services import links_create
from integrations.inbox.models import Channel, InboxKind
from integrations.inbox.selectors import reachable
from integrations.notifications.channels import Message
from integrations.notifications.models import NotificationChannel

Kind = NotificationChannel.Kind

DIGEST_RULE = 3000  # Notification.rule_index of a daily digest (sent as it is, to one person)

_KIND_OF_EVENT = {
    WorkflowEvent.STATE_ENTERED: InboxKind.TURN,
    WorkflowEvent.TRANSITION: InboxKind.MOVED,
    WorkflowEvent.FINISHED: InboxKind.MOVED,
    WorkflowEvent.CLOSED: InboxKind.MOVED,
    WorkflowEvent.WITHDRAWN: InboxKind.MOVED,
    WorkflowEvent.CREATED: InboxKind.MOVED,
    WorkflowEvent.SLA_BREACHED: InboxKind.SLA,
    WorkflowEvent.SLA_WARNING: InboxKind.SLA,
}
_DECISIONS = (TransitionAttribute.AGREE, TransitionAttribute.REJECT)


def personal_channel(channel: NotificationChannel) -> str | None:
    """The preference channel a notification channel is (None: a plain webhook, for systems)."""
    if channel.kind == Kind.EMAIL:
        return Channel.EMAIL
    return None if channel.kind == Kind.WEBHOOK else Channel.CHAT


def wanting(
    users: Sequence[User], channel: NotificationChannel, event: OutboxEvent | None, rule_index: int
) -> list[User]:
    """The users whose preferences let this event reach them on this channel."""
    kind = _KIND_OF_EVENT.get(event.event) if event is not None else None  # type: ignore[call-overload]
    which = personal_channel(channel)
    if rule_index == DIGEST_RULE or kind is None or which is None:
        return list(users)
    allowed = reachable([user.pk for user in users], kind=kind, channel=which)
    return [user for user in users if user.pk in allowed]


def _decisions(event: OutboxEvent, ticket: Ticket) -> list[tuple[str, str]]:
    """The approve / reject transitions out of the state the event entered: (key, name)."""
    document = ticket_document(ticket)
    state = document.state(event.state_key)
    if state is None or state.type == StateType.END:
        return []
    return [
        (t.key, t.name)
        for t in document.transitions_from(state.key)
        if t.kind == TransitionKind.MANUAL and t.attribute in _DECISIONS
    ]


def action_links(
    users: Sequence[User], event: OutboxEvent | None, ticket: Ticket | None, *, chat: bool
) -> dict[int, list[tuple[str, str]]]:
    """For a "your turn" event: each handler's (transition name, URL) links; fresh links at each
    send (only the digest is stored). Chat links need their person's session."""
    if event is None or ticket is None or event.event != WorkflowEvent.STATE_ENTERED:
        return {}
    decisions = _decisions(event, ticket)
    if not decisions:
        return {}
    handlers = TicketHandler.objects.filter(
        ticket_id=ticket.pk,
        state_entry=event.state_entry,
        kind=TicketHandler.Kind.HANDLER,
        user_id__in=[user.pk for user in users],
    ).select_related("branch")
    branch_of = {row.user_id: (row.branch.key if row.branch is not None else "") for row in handlers}
    names = dict(decisions)
    found: dict[int, list[tuple[str, str]]] = {}
    for user in users:
        if user.pk not in branch_of:
            continue
        urls = links_create(
            user=user,
            ticket=ticket,
            state_entry=event.state_entry,
            branch=branch_of[user.pk],
            transitions=list(names),
            requires_session=chat,
        )
        if urls:
            found[user.pk] = [(names[key], url) for key, url in urls.items()]
    return found


def _lines(links: list[tuple[str, str]]) -> str:
    return "\n".join(f"{name}: {url}" for name, url in links)


def with_links(
    message: Message, users: Sequence[User], links: dict[int, list[tuple[str, str]]], *, email: bool
) -> list[Message]:
    """The message(s) to send: by email one per person carrying their own links; by chat one
    message listing each person's links under their name."""
    if not links:
        return [message]
    if not email:
        parts = [f"{user.name}:\n{_lines(links[user.pk])}" for user in users if user.pk in links]
        return [replace(message, body=f"{message.body}\n\n" + "\n".join(parts))]
    messages = []
    for user in users:
        if not user.email:
            continue
        body = message.body if user.pk not in links else f"{message.body}\n\n{_lines(links[user.pk])}"
        messages.append(replace(message, body=body, recipients=[user.email]))
    return messages
