"""Ticket actions, the public writes: create (or save a draft), handle a transition, accept,
deliver, consult, withdraw, close, force a state, comment and update fields. Each is one
transaction, serialised per ticket by a row lock, and writes one flow-log row per step.

Rules the API relies on: a stale If-Match answers 412; an action that is not (or no longer)
allowed answers 409; bad field values answer 422 and change nothing; a countersign vote counts once
per person and state visit. The helpers live in `engine.tickets.runtime`: `loading` (the locked
ticket), `guards` (who may act), `transitions` (moving between states), `voting` (countersign
votes) and `records` (flow-log rows).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.access.auth import Principal
from core.access.models import User
from core.directory.selectors import membership_codes
from core.errors import Conflict, LimitExceeded, NotFound, PermissionDenied, ValidationFailed, field_problem
from core.locks import advisory_xact_lock
from engine.tickets.attachments import attachments_link
from engine.tickets.documents import published_version, stored_values
from engine.tickets.events import COMMENTED, CONSULTED
from engine.tickets.models import Ticket, TicketHandler
from engine.tickets.runtime import branches, effects
from engine.tickets.runtime.access import can_view
from engine.tickets.runtime.creation import NewTicket, insert_ticket
from engine.tickets.runtime.directory import TenantDirectory
from engine.tickets.runtime.guards import (
    active_user,
    check_version,
    handling,
    lock_for_handler,
    lock_parent,
    on_behalf,
    require_handler,
    require_intervenor,
    require_open,
    require_person,
    unless_hidden,
)
from engine.tickets.runtime.loading import load_locked
from engine.tickets.runtime.records import (
    add_handlers,
    bump_version,
    change_columns,
    log_action,
)
from engine.tickets.runtime.subprocesses import settle_parent
from engine.tickets.runtime.transitions import enter_state, take_transition, transition_from
from engine.tickets.runtime.values import apply_changes
from engine.tickets.runtime.voting import cast_vote
from engine.workflows.definitions.schema import JOIN_TYPES, DistributionKind, WorkflowDocument, WorkflowEvent
from engine.workflows.models import Workflow
from engine.workflows.permissions import in_audience


def _check_submit_limit(workflow: Workflow, document: WorkflowDocument, creator: User) -> None:
    """Refuse (429) past the workflow's submit limit. The (workflow, creator) lock is held until
    the creating transaction ends, so parallel creations count one after another."""
    limit = document.submit_limit
    if limit is None:
        return
    advisory_xact_lock("submit_limit", workflow.pk, creator.pk)
    since = timezone.now() - timedelta(seconds=limit.period_seconds)
    recent = Ticket.objects.filter(workflow=workflow, creator=creator, created_at__gte=since).count()
    if recent >= limit.count:
        raise LimitExceeded(
            _("You may file at most %(count)s ticket(s) of this kind per %(period_seconds)s seconds.")
            % {"count": limit.count, "period_seconds": limit.period_seconds},
            code="submit_limit",
        )


@transaction.atomic
def ticket_create(
    *,
    workflow: Workflow,
    principal: Principal,
    values: dict[str, Any],
    transition: str | None = None,
    comment: str = "",
    parent_id: int | None = None,
) -> Ticket:
    """Create a ticket in the start state of the current version; with `transition`, submit it too.

    With `parent_id` it is a sub-ticket of that ticket, which only someone acting on the parent may
    file (see `lock_parent`)."""
    creator = require_person(principal)
    parent = lock_parent(parent_id, principal) if parent_id is not None else None
    published = published_version(workflow)
    if published is None:
        raise Conflict(_("This workflow has no published version."), code="not_published")
    version_id, document = published
    departments, roles = (set(), set()) if document.creators.everyone else membership_codes(user=creator)
    if not in_audience(principal, document.creators, departments=departments, roles=roles):
        raise PermissionDenied(_("You may not create tickets of this kind."))
    _check_submit_limit(workflow, document, creator)
    chosen = None
    if transition:
        start = document.start_state()
        if start is None:
            raise Conflict(_("This workflow version has no start state."), code="invalid_definition")
        chosen = transition_from(document, start, transition)
    new = NewTicket(
        workflow=workflow,
        version_id=version_id,
        document=document,
        creator=creator,
        principal=principal,
        parent=parent,
    )
    ticket, cleaned = insert_ticket(new, values, chosen, comment)
    attachments_link(
        ticket=ticket,
        document=document,
        changed={key: value for key, (_old, value) in cleaned.changed.items()},
        principal=principal,
    )
    return ticket


@transaction.atomic
def ticket_handle(
    *,
    ticket_id: int,
    principal: Principal,
    transition: str,
    values: dict[str, Any] | None = None,
    comment: str = "",
    if_match: str | None = None,
    branch: str | None = None,
) -> Ticket:
    user, loaded, state = lock_for_handler(ticket_id, principal, if_match, branch)
    principal = on_behalf(principal, loaded.on_behalf_of_id)
    ticket = loaded.ticket
    chosen = transition_from(loaded.document, state, transition)
    cleaned = apply_changes(
        loaded.document,
        state,
        loaded.values,
        values or {},
        directory=TenantDirectory(),
        check_required=chosen.check_required_fields,
    )
    loaded.values = cleaned.values
    attachments_link(
        ticket=ticket,
        document=loaded.document,
        changed={key: new for key, (_old, new) in cleaned.changed.items()},
        principal=principal,
    )
    countersigned = state.distribution.kind == DistributionKind.COUNTERSIGN
    if countersigned and not cast_vote(loaded, state, chosen, user=user):
        ticket.values = stored_values(loaded.document, loaded.values)
        bump_version(ticket, "values")
        log_action(
            ticket,
            principal,
            "vote",
            branch=loaded.branch,
            transition_key=chosen.key,
            comment=comment,
            **change_columns(loaded.document, cleaned.changed),
        )
        return ticket
    take_transition(loaded, chosen, principal=principal, comment=comment, changed=cleaned.changed)
    return ticket


@transaction.atomic
def ticket_accept(
    *, ticket_id: int, principal: Principal, if_match: str | None = None, branch: str | None = None
) -> Ticket:
    """Voluntary accept: one candidate takes the ticket; the other candidates lose it."""
    user = require_person(principal)
    loaded = load_locked(ticket_id)
    ticket = loaded.ticket
    with unless_hidden(principal, loaded):
        check_version(ticket, if_match)
        row = handling(ticket, user, branch)
        if row is None or row.kind != TicketHandler.Kind.CANDIDATE:
            raise Conflict(_("There is nothing for you to claim on this ticket."), code="not_claimable")
    TicketHandler.objects.filter(ticket=ticket, state_entry=row.state_entry).exclude(user=user).remove()
    TicketHandler.objects.filter(pk=row.pk).update(kind=TicketHandler.Kind.HANDLER)
    bump_version(ticket)
    log_action(ticket, on_behalf(principal, row.on_behalf_of_id), "accept", branch=row.branch)
    return ticket


@transaction.atomic
def ticket_deliver(
    *,
    ticket_id: int,
    principal: Principal,
    to: str,
    comment: str = "",
    if_match: str | None = None,
    branch: str | None = None,
) -> Ticket:
    """Transfer: the caller's turn passes to another person."""
    user = require_person(principal)
    loaded = load_locked(ticket_id)
    ticket = loaded.ticket
    with unless_hidden(principal, loaded):
        check_version(ticket, if_match)
        require_open(ticket)
        row = require_handler(ticket, user, branch)
    target = active_user(to)
    visit = TicketHandler.objects.filter(ticket=ticket, state_entry=row.state_entry)
    if target.pk == user.pk or visit.filter(user=target).exists():
        raise Conflict(
            _("%(username)s already handles this ticket.") % {"username": target.username},
            code="already_a_handler",
        )
    TicketHandler.objects.filter(pk=row.pk).update(user=target, on_behalf_of=None)
    bump_version(ticket)
    log_action(
        ticket,
        on_behalf(principal, row.on_behalf_of_id),
        "deliver",
        branch=row.branch,
        comment=comment,
        changed_fields={"to": target.username},
    )
    return ticket


