"""Builders of the ticket-list tests."""

from __future__ import annotations

from typing import Any

from django_tenants.utils import schema_context

from engine.tickets.models import Ticket
from engine.tickets.services import ticket_create
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


def ids(client: Any, query: str = "", status: int = 200) -> list[int]:
    response = client.get(f"/api/v1/tickets?{query}")
    assert response.status_code == status, response.content
    return [item["id"] for item in response.json()["items"]] if status == 200 else []
