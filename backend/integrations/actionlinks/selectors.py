"""Reads of action links: what a link does, in words, for its confirmation page."""

from __future__ import annotations

from typing import Any

from engine.tickets.documents import ticket_document
from integrations.actionlinks.models import ActionLink


def link_summary(link: ActionLink) -> dict[str, Any]:
    """The person, ticket, state and transition a link acts on, named as the workflow names them."""
    ticket = link.ticket
    document = ticket_document(ticket)
    transition = next((t for t in document.transitions if t.key == link.transition), None)
    handlers_state = document.state(ticket.state_key)
    return {
        "person": {"username": link.user.username, "display_name": link.user.name},
        "ticket": {"id": ticket.pk, "serial": ticket.serial, "title": ticket.title},
        "state_name": handlers_state.name if handlers_state is not None else ticket.state_key,
        "transition": {
            "key": link.transition,
            "name": transition.name if transition is not None else link.transition,
            "attribute": str(transition.attribute) if transition is not None else "other",
        },
        "expires_at": link.expires_at,
        "requires_session": link.requires_session,
    }