@transaction.atomic
def ticket_consult(
    *, ticket_id: int, principal: Principal, to: str, comment: str = "", branch: str | None = None
) -> Ticket:
    """Add a signer (加签): ask someone for their opinion; the caller keeps the ticket."""
    user = require_person(principal)
    loaded = load_locked(ticket_id)
    ticket = loaded.ticket
    with unless_hidden(principal, loaded):
        require_open(ticket)
        row = require_handler(ticket, user, branch)
    target = active_user(to)
    if TicketHandler.objects.filter(ticket=ticket, user=target, state_entry=row.state_entry).exists():
        raise Conflict(
            _("%(username)s is already on this ticket.") % {"username": target.username},
            code="already_a_handler",
        )
    add_handlers(ticket, [target.pk], TicketHandler.Kind.CONSULTED, branch=row.branch)
    bump_version(ticket)
    log_action(
        ticket,
        principal,
        "consult",
        branch=row.branch,
        comment=comment,
        changed_fields={"to": target.username},
    )
    consulted = effects.event(
        ticket,
        CONSULTED,
        principal=principal,
        state_key=row.branch.state_key if row.branch is not None else ticket.state_key,
        visit=row.state_entry,
        to=target.username,
        comment=comment,
    )
    effects.save_events([consulted])
    return ticket


@transaction.atomic
def ticket_consult_reply(
    *, ticket_id: int, principal: Principal, comment: str, branch: str | None = None
) -> Ticket:
    """The added signer answers; the ticket leaves their to-do list."""
    user = require_person(principal)
    loaded = load_locked(ticket_id)
    ticket = loaded.ticket
    with unless_hidden(principal, loaded):
        require_open(ticket)
        row = handling(ticket, user, branch)
        if row is None or row.kind != TicketHandler.Kind.CONSULTED:
            raise Conflict(_("Nobody asked you for an opinion on this ticket."), code="not_consulted")
    TicketHandler.objects.filter(pk=row.pk).remove()
    bump_version(ticket)
    log_action(ticket, principal, "consult_reply", branch=row.branch, comment=comment)
    return ticket


