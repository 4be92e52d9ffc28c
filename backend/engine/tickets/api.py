"""Ticket endpoints: create, act (handle, accept, deliver, consult, withdraw, close, force, comment,
edit fields), read (lists, counts, detail, actions, flow log, steps), attachments, a workflow's
statistics and its test run. One router per tag: ninja matches a path once, so GET and POST
/tickets share one."""

from __future__ import annotations

import uuid
from typing import Any

from django.http import FileResponse, HttpRequest, HttpResponse, StreamingHttpResponse
from django.utils.translation import gettext as _
from ninja import File, Query, Router, Status
from ninja.files import UploadedFile

from core.access.auth import Principal, principal_for_workflow, principal_of
from core.audit.recording import Target, audited
from core.errors import NotFound
from core.exports import csv_response
from core.ninja_api import IF_MATCH
from core.schemas import IsoDate
from engine.tickets import dashboard, selectors, simulation, statistics, steps, summaries
from engine.tickets.attachments import attachment_delete, attachment_get, attachment_out, attachment_upload
from engine.tickets.filters import TicketFilters
from engine.tickets.models import Ticket
from engine.tickets.schemas import (
    ActionOut,
    AttachmentOut,
    BranchKey,
    CommentIn,
    ConsultReplyIn,
    FieldsIn,
    FlowLogOut,
    ForceStateIn,
    OptionalCommentIn,
    PassOnIn,
    SimulateIn,
    SimulationOut,
    StepsOut,
    TicketCountsOut,
    TicketCreateIn,
    TicketDetailOut,
    TicketHandleIn,
    TicketListParams,
    TicketPageOut,
    TicketStateOut,
)
from engine.tickets.services import (
    ticket_accept,
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
from engine.tickets.statistics_schemas import DashboardOut, StatisticsOut
from engine.workflows import selectors as workflow_selectors
from engine.workflows.models import Workflow
from engine.workflows.permissions import (
    managed_workflow,
    require_statistics_read,
    require_workflow_read,
    statistics_workflow_ids,
)

# A ticket that may still have a running SLA (drafts have none; the others have left their states).
OPEN_STATUSES = (Ticket.Status.IN_PROGRESS, Ticket.Status.RETURNED)

router = Router(tags=["tickets"])


attachments_router = Router(tags=["attachments"])

# Ordinary ticket work is recorded in the ticket's flow log; admin interventions also in the audit trail.
TICKET = Target("ticket", "ticket_id", selectors.ticket_audit_snapshot, label=lambda ticket: ticket["serial"])
ATTACHMENT = Target("attachment", "attachment_id", selectors.attachment_audit_snapshot)
NEW_ATTACHMENT = Target("attachment", None, selectors.attachment_audit_snapshot)


def person_for_ticket(request: HttpRequest, ticket_id: int) -> Principal:
    """The caller, checked against the app grant for the ticket's workflow when an app acts for a person."""
    workflow_key = Ticket.objects.filter(pk=ticket_id).values_list("workflow__key", flat=True).first()
    if workflow_key is None:
        raise NotFound(_("No ticket with id %(ticket_id)s.") % {"ticket_id": ticket_id})
    principal = principal_for_workflow(request, workflow_key)
    require_workflow_read(principal)
    return principal


_person = person_for_ticket


def _out(ticket: Ticket, response: HttpResponse) -> Ticket:
    """The ticket as TicketStateOut answers it, its row_version as the ETag (for the next If-Match)."""
    response["ETag"] = f'"{ticket.row_version}"'
    return ticket


@router.post(
    "/tickets", response={201: TicketStateOut}, summary="Create a ticket (and submit it, with `transition`)"
)
def create_ticket(request: HttpRequest, payload: TicketCreateIn, response: HttpResponse) -> Status:
    workflow = Workflow.objects.filter(pk=payload.workflow_id).first()
    if workflow is None:
        raise NotFound(_("No workflow with id %(workflow_id)s.") % {"workflow_id": payload.workflow_id})
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
        branch=payload.branch,
    )
    return _out(ticket, response)


@router.post(
    "/tickets/{ticket_id}/accept",
    response=TicketStateOut,
    summary="Claim a ticket offered to several",
    openapi_extra=IF_MATCH,
)
def accept_ticket(
    request: HttpRequest,
    ticket_id: int,
    response: HttpResponse,
    branch: Query[BranchKey | None] = None,
) -> Any:
    principal = _person(request, ticket_id)
    ticket = ticket_accept(
        ticket_id=ticket_id, principal=principal, if_match=request.headers.get("If-Match"), branch=branch
    )
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
        branch=payload.branch,
    )
    return _out(ticket, response)


