"""Builders of the action-link tests: a leave ticket waiting for lead, and lead's links for it."""

from __future__ import annotations

from typing import Any

from core.access.models import User
from engine.tickets.models import Ticket
from engine.tickets.services import ticket_create
from engine.workflows.tests.factories import LEAVE, user_principal
from integrations.actionlinks.services import links_create

PREVIEW = "/api/v1/action-links/preview"
USE = "/api/v1/action-links/use"


def waiting_for_lead(world: dict[str, Any], **values: Any) -> Ticket:
    ticket = ticket_create(
        workflow=world["leave"],
        principal=user_principal("alice"),
        values={**LEAVE, **values},
        transition="submit",
    )
    ticket.refresh_from_db()
    return ticket


def lead_links(ticket: Ticket, *, chat: bool = False) -> dict[str, str]:
    """lead's tokens for the ticket's current visit, by transition key."""
    urls = links_create(
        user=User.objects.get(username="lead"),
        ticket=ticket,
        state_entry=ticket.state_entry,
        branch="",
        transitions=["lead_approve", "lead_reject"],
        requires_session=chat,
    )
    return {key: url.rsplit("/act/", 1)[1] for key, url in urls.items()}


def post(client: Any, path: str, body: Any) -> Any:
    return client.post(path, body, content_type="application/json")