@transaction.atomic
def ticket_withdraw(
    *, ticket_id: int, principal: Principal, comment: str = "", if_match: str | None = None
) -> Ticket:
    """The creator takes the ticket back to its start state, where the state allows it."""
    user = require_person(principal)
    loaded = load_locked(ticket_id)
    ticket, document = loaded.ticket, loaded.document
    # While branches run, any of their states that allows it will do.
    states = [document.state(key) for key in branches.current_states(loaded)]
    start = document.start_state()
    with unless_hidden(principal, loaded):
        check_version(ticket, if_match)
        if ticket.creator_id != user.pk:
            raise Conflict(_("Only the creator may withdraw a ticket."), code="not_the_creator")
        if (
            ticket.status != Ticket.Status.IN_PROGRESS
            or not any(state is not None and state.can_withdraw for state in states)
            or start is None
        ):
            raise Conflict(_("This ticket cannot be withdrawn now."), code="withdraw_not_allowed")
    branches.settle(loaded)
    enter_state(
        loaded,
        start,
        status_at_start=Ticket.Status.WITHDRAWN,
        principal=principal,
        action="withdraw",
        comment=comment,
    )
    return ticket


@transaction.atomic
def ticket_close(*, ticket_id: int, principal: Principal, comment: str = "") -> Ticket:
    loaded = load_locked(ticket_id)
    require_intervenor(principal, loaded)
    ticket = loaded.ticket
    require_open(ticket)
    branches.settle(loaded)
    TicketHandler.objects.filter(ticket=ticket).remove()
    if effects.has_timers(loaded.document, loaded.document.state(ticket.state_key)):
        effects.cancel_timers(ticket, ticket.state_entry)
    ticket.status = Ticket.Status.CLOSED
    ticket.finished_at = timezone.now()
    bump_version(ticket, "status", "finished_at")
    log_action(ticket, principal, "close", comment=comment)
    effects.save_events([effects.event(ticket, WorkflowEvent.CLOSED, principal=principal, comment=comment)])
    if ticket.parent_id is not None:
        settle_parent(ticket.parent_id)
    return ticket


@transaction.atomic
def ticket_force_state(*, ticket_id: int, principal: Principal, state: str, comment: str = "") -> Ticket:
    """An intervenor puts the ticket into any state of its version (handlers resolved afresh)."""
    loaded = load_locked(ticket_id)
    require_intervenor(principal, loaded)
    ticket, document = loaded.ticket, loaded.document
    require_open(ticket)
    target = document.state(state)
    if target is None or target.type in JOIN_TYPES:
        shown = {"state": repr(state)}
        why = (
            _("No state %(state)s.") if target is None else _("%(state)s is a join: force a state after it.")
        )
        raise ValidationFailed(
            _("No state %(state)s in this ticket's version.") % shown if target is None else why % shown,
            details=[field_problem("state", why % shown)],
        )
    branches.settle(loaded)
    enter_state(
        loaded,
        target,
        status_at_start=Ticket.Status.RETURNED,
        principal=principal,
        action="force_state",
        comment=comment,
    )
    return ticket


@transaction.atomic
def ticket_comment(*, ticket_id: int, principal: Principal, comment: str) -> Ticket:
    loaded = load_locked(ticket_id)
    if not can_view(principal, loaded.ticket, loaded.document):
        raise NotFound(_("No ticket with id %(ticket_id)s.") % {"ticket_id": ticket_id})
    log_action(loaded.ticket, principal, "comment", comment=comment)
    effects.save_events([effects.event(loaded.ticket, COMMENTED, principal=principal, comment=comment)])
    return loaded.ticket


@transaction.atomic
def ticket_update_fields(
    *,
    ticket_id: int,
    principal: Principal,
    values: dict[str, Any],
    comment: str = "",
    if_match: str | None = None,
    branch: str | None = None,
) -> Ticket:
    """Change field values within the current state's permissions (no transition); while branches
    run, the state of the caller's branch (`branch` names it when they are on several)."""
    _user, loaded, state = lock_for_handler(ticket_id, principal, if_match, branch)
    principal = on_behalf(principal, loaded.on_behalf_of_id)
    ticket = loaded.ticket
    cleaned = apply_changes(
        loaded.document, state, loaded.values, values, directory=TenantDirectory(), check_required=False
    )
    if not cleaned.changed:
        return ticket
    attachments_link(
        ticket=ticket,
        document=loaded.document,
        changed={key: new for key, (_old, new) in cleaned.changed.items()},
        principal=principal,
    )
    ticket.values = stored_values(loaded.document, cleaned.values)
    bump_version(ticket, "values")
    log_action(
        ticket,
        principal,
        "update_fields",
        branch=loaded.branch,
        comment=comment,
        **change_columns(loaded.document, cleaned.changed),
    )
    return ticket
