"""Ticket reads: the lists (to-do, created, handled, related, all), counts, detail, actions, log, steps.

Every list is one keyset-paginated query on the ticket table plus a fixed number of lookups for the
page (state names from the pinned versions, the caller's role on each ticket), whatever the page size.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext as _

from core.access.auth import Principal
from core.access.models import App, User
from core.access.permissions import is_tenant_admin
from core.directory.selectors import membership_codes
from core.errors import NotFound, PermissionDenied
from core.pagination import Page
from core.stored_text import code_of, shown
from engine.tickets import search, summaries
from engine.tickets.documents import DONE_STATUSES, cached_document, parsed_document
from engine.tickets.filters import TicketFilters, apply_filters, bad_filter, ordering
from engine.tickets.models import Attachment, FlowLog, Ticket, TicketBranch, TicketHandler
from engine.tickets.runtime.access import can_intervene, can_view
from engine.workflows.definitions.schema import (
    FieldDef,
    FieldPermission,
    StateDef,
    StateType,
    TransitionKind,
    WorkflowDocument,
)
from engine.workflows.models import Workflow, WorkflowVersion
from engine.workflows.permissions import can_manage_workflow, in_audience

VIEWS = ("todo", "created", "handled", "related", "all")
OPEN_START_STATUSES = {Ticket.Status.DRAFT, Ticket.Status.RETURNED, Ticket.Status.WITHDRAWN}


def require_person(principal: Principal) -> User:
    if principal.user is None:
        raise PermissionDenied(
            _("Tickets are read for a person; send X-Acting-User."), code="person_required"
        )
    return principal.user


def _handled_by(user: User) -> Exists:
    return Exists(FlowLog.objects.filter(ticket=OuterRef("pk"), actor=user).exclude(action="create"))


def _handles(user: User) -> Exists:
    return Exists(TicketHandler.objects.filter(ticket=OuterRef("pk"), user=user))


def viewable_workflow_ids(principal: Principal, user: User) -> list[int]:
    """Workflows whose tickets the caller may list in the `all` view (not a tenant admin)."""
    managed: set[int] = set()
    # An app acting for a person (or a personal token) manages nothing without the workflows scope
    # (as in can_manage_workflow).
    if principal.allows(App.Scope.WORKFLOWS):
        managed = set(Workflow.objects.filter(admins=user).values_list("pk", flat=True))
    departments, roles = membership_codes(user=user)
    allowed = set(managed)
    published = WorkflowVersion.objects.filter(status=WorkflowVersion.Status.PUBLISHED).exclude(
        workflow_id__in=managed
    )
    for version in published:
        document = parsed_document(version)
        if in_audience(principal, document.viewers, departments=departments, roles=roles) or in_audience(
            principal, document.intervenors, departments=departments, roles=roles
        ):
            allowed.add(version.workflow_id)
    return sorted(allowed)


def ticket_queryset(principal: Principal, view: str) -> QuerySet[Ticket]:
    user = require_person(principal)
    tickets = Ticket.objects.all()
    if view == "todo":
        return tickets.filter(_handles(user))
    if view == "created":
        return tickets.filter(creator=user)
    if view == "handled":
        return tickets.filter(_handled_by(user))
    if view == "related":
        return tickets.filter(Q(creator=user) | _handles(user) | _handled_by(user))
    if view == "all":
        if is_tenant_admin(principal):
            return tickets
        allowed = viewable_workflow_ids(principal, user)
        if not allowed:
            raise PermissionDenied(_("Only admins and a workflow's viewers may list all its tickets."))
        return tickets.filter(workflow_id__in=allowed)
    raise bad_filter(
        "view",
        _("view must be one of %(value)s; got %(view)s.") % {"value": ", ".join(VIEWS), "view": repr(view)},
    )


# The list serves summaries, so it reads only the columns they show (not the values JSON).
SUMMARY_COLUMNS = (
    "id",
    "serial",
    "title",
    "workflow_id",
    "workflow__key",
    "workflow__name",
    "version_id",
    "state_key",
    "status",
    "creator_id",
    "creator__username",
    "creator__display_name",
    "created_at",
    "updated_at",
    "row_version",
)


@dataclass
class TicketPage:
    page: Page[Any]  # items are dicts with SUMMARY_COLUMNS
    documents: dict[int, WorkflowDocument]
    steps: dict[int, list[dict[str, Any]]]  # ticket id → where the caller acts on it (summaries.my_steps)
    waiting: dict[int, tuple[list[dict[str, Any]], int]]  # ticket id → summaries.waiting_for

    def rows(self) -> list[dict[str, Any]]:
        """The page's items as TicketSummaryOut rows."""
        out = []
        for row in self.page.items:
            people, count = self.waiting.get(row["id"], ([], 0))
            summary = summaries.summary_row(
                row, self.documents.get(row["version_id"]), self.steps.get(row["id"], [])
            )
            out.append({**summary, "waiting_for": people, "waiting_count": count})
        return out


