"""Who may read and change workflow definitions."""

from __future__ import annotations

from core.access.auth import Principal
from core.access.models import App
from core.access.permissions import is_tenant_admin
from core.errors import PermissionDenied
from engine.definitions.schema import Audience
from engine.models import Workflow


def can_manage_workflow(principal: Principal, workflow: Workflow | None = None) -> bool:
    """Tenant admins manage every workflow; a workflow's admins manage that one."""
    if is_tenant_admin(principal):
        return True
    if workflow is None or principal.user is None:
        return False
    if principal.app is not None and not principal.app.has_scope(App.Scope.WORKFLOWS):
        return False
    return workflow.admins.filter(pk=principal.user.pk).exists()


def require_manage_workflow(principal: Principal, workflow: Workflow | None = None) -> None:
    if not can_manage_workflow(principal, workflow):
        raise PermissionDenied("Only tenant admins and this workflow's admins may change it.")


def require_workflow_read(principal: Principal) -> None:
    if principal.app is not None and not (
        principal.app.has_scope(App.Scope.WORKFLOWS) or principal.app.has_scope(App.Scope.ADMIN)
    ):
        raise PermissionDenied("This app may not read workflows.")


def in_audience(principal: Principal, audience: Audience, *, departments: set[str], roles: set[str]) -> bool:
    """Is the caller's person in the audience? `departments`/`roles` are the person's codes."""
    if audience.everyone:
        return principal.user is not None or principal.app is not None
    user = principal.user
    if user is None:
        return False
    return (
        user.username in audience.users
        or bool(departments & set(audience.departments))
        or bool(roles & set(audience.roles))
    )
