"""Builders of the inbox tests: a leave ticket filed by alice, and its events fanned out."""

from __future__ import annotations

from typing import Any

from engine.tickets.models import OutboxEvent, Ticket
from engine.tickets.services import ticket_create
from engine.tickets.tasks import process_event
from engine.workflows.tests.factories import LEAVE, user_principal
from integrations.inbox.models import InboxItem

INBOX = "/api/v1/inbox"


def filed(world: dict[str, Any], **values: Any) -> Ticket:
    """alice's leave request, submitted (it waits for lead), its events processed."""
    ticket = ticket_create(
        workflow=world["leave"],
        principal=user_principal("alice"),
        values={**LEAVE, **values},
        transition="submit",
    )
    process(ticket)
    ticket.refresh_from_db()
    return ticket


def process(ticket: Ticket) -> None:
    """Fan out the ticket's unprocessed events (as the worker would)."""
    for pk in (
        OutboxEvent.objects.filter(ticket=ticket, processed_at=None)
        .order_by("pk")
        .values_list("pk", flat=True)
    ):
        process_event.fn(pk)


def inbox_of(username: str) -> list[tuple[str, str]]:
    """(kind, ticket serial) of a person's inbox rows, oldest first."""
    rows = InboxItem.objects.filter(user__username=username).order_by("id")
    return [(row.kind, row.ticket.serial) for row in rows.select_related("ticket")]