def documents_for(version_ids: set[int]) -> dict[int, WorkflowDocument]:
    """Parsed documents by version id; published ones come from the per-process cache."""
    found = {pk: doc for pk in version_ids if (doc := cached_document(pk)) is not None}
    missing = version_ids - found.keys()
    if missing:
        for version in WorkflowVersion.objects.filter(pk__in=missing):
            found[version.pk] = parsed_document(version)
    return found


def filtered_tickets(principal: Principal, view: str, filters: TicketFilters) -> QuerySet[Ticket]:
    """The tickets of the caller's `view` that pass `filters` (checked: a bad one raises now)."""
    return apply_filters(ticket_queryset(principal, view), filters)


def ticket_list(
    *,
    principal: Principal,
    view: str,
    filters: TicketFilters,
    cursor: str | None,
    limit: int,
    sort: str | None = None,
) -> TicketPage:
    user = require_person(principal)
    # The search is the page's own (search.page sizes it in the statement that reads the page).
    page = search.page(
        filtered_tickets(principal, view, replace(filters, q=None)),
        filters.q,
        columns=SUMMARY_COLUMNS,
        ordering=ordering(sort),
        cursor=cursor,
        limit=limit,
    )
    documents = documents_for({row["version_id"] for row in page.items})
    pairs = [(row["id"], row["version_id"]) for row in page.items]
    steps = summaries.my_steps(user, pairs, documents) if pairs else {}
    waiting = summaries.waiting_for([row["id"] for row in page.items])
    return TicketPage(page=page, documents=documents, steps=steps, waiting=waiting)


def may_list_all(principal: Principal, user: User) -> bool:
    """Whether the `all` view answers this caller rather than 403 (the menu shows it only then)."""
    return is_tenant_admin(principal) or bool(viewable_workflow_ids(principal, user))


def ticket_counts(*, principal: Principal) -> dict[str, Any]:
    """The menu's badges: what is still open in each of my lists (finished and closed tickets wait
    for nobody), and whether I may list all tickets."""
    user = require_person(principal)
    open_tickets = Ticket.objects.exclude(status__in=DONE_STATUSES)
    return {
        # A ticket is on the list once, however many of its branches the user handles.
        "todo": TicketHandler.objects.filter(user=user)
        .exclude(ticket__status__in=DONE_STATUSES)
        .values("ticket_id")
        .distinct()
        .count(),
        "created": open_tickets.filter(creator=user).count(),
        "handled": open_tickets.filter(_handled_by(user)).count(),
        "related": ticket_queryset(principal, "related").exclude(status__in=DONE_STATUSES).count(),
        "can_list_all": may_list_all(principal, user),
    }


# ---- one ticket ----------------------------------------------------------------------------------


@dataclass
class Visible:
    ticket: Ticket
    document: WorkflowDocument
    user: User

    @cached_property
    def states(self) -> list[StateDef]:
        """The states whose field permissions apply to the caller: the ticket's; while branches run,
        the states of the caller's branches, or (someone on none of them) every active branch's."""
        ticket, document = self.ticket, self.document
        if summaries.branches_running(ticket, document):
            mine = TicketHandler.objects.filter(
                ticket=ticket, user=self.user, branch__status=TicketBranch.Status.ACTIVE
            ).values_list("branch__state_key", flat=True)
            keys = list(dict.fromkeys(mine)) or summaries.current_state_keys(ticket, document)
        else:
            keys = [ticket.state_key]
        return [state for key in keys if (state := document.state(key)) is not None]


