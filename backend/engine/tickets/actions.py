"""Ticket action endpoints: create (or save a draft), handle a transition, accept (claim)."""

from __future__ import annotations

from typing import Annotated, Any

from django.http import HttpRequest, HttpResponse
from ninja import Schema, Status
from pydantic import Field, StringConstraints

from core.access.auth import Principal, principal_for_workflow
from core.errors import NotFound
from core.ninja_api import IF_MATCH
from engine.models import Ticket, Workflow
from engine.permissions import require_workflow_read
from engine.runtime.actions import (
    ticket_claim,
    ticket_close,
    ticket_comment,
    ticket_consult,
    ticket_consult_reply,
    ticket_create,
    ticket_deliver,
    ticket_force_state,
    ticket_handle,
    ticket_update_fields,
    ticket_withdraw,
)
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
    parent_id: int | None = Field(
        default=None,
        description="File it as a sub-ticket of this ticket: you must handle that ticket's current "
        "state (or be an admin of its workflow); otherwise 404.",
    )


class TicketHandleIn(Schema):
    transition: TransitionKey
    comment: Comment = ""
    fields: dict[str, Any] = Field(default_factory=dict)


Username = Annotated[str, StringConstraints(min_length=1, max_length=150)]


class PassOnIn(Schema):
    to: Username = Field(description="The username to pass the ticket to / to ask.")
    comment: Comment = ""


class CommentIn(Schema):
    comment: Annotated[str, StringConstraints(min_length=1, max_length=10_000)]


class OptionalCommentIn(Schema):
    comment: Comment = ""


class ForceStateIn(Schema):
    state: TransitionKey
    comment: Comment = ""


class FieldsIn(Schema):
    fields: dict[str, Any]
    comment: Comment = ""


class TicketStateOut(Schema):
    id: int
    serial: str
    title: str
    state: str
    status: str
    row_version: int


def _person(request: HttpRequest, ticket_id: int) -> Principal:
    """The caller, checked against the app grant for the ticket's workflow when an app acts for a person."""
    workflow_key = Ticket.objects.filter(pk=ticket_id).values_list("workflow__key", flat=True).first()
    if workflow_key is None:
        raise NotFound(f"No ticket with id {ticket_id}.")
    principal = principal_for_workflow(request, workflow_key)
    require_workflow_read(principal)
    return principal


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
    workflow = Workflow.objects.filter(pk=payload.workflow_id).first()
    if workflow is None:
        raise NotFound(f"No workflow with id {payload.workflow_id}.")
    principal = principal_for_workflow(request, workflow.key)
    require_workflow_read(principal)
    ticket = ticket_create(
        workflow=workflow,
        principal=principal,
        values=payload.fields,
        transition=payload.transition,
        comment=payload.comment,
        parent_id=payload.parent_id,
    )
    return Status(201, _out(ticket, response))


@router.post(
    "/tickets/{ticket_id}/handle",
    response=TicketStateOut,
    summary="Take a transition (If-Match: the ticket's row_version; 412 when stale, 409 when not allowed)",
    openapi_extra=IF_MATCH,
)
def handle_ticket(
    request: HttpRequest, ticket_id: int, payload: TicketHandleIn, response: HttpResponse
) -> Any:
    principal = _person(request, ticket_id)
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
    "/tickets/{ticket_id}/accept",
    response=TicketStateOut,
    summary="Claim a ticket offered to several",
    openapi_extra=IF_MATCH,
)
def accept_ticket(request: HttpRequest, ticket_id: int, response: HttpResponse) -> Any:
    principal = _person(request, ticket_id)
    ticket = ticket_claim(ticket_id=ticket_id, principal=principal, if_match=request.headers.get("If-Match"))
    return _out(ticket, response)


@router.post(
    "/tickets/{ticket_id}/deliver",
    response=TicketStateOut,
    summary="Pass your turn to someone else",
    openapi_extra=IF_MATCH,
)
def deliver_ticket(request: HttpRequest, ticket_id: int, payload: PassOnIn, response: HttpResponse) -> Any:
    ticket = ticket_deliver(
        ticket_id=ticket_id,
        principal=_person(request, ticket_id),
        to=payload.to,
        comment=payload.comment,
        if_match=request.headers.get("If-Match"),
    )
    return _out(ticket, response)


@router.post(
    "/tickets/{ticket_id}/consult", response=TicketStateOut, summary="Ask someone's opinion (add a signer)"
)
def consult_ticket(request: HttpRequest, ticket_id: int, payload: PassOnIn, response: HttpResponse) -> Any:
    ticket = ticket_consult(
        ticket_id=ticket_id, principal=_person(request, ticket_id), to=payload.to, comment=payload.comment
    )
    return _out(ticket, response)


@router.post("/tickets/{ticket_id}/consult-reply", response=TicketStateOut, summary="Answer a consultation")
def consult_reply(request: HttpRequest, ticket_id: int, payload: CommentIn, response: HttpResponse) -> Any:
    ticket = ticket_consult_reply(
        ticket_id=ticket_id, principal=_person(request, ticket_id), comment=payload.comment
    )
    return _out(ticket, response)


@router.post(
    "/tickets/{ticket_id}/withdraw",
    response=TicketStateOut,
    summary="Withdraw your ticket (creator)",
    openapi_extra=IF_MATCH,
)
def withdraw_ticket(
    request: HttpRequest, ticket_id: int, payload: OptionalCommentIn, response: HttpResponse
) -> Any:
    ticket = ticket_withdraw(
        ticket_id=ticket_id,
        principal=_person(request, ticket_id),
        comment=payload.comment,
        if_match=request.headers.get("If-Match"),
    )
    return _out(ticket, response)


@router.post(
    "/tickets/{ticket_id}/close", response=TicketStateOut, summary="Close a ticket (admins, intervenors)"
)
def close_ticket(
    request: HttpRequest, ticket_id: int, payload: OptionalCommentIn, response: HttpResponse
) -> Any:
    ticket = ticket_close(ticket_id=ticket_id, principal=_person(request, ticket_id), comment=payload.comment)
    return _out(ticket, response)


@router.post(
    "/tickets/{ticket_id}/force-state", response=TicketStateOut, summary="Put a ticket into a state (admins)"
)
def force_state(request: HttpRequest, ticket_id: int, payload: ForceStateIn, response: HttpResponse) -> Any:
    ticket = ticket_force_state(
        ticket_id=ticket_id,
        principal=_person(request, ticket_id),
        state=payload.state,
        comment=payload.comment,
    )
    return _out(ticket, response)


@router.post("/tickets/{ticket_id}/comments", response={201: TicketStateOut}, summary="Comment on a ticket")
def comment_ticket(
    request: HttpRequest, ticket_id: int, payload: CommentIn, response: HttpResponse
) -> Status:
    ticket = ticket_comment(
        ticket_id=ticket_id, principal=_person(request, ticket_id), comment=payload.comment
    )
    return Status(201, _out(ticket, response))


@router.patch(
    "/tickets/{ticket_id}/fields",
    response=TicketStateOut,
    summary="Change fields the current state lets you edit",
    openapi_extra=IF_MATCH,
)
def patch_fields(request: HttpRequest, ticket_id: int, payload: FieldsIn, response: HttpResponse) -> Any:
    ticket = ticket_update_fields(
        ticket_id=ticket_id,
        principal=_person(request, ticket_id),
        values=payload.fields,
        comment=payload.comment,
        if_match=request.headers.get("If-Match"),
    )
    return _out(ticket, response)
