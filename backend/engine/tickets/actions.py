"""Ticket action endpoints: create (or save a draft), handle a transition, accept (claim)."""

from __future__ import annotations

from typing import Annotated, Any

from django.http import HttpRequest, HttpResponse
from ninja import Schema, Status
from pydantic import Field, StringConstraints

from core.auth import principal_of
from core.errors import NotFound
from engine import selectors as workflow_selectors
from engine.models import Ticket
from engine.permissions import require_workflow_read
from engine.runtime.actions import ticket_claim, ticket_create, ticket_handle
from engine.tickets.router import router

Comment = Annotated[str, StringConstraints(max_length=10_000)]
TransitionKey = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")]


class TicketCreateIn(Schema):
    workflow_id: int
    fields: dict[str, Any] = Field(default_factory=dict, description="Field values by key.")
    transition: TransitionKey | None = Field(
        default=None,
        description="Submit at once with this transition of the start state; omit to save a draft.",
    )
    comment: Comment = ""
    parent_id: int | None = None


class TicketHandleIn(Schema):
    transition: TransitionKey
    comment: Comment = ""
    fields: dict[str, Any] = Field(default_factory=dict)


class TicketStateOut(Schema):
    id: int
    serial: str
    title: str
    state: str
    status: str
    row_version: int


def _out(ticket: Ticket, response: HttpResponse | None = None) -> dict[str, Any]:
    if response is not None:
        response["ETag"] = f'"{ticket.row_version}"'
    return {
        "id": ticket.pk,
        "serial": ticket.serial,
        "title": ticket.title,
        "state": ticket.state_key,
        "status": ticket.status,
        "row_version": ticket.row_version,
    }


@router.post(
    "/tickets", response={201: TicketStateOut}, summary="Create a ticket (and submit it, with `transition`)"
)
def create_ticket(request: HttpRequest, payload: TicketCreateIn, response: HttpResponse) -> Status:
    principal = principal_of(request)
    require_workflow_read(principal)
    workflow = workflow_selectors.workflow_get(workflow_id=payload.workflow_id)
    parent = None
    if payload.parent_id is not None:
        parent = Ticket.objects.filter(pk=payload.parent_id).first()
        if parent is None:
            raise NotFound(f"No ticket with id {payload.parent_id}.")
    ticket = ticket_create(
        workflow=workflow,
        principal=principal,
        values=payload.fields,
        transition=payload.transition,
        comment=payload.comment,
        parent=parent,
    )
    return Status(201, _out(ticket, response))


@router.post(
    "/tickets/{ticket_id}/handle",
    response=TicketStateOut,
    summary="Take a transition (If-Match: the ticket's row_version; 412 when stale, 409 when not allowed)",
)
def handle_ticket(
    request: HttpRequest, ticket_id: int, payload: TicketHandleIn, response: HttpResponse
) -> Any:
    principal = principal_of(request)
    require_workflow_read(principal)
    ticket = ticket_handle(
        ticket_id=ticket_id,
        principal=principal,
        transition=payload.transition,
        values=payload.fields,
        comment=payload.comment,
        if_match=request.headers.get("If-Match"),
    )
    return _out(ticket, response)


@router.post(
    "/tickets/{ticket_id}/accept", response=TicketStateOut, summary="Claim a ticket offered to several"
)
def accept_ticket(request: HttpRequest, ticket_id: int, response: HttpResponse) -> Any:
    principal = principal_of(request)
    require_workflow_read(principal)
    ticket = ticket_claim(ticket_id=ticket_id, principal=principal, if_match=request.headers.get("If-Match"))
    return _out(ticket, response)
