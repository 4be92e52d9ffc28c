"""Who may see a ticket and who may intervene (close it, force its state)."""

from __future__ import annotations

from core.access.auth import Principal
from core.directory.selectors import membership_codes
from engine.tickets.models import FlowLog, Ticket, TicketHandler
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.permissions import can_manage_workflow, in_audience


def can_intervene(principal: Principal, ticket: Ticket, document: WorkflowDocument) -> bool:
    """Tenant admins, the workflow's admins, and the version's `intervenors` audience."""
    if can_manage_workflow(principal, ticket.workflow):
        return True
    if principal.user is None:
        return False
    departments, roles = membership_codes(user=principal.user)
    return in_audience(principal, document.intervenors, departments=departments, roles=roles)


def can_view(principal: Principal, ticket: Ticket, document: WorkflowDocument) -> bool:
    """Creator, current handlers, anyone who acted on it, viewers, intervenors, managers."""
    user = principal.user
    if user is not None and (
        ticket.creator_id == user.pk
        or TicketHandler.objects.filter(ticket=ticket, user=user).exists()
        or FlowLog.objects.filter(ticket=ticket, actor=user).exists()
    ):
        return True
    if can_manage_workflow(principal, ticket.workflow):
        return True
    if user is None:
        return False
    departments, roles = membership_codes(user=user)
    return in_audience(principal, document.viewers, departments=departments, roles=roles) or in_audience(
        principal, document.intervenors, departments=departments, roles=roles
    )
