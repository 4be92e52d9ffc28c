"""Checks an action passes before it changes a ticket: who may act, on which version, in which status.

Refusals answer 412 for a stale If-Match and 409 for an action that is not (or no longer)
allowed, unless the caller may not even see the ticket: then 404 (`unless_hidden`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from django.utils.translation import gettext as _

from core.access.auth import Principal
from core.access.models import User
from core.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    PreconditionFailed,
    ValidationFailed,
    field_problem,
)
from engine.tickets.documents import DONE_STATUSES
from engine.tickets.models import Ticket, TicketHandler
from engine.tickets.runtime.access import can_intervene, can_view
from engine.tickets.runtime.loading import LoadedTicket, load_locked
from engine.workflows.definitions.schema import StateDef, StateType
from engine.workflows.permissions import can_manage_workflow


def require_person(principal: Principal) -> User:
    if principal.user is None:
        raise PermissionDenied(
            _("Tickets are created and handled by people; send X-Acting-User."), code="person_required"
        )
    return principal.user


def check_version(ticket: Ticket, if_match: str | None) -> None:
    if if_match is None:
        return
    wanted = if_match.strip().strip('"')
    if wanted != "*" and wanted != str(ticket.row_version):
        raise PreconditionFailed(
            _("The ticket changed since you loaded it."), details={"current_version": ticket.row_version}
        )


def require_open(ticket: Ticket) -> None:
    if ticket.status in DONE_STATUSES:
        raise Conflict(_("The ticket is %(status)s.") % {"status": ticket.status}, code="ticket_closed")


@contextmanager
def unless_hidden(principal: Principal, loaded: LoadedTicket) -> Iterator[None]:
    """Refusals inside answer 404 to a caller who may not even see the ticket: a 409 or 412 would
    confirm that the id exists. Checked only on refusal, so allowed actions pay nothing."""
    try:
        yield
    except (Conflict, PermissionDenied, PreconditionFailed):
        if not can_view(principal, loaded.ticket, loaded.document):
            raise NotFound(_("No ticket with id %(pk)s.") % {"pk": loaded.ticket.pk}) from None
        raise


def handling(ticket: Ticket, user: User, branch: str | None = None) -> TicketHandler | None:
    """The caller's handler row: on the branch named, or the only one they have. Someone who acts on
    several branches of the ticket at once must name one (409 `branch_required`)."""
    rows = list(TicketHandler.objects.filter(ticket=ticket, user=user).select_related("branch"))
    if branch is not None:
        rows = [row for row in rows if (row.branch.key if row.branch is not None else "") == branch]
    if len(rows) > 1:
        keys = sorted(row.branch.key if row.branch is not None else "" for row in rows)
        raise Conflict(
            _("You act on several branches of this ticket: say which one (`branch`)."),
            code="branch_required",
            details={"branches": keys},
        )
    return rows[0] if rows else None


def handles_now(ticket: Ticket, user: User) -> bool:
    """Whether the user is a handler of the ticket now, on any of its branches."""
    return TicketHandler.objects.filter(ticket=ticket, user=user, kind=TicketHandler.Kind.HANDLER).exists()


def may_act_in_start(loaded: LoadedTicket, user: User) -> bool:
    state = loaded.document.state(loaded.ticket.state_key)
    return state is not None and state.type == StateType.START and loaded.ticket.creator_id == user.pk


def require_handler(ticket: Ticket, user: User, branch: str | None = None) -> TicketHandler:
    """The caller's handler row (on the branch named, or of their only one)."""
    row = handling(ticket, user, branch)
    if row is None or row.kind != TicketHandler.Kind.HANDLER:
        raise Conflict(_("You are not a handler of this ticket now."), code="not_a_handler")
    return row


def require_intervenor(principal: Principal, loaded: LoadedTicket) -> None:
    with unless_hidden(principal, loaded):
        if not can_intervene(principal, loaded.ticket, loaded.document):
            raise PermissionDenied(_("Only admins and the workflow's intervenors may do this."))


def active_user(username: str) -> User:
    """The active user an action names in its `to` (422 when there is none)."""
    user = User.objects.filter(username=username, is_active=True).first()
    if user is None:
        raise ValidationFailed(
            _("No active user %(username)s.") % {"username": repr(username)},
            details=[field_problem("to", _("No active user %(username)s.") % {"username": repr(username)})],
        )
    return user


def lock_for_handler(
    ticket_id: int, principal: Principal, if_match: str | None, branch: str | None = None
) -> tuple[User, LoadedTicket, StateDef]:
    """Lock the ticket and check the caller may act on it now: a handler (of the branch they name,
    or of their only one), or its creator in the start state. The action's place is then
    `loaded.branch`. Answers 412 for a stale If-Match and 409 when the caller may not act."""
    user = require_person(principal)
    loaded = load_locked(ticket_id)
    ticket = loaded.ticket
    with unless_hidden(principal, loaded):
        check_version(ticket, if_match)
        require_open(ticket)
        row = handling(ticket, user, branch)
        loaded.branch = row.branch if row is not None else None
        loaded.on_behalf_of_id = row.on_behalf_of_id if row is not None else None
        state = loaded.document.state(loaded.state_key)
        if state is None:
            raise Conflict(
                _("The ticket's state no longer exists in its version."), code="invalid_definition"
            )
        kind = row.kind if row is not None else None
        if kind == TicketHandler.Kind.CANDIDATE:
            raise Conflict(_("Claim the ticket before handling it."), code="claim_first")
        if kind != TicketHandler.Kind.HANDLER and not may_act_in_start(loaded, user):
            raise Conflict(_("You are not a handler of this ticket now."), code="not_a_handler")
    return user, loaded, state


def on_behalf(principal: Principal, on_behalf_of_id: int | None) -> Principal:
    """The principal whose flow-log rows say whose turn they took (unchanged for one's own turn)."""
    return replace(principal, on_behalf_of_id=on_behalf_of_id) if on_behalf_of_id else principal


def lock_parent(parent_id: int, principal: Principal) -> Ticket:
    """Lock the would-be parent and check the caller acts on it: a handler of its current state (of
    any of its branches; or its creator while it is in the start state), or an admin of its
    workflow. Anyone else gets the 404 of a ticket they cannot see, so a parent id reveals nothing
    and nothing changes."""
    try:
        loaded = load_locked(parent_id)
    except NotFound:
        raise NotFound(_("No ticket with id %(parent_id)s.") % {"parent_id": parent_id}) from None
    user = principal.user
    acting = user is not None and (handles_now(loaded.ticket, user) or may_act_in_start(loaded, user))
    if not (acting or can_manage_workflow(principal, loaded.ticket.workflow)):
        raise NotFound(_("No ticket with id %(parent_id)s.") % {"parent_id": parent_id})
    require_open(loaded.ticket)
    return loaded.ticket