@router.post(
    "/tickets/{ticket_id}/consult", response=TicketStateOut, summary="Ask someone's opinion (add a signer)"
)
def consult_ticket(request: HttpRequest, ticket_id: int, payload: PassOnIn, response: HttpResponse) -> Any:
    ticket = ticket_consult(
        ticket_id=ticket_id,
        principal=_person(request, ticket_id),
        to=payload.to,
        comment=payload.comment,
        branch=payload.branch,
    )
    return _out(ticket, response)


@router.post("/tickets/{ticket_id}/consult-reply", response=TicketStateOut, summary="Answer a consultation")
def consult_reply(
    request: HttpRequest, ticket_id: int, payload: ConsultReplyIn, response: HttpResponse
) -> Any:
    ticket = ticket_consult_reply(
        ticket_id=ticket_id,
        principal=_person(request, ticket_id),
        comment=payload.comment,
        branch=payload.branch,
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
@audited("ticket.close", target=TICKET)
def close_ticket(
    request: HttpRequest, ticket_id: int, payload: OptionalCommentIn, response: HttpResponse
) -> Any:
    ticket = ticket_close(ticket_id=ticket_id, principal=_person(request, ticket_id), comment=payload.comment)
    return _out(ticket, response)


@router.post(
    "/tickets/{ticket_id}/force-state", response=TicketStateOut, summary="Put a ticket into a state (admins)"
)
@audited("ticket.force_state", target=TICKET)
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
        branch=payload.branch,
    )
    return _out(ticket, response)


def _principal(request: HttpRequest) -> Any:
    principal = principal_of(request)
    require_workflow_read(principal)
    selectors.require_person(principal)
    return principal


# Declared before the reads: its body holds a workflow document, whose input schema (a decimal bound
# may be a number) would otherwise replace, in the OpenAPI components, the output schema the reads
# share with the designer's types (ninja keeps the last schema of a name).
@router.post(
    "/workflows/{workflow_id}/simulate",
    response=SimulationOut,
    tags=["workflows"],
    summary="Test run: the path a ticket would take, who each state would ask (nothing is written)",
)
def simulate_workflow(request: HttpRequest, workflow_id: int, payload: SimulateIn) -> Any:
    principal = principal_of(request)
    workflow = managed_workflow(principal, workflow_id)
    creator = payload.creator if payload.creator is not None else getattr(principal.user, "pk", None)
    return simulation.simulate(
        document=payload.document or simulation.simulated_document(workflow, payload.version),
        creator_id=creator or 0,
        values=payload.values,
        choices=payload.choices,
        max_steps=payload.max_steps,
    )


@router.get("/tickets", response=TicketPageOut, summary="List tickets (to-do, created, handled…)")
def list_tickets(request: HttpRequest, params: Query[TicketListParams]) -> Any:
    filters = TicketFilters(**params.model_dump(exclude={"view", "cursor", "limit", "sort"}))
    result = selectors.ticket_list(
        principal=_principal(request),
        view=params.view,
        filters=filters,
        cursor=params.cursor,
        limit=params.limit,
        sort=params.sort,
    )
    return {"items": result.rows(), "next_cursor": result.page.next_cursor}


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
    document = visible.document
    mine = summaries.my_steps(visible.user, [(ticket.pk, ticket.version_id)], {ticket.version_id: document})
    response["ETag"] = f'"{ticket.row_version}"'
    branches = summaries.open_branches(ticket, document)
    visits = {ticket.state_entry: ticket.state_key} | {b["state_entry"]: b["state"]["key"] for b in branches}
    deadlines = summaries.sla_deadlines(ticket, document, visits) if ticket.status in OPEN_STATUSES else {}
    for branch in branches:
        branch["sla"] = deadlines.get(branch["state_entry"])
        branch["due_at"] = branch["sla"] and branch["sla"]["due_at"]
    own = deadlines.get(ticket.state_entry)
    return {
        **summaries.summary(ticket, document, mine.get(ticket.pk, [])),
        "version": ticket.version.number,
        "fields": selectors.ticket_fields(principal, visible),
        "handlers": selectors.ticket_handlers(ticket),
        "branches": branches,
        "parent_id": ticket.parent_id,
        "due_at": own and own["due_at"],
        "sla": own,
    }


@router.get("/tickets/{ticket_id}/actions", response=list[ActionOut], summary="What you may do now")
def ticket_actions(request: HttpRequest, ticket_id: int) -> Any:
    principal = _principal(request)
    return selectors.available_actions(principal, selectors.visible_ticket(principal, ticket_id))


@router.get("/tickets/{ticket_id}/flow-log", response=list[FlowLogOut], summary="The ticket's history")
def ticket_flow_log(request: HttpRequest, ticket_id: int) -> Any:
    principal = _principal(request)
    return selectors.flow_log(principal, selectors.visible_ticket(principal, ticket_id))


