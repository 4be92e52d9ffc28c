"""Scripts (tenant admins): the Python that states and transitions run by code, and their runs."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Status

from core.access.permissions import tenant_admin_of
from core.audit.recording import Target, audited, schema_snapshot
from integrations.scripts import selectors as script_selectors
from integrations.scripts import services as script_services
from integrations.scripts.models import Script
from integrations.scripts.schemas import (
    ScriptIn,
    ScriptOut,
    ScriptPatchIn,
    ScriptRunListParams,
    ScriptRunPageOut,
    ScriptSummaryOut,
)

router = Router(tags=["scripts"])
_script_snapshot = schema_snapshot(ScriptOut, lambda pk: script_selectors.script_get(script_id=pk))
SCRIPT = Target("script", "script_id", _script_snapshot)
NEW_SCRIPT = Target("script", None, _script_snapshot)


@router.get("/scripts", response=list[ScriptSummaryOut], summary="List scripts (without their source)")
def list_scripts(request: HttpRequest) -> Any:
    tenant_admin_of(request)
    return script_selectors.script_list()


@router.post(
    "/scripts",
    response={201: ScriptOut},
    summary="Add a script (syntax-checked; 422 with the line of a syntax error)",
)
@audited("script.create", target=NEW_SCRIPT)
def create_script(request: HttpRequest, payload: ScriptIn) -> Status:
    tenant_admin_of(request)
    return Status(201, script_services.script_create(**payload.dict()))


@router.get("/scripts/{script_id}", response=ScriptOut, summary="Get a script")
def get_script(request: HttpRequest, script_id: int) -> Script:
    tenant_admin_of(request)
    return script_selectors.script_get(script_id=script_id)


@router.patch("/scripts/{script_id}", response=ScriptOut, summary="Change a script")
@audited("script.update", target=SCRIPT)
def patch_script(request: HttpRequest, script_id: int, payload: ScriptPatchIn) -> Script:
    tenant_admin_of(request)
    return script_services.script_update(
        script=script_selectors.script_get(script_id=script_id), changes=payload.dict(exclude_unset=True)
    )


@router.delete("/scripts/{script_id}", response={204: None}, summary="Delete a script and its runs")
@audited("script.delete", target=SCRIPT)
def delete_script(request: HttpRequest, script_id: int) -> Status:
    tenant_admin_of(request)
    script_services.script_delete(script=script_selectors.script_get(script_id=script_id))
    return Status(204, None)


@router.get(
    "/scripts/{script_id}/runs", response=ScriptRunPageOut, summary="A script's runs, newest first (cursor)"
)
def list_script_runs(
    request: HttpRequest, script_id: int, params: Query[ScriptRunListParams]
) -> dict[str, Any]:
    tenant_admin_of(request)
    page = script_selectors.script_runs(
        script=script_selectors.script_get(script_id=script_id), cursor=params.cursor, limit=params.limit
    )
    return {"items": page.items, "next_cursor": page.next_cursor}
