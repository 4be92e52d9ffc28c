"""Plain builders shared by the ticket tests (no test module imports another).

`create_ticket` / `handle_ticket` act in the `it` schema as one of the seeded people (see the
`world` fixture in conftest.py).
"""

from __future__ import annotations

from typing import Any

from django_tenants.utils import schema_context

from engine.tickets.models import Ticket
from engine.tickets.services import ticket_create, ticket_handle
from engine.workflows.models import Workflow
from engine.workflows.tests.factories import LEAVE, PERMISSION, user_principal


def create_ticket(
    workflow: Workflow, username: str = "alice", *, submit: bool = True, **values: Any
) -> Ticket:
    """A ticket of a sample workflow (leave or it-permission) with its usual values, `values` on top."""
    with schema_context("it"):
        base = PERMISSION if workflow.key == "it-permission" else LEAVE
        return ticket_create(
            workflow=workflow,
            principal=user_principal(username),
            values={**base, **values},
            transition="submit" if submit else None,
        )


def handle_ticket(ticket: Ticket, username: str, transition: str, **kwargs: Any) -> None:
    with schema_context("it"):
        ticket_handle(
            ticket_id=ticket.pk, principal=user_principal(username), transition=transition, **kwargs
        )