@router.get(
    "/tickets/{ticket_id}/steps", response=StepsOut, summary="The flow's states, with the current one marked"
)
def ticket_steps(request: HttpRequest, ticket_id: int) -> Any:
    principal = _principal(request)
    return steps.flow_steps(selectors.visible_ticket(principal, ticket_id))


def _url(request: HttpRequest, attachment_id: uuid.UUID) -> str:
    return request.build_absolute_uri(f"/api/v1/attachments/{attachment_id}")


# Django's multipart parser drops an empty file, so the API sees none: the schema says it (found by
# tests/test_api_fuzz.py: an empty upload was schema-valid and refused).
_NON_EMPTY_FILE = {
    "requestBody": {
        "content": {"multipart/form-data": {"schema": {"properties": {"file": {"minLength": 1}}}}}
    }
}


@attachments_router.post(
    "/attachments",
    response={201: AttachmentOut},
    summary="Upload a file for an attachment field",
    description=(
        "The file stays pending until a ticket's field refers to its `url`: only you may download or "
        "delete it, it counts against your quota of pending uploads, and it is deleted after "
        "ATTACHMENT_ORPHAN_HOURS (24 by default). 413 `payload_too_large` over the size limit; "
        "429 `quota_exceeded` (details.quota: `attachment_pending_bytes` or `attachment_bytes`)."
    ),
    openapi_extra=_NON_EMPTY_FILE,
)
@audited("attachment.upload", target=NEW_ATTACHMENT)
def upload_attachment(request: HttpRequest, file: File[UploadedFile]) -> Status:
    principal = principal_of(request)
    attachment = attachment_upload(file=file, uploaded_by=principal.user)
    return Status(201, attachment_out(attachment, url=_url(request, attachment.id)))


@attachments_router.get(
    "/attachments/{attachment_id}",
    response={200: None},
    summary="Download an attachment (who may see a ticket it is on; its uploader while pending; else 404)",
)
def download_attachment(request: HttpRequest, attachment_id: uuid.UUID) -> FileResponse:
    attachment = attachment_get(attachment_id=attachment_id, principal=principal_of(request))
    response = FileResponse(
        attachment.blob.open("rb"),
        as_attachment=True,
        filename=attachment.name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["Cache-Control"] = "private, max-age=3600"
    return response


@attachments_router.delete(
    "/attachments/{attachment_id}",
    response={204: None},
    summary="Delete a pending upload (its uploader or a tenant admin; 409 once it is on a ticket)",
)
@audited("attachment.delete", target=ATTACHMENT)
def delete_attachment(request: HttpRequest, attachment_id: uuid.UUID) -> Status:
    attachment_delete(attachment_id=attachment_id, principal=principal_of(request))
    return Status(204, None)


@router.get(
    "/workflows/{workflow_id}/statistics",
    response=StatisticsOut,
    tags=["workflows"],
    summary="Tickets created/finished per day and time spent per state (mean, p90)",
)
def workflow_statistics(request: HttpRequest, workflow_id: int, days: int = Query(30, ge=1, le=366)) -> Any:
    principal = principal_of(request)
    require_workflow_read(principal)
    workflow = workflow_selectors.workflow_get(workflow_id=workflow_id)
    require_statistics_read(principal, workflow)
    return statistics.workflow_statistics(workflow=workflow, days=days)


# `from` is a Python keyword: the parameter is `from_`, its name in the query string `from`.
FROM_DAY = Query(None, alias="from", description="The first day (default: 29 days before `to`).")


@router.get(
    "/statistics",
    response=DashboardOut,
    tags=["statistics"],
    summary="Statistics across workflows: opened/finished per day, backlog, SLA breaches, slowest states",
    description=(
        "Whole days `from`..`to` in the tenant's time zone (default: the last 30 days; at most 366). "
        "Tenant admins see every workflow; others the workflows whose statistics they may read."
    ),
)
def tenant_statistics(
    request: HttpRequest, from_: IsoDate | None = FROM_DAY, to: IsoDate | None = None
) -> Any:
    workflow_ids = statistics_workflow_ids(principal_of(request))
    period = dashboard.period_of(first=from_, last=to)
    return dashboard.dashboard(period=period, workflow_ids=workflow_ids)


@router.get(
    "/statistics/{chart}/csv",
    response={200: None},
    tags=["statistics"],
    summary="One chart of the statistics across workflows as CSV (same period and rights)",
)
def tenant_statistics_csv(
    request: HttpRequest,
    chart: dashboard.Chart,
    from_: IsoDate | None = FROM_DAY,
    to: IsoDate | None = None,
) -> StreamingHttpResponse:
    workflow_ids = statistics_workflow_ids(principal_of(request))
    period = dashboard.period_of(first=from_, last=to)
    rows = dashboard.chart_rows(chart=chart, period=period, workflow_ids=workflow_ids)
    return csv_response(rows, filename=f"statistics-{chart}-{period.first}-{period.last}.csv")
