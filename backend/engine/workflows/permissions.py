"""Who may read and change workflow definitions."""

from __future__ import annotations

from django.utils.translation import gettext as _

from core.access.auth import Principal
from core.access.models import App
from core.access.permissions import is_tenant_admin
from core.directory.selectors import membership_codes
from core.errors import NotFound, PermissionDenied
from engine.workflows import selectors
from engine.workflows.definitions.schema import Audience, WorkflowDocument
from engine.workflows.models import Workflow


def can_manage_workflow(principal: Principal, workflow: Workflow | None = None) -> bool:
    """Tenant admins manage every workflow; a workflow's admins manage that one."""
    if is_tenant_admin(principal):
        return True
    if workflow is None or principal.user is None:
        return False
    if not principal.allows(App.Scope.WORKFLOWS):
        return False
    return workflow.admins.filter(pk=principal.user.pk).exists()


def require_manage_workflow(principal: Principal, workflow: Workflow | None = None) -> None:
    if not can_manage_workflow(principal, workflow):
        raise PermissionDenied(_("Only tenant admins and this workflow's admins may change it."))


def require_workflow_read(principal: Principal) -> None:
    if not principal.allows(App.Scope.WORKFLOWS):  # the admin scope covers it
        raise PermissionDenied(_("These credentials may not read workflows."))


def managed_workflow(principal: Principal, workflow_id: int) -> Workflow:
    """The workflow the caller manages (tenant admin or one of its admins): 404 when it does not
    exist or the caller may not see it, 403 when they may see it but not manage it."""
    require_workflow_read(principal)
    workflow = selectors.workflow_get(workflow_id=workflow_id)
    if not can_manage_workflow(principal, workflow):
        # Someone who may not manage it learns nothing more than whether they may use it.
        visible_document_or_404(principal, workflow)
        require_manage_workflow(principal, workflow)
    return workflow


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


class Audiences:
    """Which of a workflow's audiences the caller is in (its department and role codes, loaded once)."""

    def __init__(self, principal: Principal) -> None:
        self.principal = principal
        user = principal.user
        self.departments: set[str] = set()
        self.roles: set[str] = set()
        if user is not None:
            self.departments, self.roles = membership_codes(user=user)

    def can_create(self, document: WorkflowDocument) -> bool:
        return in_audience(self.principal, document.creators, departments=self.departments, roles=self.roles)

    def can_view(self, document: WorkflowDocument) -> bool:
        return self.can_create(document) or in_audience(
            self.principal, document.viewers, departments=self.departments, roles=self.roles
        )


def visible_document_or_404(principal: Principal, workflow: Workflow) -> WorkflowDocument:
    """The published document of a workflow the caller may create tickets in or view; else 404 (a
    workflow the caller may not see does not exist for them)."""
    current = selectors.current_version(workflow=workflow)
    if current is not None:
        document = WorkflowDocument.model_validate(current.document)
        if Audiences(principal).can_view(document):
            return document
    raise NotFound(_("No workflow with id %(pk)s.") % {"pk": workflow.pk})


def require_statistics_read(principal: Principal, workflow: Workflow) -> None:
    """Admins of the workflow and its viewers (and creators) may read its statistics."""
    if can_manage_workflow(principal, workflow):
        return
    document = visible_document_or_404(principal, workflow)
    person = Audiences(principal)
    if not in_audience(principal, document.viewers, departments=person.departments, roles=person.roles):
        raise PermissionDenied(_("Only admins and the workflow's viewers see its statistics."))


def statistics_workflow_ids(principal: Principal) -> list[int] | None:
    """The workflows whose statistics the caller may read, as `require_statistics_read` decides
    per workflow (None: every one, for tenant admins). 403 when there is none. Three queries."""
    require_workflow_read(principal)
    if can_manage_workflow(principal):
        return None
    ids: set[int] = set()
    if principal.user is not None:
        ids = set(
            Workflow.admins.through.objects.filter(user=principal.user).values_list("workflow_id", flat=True)
        )
    person = Audiences(principal)
    documents = selectors.current_documents(workflow_ids=None)
    for workflow_id, document in documents.items():
        if in_audience(principal, document.viewers, departments=person.departments, roles=person.roles):
            ids.add(workflow_id)
    if not ids:
        raise PermissionDenied(_("Only admins and the viewers of a workflow see statistics."))
    return sorted(ids)