def visible_ticket(principal: Principal, ticket_id: int) -> Visible:
    """The ticket if the caller may see it; 404 otherwise (its existence is not revealed)."""
    user = require_person(principal)
    ticket = Ticket.objects.select_related("workflow", "creator", "version").filter(pk=ticket_id).first()
    if ticket is None:
        raise NotFound(_("No ticket with id %(ticket_id)s.") % {"ticket_id": ticket_id})
    document = parsed_document(ticket.version)
    if not can_view(principal, ticket, document):
        raise NotFound(_("No ticket with id %(ticket_id)s.") % {"ticket_id": ticket_id})
    return Visible(ticket=ticket, document=document, user=user)


# How much a permission lets its holder do: several states apply, the least of them counts.
_REACH = {
    FieldPermission.HIDDEN: 0,
    FieldPermission.READ_ONLY: 1,
    FieldPermission.OPTIONAL: 2,
    FieldPermission.REQUIRED: 2,
}


def field_permission(visible: Visible, definition: FieldDef) -> FieldPermission:
    """The caller's permission on the field now (the least one of `visible.states`)."""
    permissions = [visible.document.permission(state, definition) for state in visible.states]
    return min(permissions, key=_REACH.__getitem__, default=FieldPermission.READ_ONLY)


def hidden_fields(principal: Principal, visible: Visible) -> set[str]:
    """The keys of the fields hidden from the caller: hidden in the state the caller reads the ticket
    in (any of them, while branches run), unless the caller manages the workflow (tenant and
    workflow admins see every field)."""
    hidden = {
        definition.key
        for definition in visible.document.fields
        if field_permission(visible, definition) == FieldPermission.HIDDEN
    }
    if hidden and can_manage_workflow(principal, visible.ticket.workflow):
        return set()
    return hidden


def ticket_fields(principal: Principal, visible: Visible) -> list[dict[str, Any]]:
    hidden = hidden_fields(principal, visible)
    return [
        {
            "key": definition.key,
            "label": definition.label,
            "type": str(definition.type),
            "value": visible.ticket.values.get(definition.key),
            "permission": str(field_permission(visible, definition)),
            "field": definition,
        }
        for definition in sorted(visible.document.fields, key=lambda item: item.order)
        if definition.key not in hidden
    ]


def ticket_handlers(ticket: Ticket) -> list[dict[str, Any]]:
    rows = (
        TicketHandler.objects.filter(ticket=ticket)
        .select_related("user", "branch", "on_behalf_of")
        .order_by("id")
    )
    return [
        {
            "id": row.user.pk,
            "username": row.user.username,
            "display_name": row.user.display_name,
            "kind": row.kind,
            "branch": row.branch.key if row.branch is not None else "",
            "on_behalf_of": _person(row.on_behalf_of),
        }
        for row in rows
    ]


# What each kind of place on the handler list lets its holder do, besides handling.
_KIND_ACTIONS: dict[str, tuple[str, ...]] = {
    TicketHandler.Kind.HANDLER: ("deliver", "consult"),
    TicketHandler.Kind.CANDIDATE: ("accept",),
    TicketHandler.Kind.CONSULTED: ("consult_reply",),
}


def _transition_actions(document: WorkflowDocument, state: StateDef) -> list[dict[str, Any]]:
    """One `handle` action per manual transition out of `state`."""
    return [
        {
            "action": "handle",
            "transition": transition.key,
            "name": transition.name,
            "attribute": str(transition.attribute),
            "confirm_text": transition.confirm_text,
            "check_required_fields": transition.check_required_fields,
        }
        for transition in document.transitions_from(state.key)
        if transition.kind == TransitionKind.MANUAL
    ]


def _creator_may_handle(ticket: Ticket, state: StateDef, *, is_creator: bool) -> bool:
    """The creator handles a ticket that waits (draft or sent back) in its start state."""
    return is_creator and state.type == StateType.START and ticket.status in OPEN_START_STATUSES


