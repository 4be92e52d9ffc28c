"""Ticket read endpoints: lists, counts, detail, available actions, flow log, flow steps.

`GET /tickets` shares its path with `POST /tickets`, and ninja serves one path from one router, so
the list registers on the shared `engine.tickets.router.router`; everything else lives on `router`.
Importing this module registers both.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import Query, Router

from core.access.auth import principal_of
from engine.definitions.schema import WorkflowDocument
from engine.models import Ticket
from engine.permissions import require_workflow_read
from engine.tickets import selectors
from engine.tickets.router import router as shared_router
from engine.tickets.schemas_read import (
    ActionOut,
    FlowLogOut,
    StepsOut,
    TicketCountsOut,
    TicketDetailOut,
    TicketListParams,
    TicketPageOut,
)

router = Router(tags=["tickets"])


def _principal(request: HttpRequest) -> Any:
    principal = principal_of(request)
    require_workflow_read(principal)
    selectors.require_person(principal)
    return principal


def _summary(ticket: Ticket, document: WorkflowDocument | None, my_role: str | None) -> dict[str, Any]:
    state = document.state(ticket.state_key) if document is not None else None
    return {
        "id": ticket.pk,
        "serial": ticket.serial,
        "title": ticket.title,
        "workflow": {"id": ticket.workflow.pk, "key": ticket.workflow.key, "name": ticket.workflow.name},
        "state": {"key": ticket.state_key, "name": state.name if state is not None else ticket.state_key},
        "status": ticket.status,
        "creator": {
            "id": ticket.creator.pk,
            "username": ticket.creator.username,
            "display_name": ticket.creator.display_name,
        },
        "created_at": ticket.created_at,
        "updated_at": ticket.updated_at,
        "row_version": ticket.row_version,
        "my_role": my_role,
    }


def _summary_row(
    row: dict[str, Any], document: WorkflowDocument | None, my_role: str | None
) -> dict[str, Any]:
    """`_summary` for a list row (a dict of `selectors.SUMMARY_COLUMNS`)."""
    state = document.state(row["state_key"]) if document is not None else None
    return {
        "id": row["id"],
        "serial": row["serial"],
        "title": row["title"],
        "workflow": {"id": row["workflow_id"], "key": row["workflow__key"], "name": row["workflow__name"]},
        "state": {"key": row["state_key"], "name": state.name if state is not None else row["state_key"]},
        "status": row["status"],
        "creator": {
            "id": row["creator_id"],
            "username": row["creator__username"],
            "display_name": row["creator__display_name"],
        },
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "row_version": row["row_version"],
        "my_role": my_role,
    }


@shared_router.get("/tickets", response=TicketPageOut, summary="List tickets (to-do, created, handled…)")
def list_tickets(request: HttpRequest, params: Query[TicketListParams]) -> Any:
    principal = _principal(request)
    filters = selectors.TicketFilters(
        workflow=params.workflow,
        state=params.state,
        status=params.status,
        serial=params.serial,
        title=params.title,
        created_after=params.created_after,
        created_before=params.created_before,
        field=params.field,
    )
    result = selectors.ticket_list(
        principal=principal, view=params.view, filters=filters, cursor=params.cursor, limit=params.limit
    )
    return {
        "items": [
            _summary_row(row, result.documents.get(row["version_id"]), result.roles.get(row["id"]))
            for row in result.page.items
        ],
        "next_cursor": result.page.next_cursor,
    }


@router.get("/tickets/counts", response=TicketCountsOut, summary="How many tickets in each of my lists")
def ticket_counts(request: HttpRequest) -> Any:
    return selectors.ticket_counts(principal=_principal(request))


@router.get(
    "/tickets/{ticket_id}",
    response=TicketDetailOut,
    summary="A ticket, with the fields you may see in its current state (ETag: its row_version)",
)
def ticket_detail(request: HttpRequest, ticket_id: int, response: HttpResponse) -> Any:
    principal = _principal(request)
    visible = selectors.visible_ticket(principal, ticket_id)
    ticket = visible.ticket
    handlers = selectors.ticket_handlers(ticket)
    my_role = next((row["kind"] for row in handlers if row["id"] == visible.user.pk), None)
    response["ETag"] = f'"{ticket.row_version}"'
    return {
        **_summary(ticket, visible.document, my_role),
        "version": ticket.version.number,
        "fields": selectors.ticket_fields(principal, visible),
        "handlers": handlers,
        "parent_id": ticket.parent_id,
    }


@router.get("/tickets/{ticket_id}/actions", response=list[ActionOut], summary="What you may do now")
def ticket_actions(request: HttpRequest, ticket_id: int) -> Any:
    principal = _principal(request)
    return selectors.available_actions(principal, selectors.visible_ticket(principal, ticket_id))


@router.get("/tickets/{ticket_id}/flow-log", response=list[FlowLogOut], summary="The ticket's history")
def ticket_flow_log(request: HttpRequest, ticket_id: int) -> Any:
    principal = _principal(request)
    return selectors.flow_log(selectors.visible_ticket(principal, ticket_id).ticket)


@router.get(
    "/tickets/{ticket_id}/steps", response=StepsOut, summary="The flow's states, with the current one marked"
)
def ticket_steps(request: HttpRequest, ticket_id: int) -> Any:
    principal = _principal(request)
    return selectors.flow_steps(selectors.visible_ticket(principal, ticket_id))
