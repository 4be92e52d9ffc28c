"""Reading the audit trail: `GET /audit` (filtered, cursor paginated), `/audit/export` (CSV or JSON,
streamed) and `/audit/verify` (the hash chain). `config.api` mounts it on the tenant API for tenant
admins and on the platform API for platform admins; no route writes, changes or deletes a record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, StreamingHttpResponse
from ninja import Query, Router

from core.audit import selectors
from core.audit.export import audit_export_response
from core.audit.schemas import AuditExportQuery, AuditListQuery, AuditPageOut, AuditQuery, AuditVerifyOut
from core.tenancy import current_schema


def _filters(query: AuditQuery) -> selectors.AuditFilters:
    return selectors.AuditFilters(**query.model_dump(include=set(AuditQuery.model_fields)))


def audit_router(*, guard: Callable[[HttpRequest], object]) -> Router:
    """The three read routes, each starting with `guard(request)` (which raises when not allowed)."""
    router = Router(tags=["audit"])

    @router.get("/audit", response=AuditPageOut, summary="The audit trail, newest first (cursor paginated)")
    def list_audit(request: HttpRequest, query: Query[AuditListQuery]) -> dict[str, Any]:
        guard(request)
        page = selectors.audit_list(filters=_filters(query), cursor=query.cursor, limit=query.limit)
        return {"items": page.items, "next_cursor": page.next_cursor}

    @router.get(
        "/audit/export",
        response={200: None},
        summary="Download the (filtered) audit trail as CSV or JSON, streamed",
        openapi_extra={
            "responses": {
                200: {
                    "description": "The records, newest first",
                    "content": {"text/csv": {"schema": {"type": "string"}}, "application/json": {}},
                }
            }
        },
    )
    def export_audit(request: HttpRequest, query: Query[AuditExportQuery]) -> StreamingHttpResponse:
        guard(request)
        name = "platform" if current_schema() == "public" else current_schema()
        return audit_export_response(_filters(query), fmt=query.format, name=name)

    @router.get(
        "/audit/verify",
        response=AuditVerifyOut,
        summary="Check the hash chain: reports the first record changed or removed behind the API's back",
    )
    def verify_audit(request: HttpRequest) -> dict[str, Any]:
        guard(request)
        return selectors.audit_verify()

    return router
