"""Delegations (out of office): a person's own, and everyone's for tenant admins."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Query, Router, Status

from core.access.auth import principal_of
from core.access.models import User
from core.access.permissions import is_tenant_admin, require_tenant_admin
from core.audit.recording import Target, audited
from core.errors import PermissionDenied, ValidationFailed, field_problem
from core.pagination import paginate
from engine.delegations import selectors, services
from engine.delegations.models import Delegation
from engine.delegations.schemas import DelegationIn, DelegationListParams, DelegationOut, DelegationPageOut

router = Router(tags=["delegations"])
DELEGATION = Target(
    "delegation",
    "delegation_id",
    selectors.delegation_audit_snapshot,
    label=lambda row: f"{row['delegator']} → {row['delegate']}",
)
NEW_DELEGATION = Target(
    "delegation",
    None,
    selectors.delegation_audit_snapshot,
    label=lambda row: f"{row['delegator']} → {row['delegate']}",
)


def _person(user: User | None) -> dict[str, Any] | None:
    if user is None:
        return None
    return {"id": user.pk, "username": user.username, "display_name": user.display_name}


def _out(delegation: Delegation) -> dict[str, Any]:
    now = timezone.now()
    return {
        "id": delegation.pk,
        "delegator": _person(delegation.delegator),
        "delegate": _person(delegation.delegate),
        "starts_at": delegation.starts_at,
        "ends_at": delegation.ends_at,
        "workflow_ids": delegation.workflow_ids,
        "move_waiting": delegation.move_waiting,
        "moved_at": delegation.moved_at,
        "note": delegation.note,
        "created_by": _person(delegation.created_by),
        "created_at": delegation.created_at,
        "cancelled_at": delegation.cancelled_at,
        "running": delegation.cancelled_at is None and delegation.starts_at <= now < delegation.ends_at,
    }


def _person_of(request: HttpRequest) -> tuple[User, bool]:
    """The calling person, and whether they are a tenant admin."""
    principal = principal_of(request)
    if principal.user is None:
        raise PermissionDenied(_("Delegations belong to people; send X-Acting-User."), code="person_required")
    return principal.user, is_tenant_admin(principal)


@router.get("/delegations", response=DelegationPageOut, summary="Delegations: yours, or everyone's (admins)")
def list_delegations(request: HttpRequest, params: Query[DelegationListParams]) -> Any:
    user, admin = _person_of(request)
    if params.scope == "all" and not admin:
        require_tenant_admin(principal_of(request))
    rows = selectors.delegation_list(
        user=user if params.scope == "mine" else None,
        delegator=(params.delegator or "") if params.scope == "all" else "",
        delegate=(params.delegate or "") if params.scope == "all" else "",
        include_past=params.include_past,
    )
    page = paginate(rows, ordering=["-id"], cursor=params.cursor, limit=params.limit)
    return {"items": [_out(row) for row in page.items], "next_cursor": page.next_cursor}


@router.post(
    "/delegations",
    response={201: DelegationOut},
    summary="Set a delegation (out of office): your turns go to the delegate for a period",
    description=(
        "409 `delegation_cycle` when it would close a cycle (A→B→A, or longer) over an overlapping "
        "period and workflows; 409 `delegation_overlap` when the delegator already has one then. "
        "Tenant admins may set one for someone else (`delegator`)."
    ),
)
@audited("delegation.create", target=NEW_DELEGATION)
def create_delegation(request: HttpRequest, payload: DelegationIn) -> Status:
    user, _admin = _person_of(request)
    delegator = user
    if payload.delegator is not None and payload.delegator != user.username:
        require_tenant_admin(principal_of(request))
        found = User.objects.filter(username=payload.delegator, is_active=True).first()
        if found is None:
            message = _("No active user %(username)s.") % {"username": repr(payload.delegator)}
            raise ValidationFailed(message, details=[field_problem("delegator", message)])
        delegator = found
    new = services.NewDelegation(
        delegator=delegator,
        delegate_username=payload.delegate,
        starts_at=payload.starts_at,
        ends_at=payload.ends_at,
        workflow_ids=payload.workflow_ids,
        move_waiting=payload.move_waiting,
        note=payload.note,
    )
    delegation = services.delegation_create(new=new, created_by=user)
    return Status(201, _out(delegation))


@router.delete(
    "/delegations/{delegation_id}",
    response=DelegationOut,
    summary="End a delegation now (its delegator, or a tenant admin); turns already given stay given",
)
@audited("delegation.cancel", target=DELEGATION)
def cancel_delegation(request: HttpRequest, delegation_id: int) -> Any:
    user, admin = _person_of(request)
    return _out(services.delegation_cancel(delegation_id=delegation_id, user=user, admin=admin))
