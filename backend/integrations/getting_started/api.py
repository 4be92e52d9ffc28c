"""A new tenant's getting-started checklist (tenant admins): read it, dismiss or restore it."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router

from core.access.permissions import tenant_admin_of
from core.audit.recording import Target, audited
from integrations.getting_started import selectors, services
from integrations.getting_started.schemas import ChecklistDismissIn, ChecklistOut

router = Router(tags=["getting-started"])
CHECKLIST = Target(
    "getting_started",
    snapshot=lambda _: {"dismissed": selectors.checklist()["dismissed"]},
    label=lambda _: "getting-started checklist",
    fixed_id="checklist",
)


@router.get(
    "/getting-started",
    response=ChecklistOut,
    summary="The getting-started checklist, ticked from the tenant's data",
)
def get_checklist(request: HttpRequest) -> dict[str, Any]:
    tenant_admin_of(request)
    return selectors.checklist()


@router.put("/getting-started", response=ChecklistOut, summary="Dismiss the checklist (or bring it back)")
@audited("getting_started.update", target=CHECKLIST)
def put_checklist(request: HttpRequest, payload: ChecklistDismissIn) -> dict[str, Any]:
    principal = tenant_admin_of(request)
    services.checklist_dismiss(dismissed=payload.dismissed, actor=principal.user)
    return selectors.checklist()
