"""What a job list (webhook deliveries, notifications) shows of its ticket, and how it is filtered
by it: the ticket's serial and title and its workflow's key and name, never bare ids to read."""

from __future__ import annotations

from typing import Any, TypeVar

from django.db.models import Model, QuerySet
from ninja import Schema
from pydantic import BaseModel, Field

M = TypeVar("M", bound=Model)
Q = TypeVar("Q", bound=BaseModel)

# The related rows the fields below read: select them with the list (one query, no N+1).
TICKET_RELATED = ("ticket", "ticket__workflow")


class TicketRefFilters(Schema):
    ticket_serial: str | None = Field(None, max_length=40, description="Only this ticket (its serial).")
    workflow_key: str | None = Field(None, max_length=64, description="Only this workflow's tickets.")


class TicketRefOut(Schema):
    ticket_serial: str | None
    ticket_title: str | None
    workflow_key: str | None
    workflow_name: str | None

    @staticmethod
    def resolve_ticket_serial(row: Any) -> str | None:
        return row.ticket.serial if row.ticket is not None else None

    @staticmethod
    def resolve_ticket_title(row: Any) -> str | None:
        return row.ticket.title if row.ticket is not None else None

    @staticmethod
    def resolve_workflow_key(row: Any) -> str | None:
        return row.ticket.workflow.key if row.ticket is not None else None

    @staticmethod
    def resolve_workflow_name(row: Any) -> str | None:
        return row.ticket.workflow.name if row.ticket is not None else None


def by_ticket_ref(rows: QuerySet[M], query: Q) -> tuple[QuerySet[M], Q]:
    """`rows` with their ticket and workflow, narrowed by the query's serial and workflow key; and
    the query without those two (the rest are plain field equalities for `filtered_page`)."""
    rows = rows.select_related(*TICKET_RELATED)
    serial = getattr(query, "ticket_serial", None)
    key = getattr(query, "workflow_key", None)
    if serial:
        rows = rows.filter(ticket__serial=serial)
    if key:
        rows = rows.filter(ticket__workflow__key=key)
    return rows, query.model_copy(update={"ticket_serial": None, "workflow_key": None})
