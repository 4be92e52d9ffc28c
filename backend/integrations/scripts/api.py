"""Scripts (tenant admins): the Python that states and transitions run by code, and their runs."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Status

from core.access.auth import principal_of
from core.access.permissions import require_tenant_admin
from integrations.scripts import selectors as script_selectors
from integrations.scripts import services as script_services
from integrations.scripts.models import Script, ScriptRun
from integrations.scripts.schemas import (
    ScriptIn,
    ScriptOut,
    ScriptPatchIn,
    ScriptRunListParams,
    ScriptRunPageOut,
    ScriptSummaryOut,
)

router = Router(tags=["scripts"])


def _admin(request: HttpRequest) -> None:
    require_tenant_admin(principal_of(request))


def _summary(script: Script) -> dict[str, Any]:
    return {
        "id": script.pk,
        "code": script.code,
        "name": script.name,
        "description": script.description,
        "is_active": script.is_active,
        "created_at": script.created_at,
        "updated_at": script.updated_at,
    }


def _script_out(script: Script) -> dict[str, Any]:
    return {**_summary(script), "source": script.source}


def _run_out(run: ScriptRun) -> dict[str, Any]:
    return {
        "id": run.pk,
        "script_id": run.script_id,
        "ticket_id": run.ticket_id,
        "ticket_serial": run.ticket.serial,
        "state_key": run.state_key,
        "state_entry": run.state_entry,
        "status": run.status,
        "attempts": run.attempts,
        "outcome": run.outcome,
        "result": run.result,
        "duration_ms": run.duration_ms,
        "last_error": run.last_error,
        "created_at": run.created_at,
        "finished_at": run.finished_at,
    }


@router.get("/scripts", response=list[ScriptSummaryOut], summary="List scripts (without their source)")
def list_scripts(request: HttpRequest) -> list[dict[str, Any]]:
    _admin(request)
    return [_summary(script) for script in script_selectors.script_list()]


@router.post(
    "/scripts",
    response={201: ScriptOut},
    summary="Add a script (syntax-checked; 422 with the line of a syntax error)",
)
def create_script(request: HttpRequest, payload: ScriptIn) -> Status:
    _admin(request)
    return Status(201, _script_out(script_services.script_create(**payload.dict())))


@router.get("/scripts/{script_id}", response=ScriptOut, summary="Get a script")
def get_script(request: HttpRequest, script_id: int) -> dict[str, Any]:
    _admin(request)
    return _script_out(script_selectors.script_get(script_id=script_id))


@router.patch("/scripts/{script_id}", response=ScriptOut, summary="Change a script")
def patch_script(request: HttpRequest, script_id: int, payload: ScriptPatchIn) -> dict[str, Any]:
    _admin(request)
    script = script_services.script_update(
        script=script_selectors.script_get(script_id=script_id), changes=payload.dict(exclude_unset=True)
    )
    return _script_out(script)


@router.delete("/scripts/{script_id}", response={204: None}, summary="Delete a script and its runs")
def delete_script(request: HttpRequest, script_id: int) -> Status:
    _admin(request)
    script_services.script_delete(script=script_selectors.script_get(script_id=script_id))
    return Status(204, None)


@router.get(
    "/scripts/{script_id}/runs", response=ScriptRunPageOut, summary="A script's runs, newest first (cursor)"
)
def list_script_runs(
    request: HttpRequest, script_id: int, params: Query[ScriptRunListParams]
) -> dict[str, Any]:
    _admin(request)
    page = script_selectors.script_runs(
        script=script_selectors.script_get(script_id=script_id), cursor=params.cursor, limit=params.limit
    )
    return {"items": [_run_out(run) for run in page.items], "next_cursor": page.next_cursor}
