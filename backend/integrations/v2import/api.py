"""Platform API (platform admins, public domain): start a Loonflow 2.x import into a tenant as a
background job, and follow its progress and report."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django_tenants.utils import tenant_context
from ninja import Router, Status

from core.access.models import User
from core.audit.recording import audited
from integrations.v2import import selectors, services
from integrations.v2import.models import V2ImportRun
from integrations.v2import.schemas import V2ImportIn, V2ImportRunOut
from tenants.selectors import tenant_get

router = Router(tags=["platform"])


def _out(run: V2ImportRun, tenant_id: int) -> dict[str, Any]:
    fields = ("id", "status", "source", "dry_run", "only", "started_by", "progress", "report", "error")
    out = {name: getattr(run, name) for name in fields}
    out.update(
        tenant_id=tenant_id, created_at=run.created_at, started_at=run.started_at, finished_at=run.finished_at
    )
    return out


def _started(answer: Any) -> dict[str, Any]:
    run = answer.value if isinstance(answer, Status) else answer
    return {key: run[key] for key in ("id", "tenant_id", "source", "dry_run", "only")}


@router.post(
    "/tenants/{tenant_id}/v2-imports",
    response={202: V2ImportRunOut},
    summary="Start importing a Loonflow 2.x database into a tenant (a background job)",
)
@audited("tenant.v2import.start", outcome=_started)
def start_v2_import(request: HttpRequest, tenant_id: int, payload: V2ImportIn) -> Status:
    user: User = request.auth  # type: ignore[attr-defined]
    tenant = tenant_get(tenant_id=tenant_id)
    with tenant_context(tenant):
        run = services.v2_import_start(
            source_url=payload.source_url,
            dry_run=payload.dry_run,
            only=list(payload.only),
            started_by=user.username,
        )
        return Status(202, _out(run, tenant.pk))


@router.get(
    "/tenants/{tenant_id}/v2-imports",
    response=list[V2ImportRunOut],
    summary="Recent Loonflow 2.x imports of a tenant",
)
def list_v2_imports(request: HttpRequest, tenant_id: int) -> list[dict[str, Any]]:
    tenant = tenant_get(tenant_id=tenant_id)
    with tenant_context(tenant):
        return [_out(run, tenant.pk) for run in selectors.v2_import_runs()]


@router.get(
    "/tenants/{tenant_id}/v2-imports/{run_id}",
    response=V2ImportRunOut,
    summary="A Loonflow 2.x import's progress and report",
)
def get_v2_import(request: HttpRequest, tenant_id: int, run_id: int) -> dict[str, Any]:
    tenant = tenant_get(tenant_id=tenant_id)
    with tenant_context(tenant):
        return _out(selectors.v2_import_run_get(run_id=run_id), tenant.pk)