def _creator_may_withdraw(ticket: Ticket, states: list[StateDef | None], *, is_creator: bool) -> bool:
    """While branches run, any of their states that allows it will do (as `ticket_withdraw` says)."""
    return (
        is_creator
        and ticket.status == Ticket.Status.IN_PROGRESS
        and any(state is not None and state.can_withdraw for state in states)
    )


def _place_actions(
    document: WorkflowDocument, state: StateDef | None, kind: str, branch: str
) -> list[dict[str, Any]]:
    """What a place on the handler list (of `branch`, "" for the ticket's own path) lets its holder do."""
    on = {"branch": branch} if branch else {}
    out = (
        _transition_actions(document, state)
        if state is not None and kind == TicketHandler.Kind.HANDLER
        else []
    )
    out += [{"action": action} for action in _KIND_ACTIONS.get(kind, ())]
    return [{**action, **on} for action in out]


def available_actions(principal: Principal, visible: Visible) -> list[dict[str, Any]]:
    """What the caller may do now: per place they hold (one per branch they are on, each action naming
    its branch), the creator's start-state and withdraw actions, and an intervenor's."""
    ticket, document, user = visible.ticket, visible.document, visible.user
    comment = [{"action": "comment"}]
    if ticket.status in DONE_STATUSES:
        return comment
    places = TicketHandler.objects.filter(ticket=ticket, user=user).order_by("id")
    out: list[dict[str, Any]] = []
    for kind, branch, branch_state in places.values_list("kind", "branch__key", "branch__state_key"):
        out += _place_actions(document, document.state(branch_state or ticket.state_key), kind, branch or "")
    is_creator = ticket.creator_id == user.pk
    own = document.state(ticket.state_key)
    if not out and own is not None and _creator_may_handle(ticket, own, is_creator=is_creator):
        out += _transition_actions(document, own)
    states = [document.state(key) for key in summaries.current_state_keys(ticket, document)]
    if _creator_may_withdraw(ticket, states, is_creator=is_creator):
        out.append({"action": "withdraw"})
    if can_intervene(principal, ticket, document):
        out += [{"action": "close"}, {"action": "force_state"}]
    return out + comment


def _person(user: User | None) -> dict[str, Any] | None:
    if user is None:
        return None
    return {"id": user.pk, "username": user.username, "display_name": user.display_name}


# Flow-log actions whose `changed_fields` hold no field values (whom a ticket was passed to, an
# SLA's action or due time, what a retry re-sent), so the fields hidden from a reader are not
# filtered out of them.
NON_FIELD_ACTIONS = frozenset({"deliver", "consult", "sla_breached", "sla_warning", "retry", "delegate"})


def flow_log(principal: Principal, visible: Visible) -> list[dict[str, Any]]:
    """The ticket's history; the values of the fields hidden from the caller (see `hidden_fields`)
    are left out of every row's `changed_fields` and `field_changes`."""
    hidden = hidden_fields(principal, visible)
    rows = (
        FlowLog.objects.filter(ticket=visible.ticket).select_related("actor", "on_behalf_of").order_by("id")
    )
    return [
        {
            "id": row.pk,
            "action": row.action,
            "actor": _person(row.actor),
            "on_behalf_of": _person(row.on_behalf_of),
            "via_app": row.via_app,
            "transition": row.transition_key,
            "from_state": row.from_state,
            "to_state": row.to_state,
            "comment": shown(row, "comment"),
            "comment_code": code_of(row, "comment"),
            "branch": row.branch,
            "changed_fields": (
                row.changed_fields
                if row.action in NON_FIELD_ACTIONS
                else {key: value for key, value in row.changed_fields.items() if key not in hidden}
            ),
            "field_changes": [change for change in row.field_changes if change["field"] not in hidden],
            "created_at": row.created_at,
        }
        for row in rows
    ]


def ticket_audit_snapshot(ticket_id: int) -> dict[str, Any] | None:
    """What the audit trail compares for an intervention on a ticket (force-state, close, retry)."""
    row = Ticket.objects.filter(pk=ticket_id).values("serial", "title", "state_key", "status").first()
    return dict(row) if row is not None else None


def attachment_audit_snapshot(attachment_id: Any) -> dict[str, Any] | None:
    row = Attachment.objects.filter(pk=attachment_id).values("name", "size", "content_type").first()
    return dict(row) if row is not None else None
