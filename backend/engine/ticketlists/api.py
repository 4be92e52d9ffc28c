"""Ticket lists beyond a page: a person's saved views (name, view, filters, sort) and the export of a
whole list, with the same filters and sort as the page, streamed as CSV or XLSX."""

from __future__ import annotations

from typing import Any

from django.http import FileResponse, HttpRequest, StreamingHttpResponse
from django.utils import timezone
from ninja import Query, Router, Status

from core.access.auth import principal_of
from core.audit.recording import Target, audited
from core.exports import csv_response, xlsx_response
from engine.ticketlists import selectors, services
from engine.ticketlists.models import SavedView
from engine.ticketlists.schemas import ExportParams, SavedViewIn, SavedViewOut, SavedViewPatchIn
from engine.tickets.filters import TicketFilters
from engine.tickets.selectors import require_person
from engine.workflows.permissions import require_workflow_read

router = Router(tags=["tickets"])
VIEW = Target("ticket_view", "view_id", selectors.saved_view_snapshot)
NEW_VIEW = Target("ticket_view", None, selectors.saved_view_snapshot)


def _person(request: HttpRequest) -> Any:
    principal = principal_of(request)
    require_workflow_read(principal)
    return principal, require_person(principal)


@router.get(
    "/tickets/export",
    response={200: None},
    summary="Download a ticket list (its view, filters and sort) as CSV or XLSX, streamed",
)
def export_tickets(request: HttpRequest, params: Query[ExportParams]) -> StreamingHttpResponse | FileResponse:
    principal, _user = _person(request)
    filters = TicketFilters(**params.model_dump(exclude={"view", "format", "sort"}))
    rows = selectors.export_rows(principal=principal, view=params.view, filters=filters, sort=params.sort)
    filename = f"tickets-{params.view}-{timezone.localdate():%Y%m%d}.{params.format}"
    if params.format == "xlsx":
        return xlsx_response(rows, filename=filename, sheet="Tickets")
    return csv_response(rows, filename=filename)


@router.get("/ticket-views", response=list[SavedViewOut], summary="My saved ticket views")
def list_views(request: HttpRequest) -> Any:
    _principal, user = _person(request)
    return selectors.saved_views(user=user)


@router.post(
    "/ticket-views", response={201: SavedViewOut}, summary="Save a ticket view (name, filters, sort)"
)
@audited("ticket_view.create", target=NEW_VIEW)
def create_view(request: HttpRequest, payload: SavedViewIn) -> Status:
    _principal, user = _person(request)
    return Status(
        201, services.saved_view_create(user=user, name=payload.name, view=payload.view, query=payload.query)
    )


@router.patch("/ticket-views/{int:view_id}", response=SavedViewOut, summary="Change a saved ticket view")
@audited("ticket_view.update", target=VIEW)
def patch_view(request: HttpRequest, view_id: int, payload: SavedViewPatchIn) -> SavedView:
    _principal, user = _person(request)
    return services.saved_view_update(
        saved=selectors.saved_view_get(user=user, view_id=view_id),
        changes=payload.dict(exclude={"query"}),
        query=payload.query,
    )


@router.delete("/ticket-views/{int:view_id}", response={204: None}, summary="Delete a saved ticket view")
@audited("ticket_view.delete", target=VIEW)
def delete_view(request: HttpRequest, view_id: int) -> Status:
    _principal, user = _person(request)
    services.saved_view_delete(saved=selectors.saved_view_get(user=user, view_id=view_id))
    return Status(204, None)
