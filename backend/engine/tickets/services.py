"""Ticket actions: create (or save a draft), handle a transition, claim. Each is one transaction,
serialised per ticket by a row lock, and writes one flow-log row per step.

Rules the API relies on: a stale If-Match answers 412; an action that is not (or no longer)
allowed answers 409; bad field values answer 422 and change nothing; a countersign vote counts once
per person and state visit.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from core.access.auth import Principal
from core.access.models import User
from core.directory.selectors import membership_codes
from core.errors import (
    Conflict,
    LimitExceeded,
    NotFound,
    PermissionDenied,
    PreconditionFailed,
    ValidationFailed,
    field_problem,
)
from core.locks import advisory_xact_lock
from engine.tickets.attachments import attachments_link
from engine.tickets.documents import (
    DONE_STATUSES,
    parsed_document,
    published_version,
    stored_values,
    ticket_document,
    typed_values,
)
from engine.tickets.models import FlowLog, OutboxEvent, Ticket, TicketHandler, TicketVote, Timer
from engine.tickets.runtime import effects
from engine.tickets.runtime.access import can_intervene, can_view
from engine.tickets.runtime.countersign import Outcome, countersign_outcome
from engine.tickets.runtime.directory import TenantDirectory
from engine.tickets.runtime.participants import (
    ResolutionError,
    TicketContext,
    pick_handlers,
    resolve_participants,
)
from engine.tickets.runtime.serials import serial_placeholder, stamp_serial
from engine.tickets.runtime.values import apply_changes, defaults_for, to_storage
from engine.workflows.conditions import evaluate
from engine.workflows.definitions.schema import (
    DistributionKind,
    StateDef,
    StateType,
    TransitionAttribute,
    TransitionDef,
    TransitionKind,
    WorkflowDocument,
    WorkflowEvent,
)
from engine.workflows.definitions.validation import parse_branch_condition
from engine.workflows.models import Workflow
from engine.workflows.permissions import can_manage_workflow, in_audience

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass
class LoadedTicket:
    ticket: Ticket
    document: WorkflowDocument
    values: dict[str, Any]  # typed
    # Flow-log rows written with the next state change (create + submit is one INSERT of both).
    pending_logs: list[FlowLog] = dataclasses.field(default_factory=list)
    # Outbox rows written with the next state change, in the same statement as its own.
    pending_events: list[OutboxEvent] = dataclasses.field(default_factory=list)


def _field_types(document: WorkflowDocument) -> dict[str, str]:
    return {field.key: str(field.type) for field in document.fields}


def render_title(
    template: str, *, workflow: Workflow, serial: str, creator: User, values: dict[str, Any]
) -> str:
    """Fill `{name}` placeholders by plain substitution (never str.format on tenant input)."""
    known = {
        "workflow": workflow.name,
        "serial": serial,
        "creator": creator.display_name or creator.username,
        "date": timezone.localdate().isoformat(),
    }

    def replace(match: re.Match[str]) -> str:
        key = match.group(1)
        if key in known:
            return known[key]
        value = values.get(key)
        if value is None:
            return ""
        if isinstance(value, list):
            return ", ".join(str(item) for item in value)
        return str(value)

    return _PLACEHOLDER.sub(replace, template)[:500] or serial


def _actor_fields(principal: Principal) -> dict[str, Any]:
    return {"actor": principal.user, "via_app": principal.app.name if principal.app else ""}


def _require_person(principal: Principal) -> User:
    if principal.user is None:
        raise PermissionDenied(
            "Tickets are created and handled by people; send X-Acting-User.", code="person_required"
        )
    return principal.user


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
            f"You may file at most {limit.count} ticket(s) of this kind per {limit.period_seconds} seconds.",
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
    file (see `_lock_parent`)."""
    creator = _require_person(principal)
    parent = _lock_parent(parent_id, principal) if parent_id is not None else None
    published = published_version(workflow)
    if published is None:
        raise Conflict("This workflow has no published version.", code="not_published")
    version_id, document = published
    departments, roles = (set(), set()) if document.creators.everyone else membership_codes(user=creator)
    if not in_audience(principal, document.creators, departments=departments, roles=roles):
        raise PermissionDenied("You may not create tickets of this kind.")
    _check_submit_limit(workflow, document, creator)
    start = document.start_state()
    if start is None:
        raise Conflict("This workflow version has no start state.", code="invalid_definition")
    chosen = _transition_from(document, start, transition) if transition else None
    # Defaults are the starting point (they may sit in fields the creator cannot edit).
    cleaned = apply_changes(
        document,
        start,
        defaults_for(document),
        values,
        directory=TenantDirectory(),
        check_required=bool(chosen and chosen.check_required_fields),
    )
    # The real serial is stamped last (see engine.tickets.runtime.serials): until then a stand-in.
    placeholder, marker = serial_placeholder()
    ticket = Ticket(
        serial=placeholder,
        title=render_title(
            document.title_template, workflow=workflow, serial=marker, creator=creator, values=cleaned.values
        ),
        workflow=workflow,
        version_id=version_id,
        state_key=start.key,
        status=Ticket.Status.DRAFT,
        creator=creator,
        parent=parent,
        values=stored_values(document, cleaned.values),
    )
    created = FlowLog(
        ticket=ticket,
        action="create",
        to_state=start.key,
        comment=comment if chosen is None else "",
        changed_fields=stored_values(document, cleaned.values),
        **_actor_fields(principal),
    )
    created_event = effects.event(ticket, WorkflowEvent.CREATED, principal=principal)
    if chosen is None:
        ticket.save()
        created.save()
        effects.save_events([created_event])
    else:
        # Submitted at once: the ticket is inserted in the state it moves to, with both log rows.
        loaded = LoadedTicket(
            ticket=ticket,
            document=document,
            values=cleaned.values,
            pending_logs=[created],
            pending_events=[created_event],
        )
        _take(loaded, chosen, principal=principal, comment=comment, changed={})
    attachments_link(
        ticket=ticket,
        document=document,
        changed={key: new for key, (_old, new) in cleaned.changed.items()},
        principal=principal,
    )
    ticket.serial, ticket.title = stamp_serial(
        ticket_id=ticket.pk, prefix=document.serial_prefix, marker=marker
    )
    return ticket


def _json(document: WorkflowDocument, key: str, value: Any) -> Any:
    field = document.field(key)
    return None if field is None or value is None else to_storage(field, value)


def _lock_parent(parent_id: int, principal: Principal) -> Ticket:
    """Lock the would-be parent and check the caller acts on it: a handler of its current state (or
    its creator while it is in the start state), or an admin of its workflow. Anyone else gets the
    404 of a ticket they cannot see, so a parent id reveals nothing and nothing changes."""
    try:
        loaded = _load_locked(parent_id)
    except NotFound:
        raise NotFound(f"No ticket with id {parent_id}.") from None
    user = principal.user
    acting = user is not None and (
        _handler_kind(loaded.ticket, user) == TicketHandler.Kind.HANDLER or _may_act_in_start(loaded, user)
    )
    if not (acting or can_manage_workflow(principal, loaded.ticket.workflow)):
        raise NotFound(f"No ticket with id {parent_id}.")
    _require_open(loaded.ticket)
    return loaded.ticket


def _transition_from(document: WorkflowDocument, state: StateDef, key: str | None) -> TransitionDef:
    transition = next((t for t in document.transitions_from(state.key) if t.key == key), None)
    if transition is None or transition.kind != TransitionKind.MANUAL:
        raise Conflict(
            f"The transition {key!r} is not available in state {state.key!r}.", code="transition_not_allowed"
        )
    return transition


def _load_locked(ticket_id: int) -> LoadedTicket:
    ticket = (
        Ticket.objects.select_for_update(of=("self",))
        .select_related("workflow", "creator")
        .filter(pk=ticket_id)
        .first()
    )
    if ticket is None:
        raise NotFound(f"No ticket with id {ticket_id}.")
    document = ticket_document(ticket)
    return LoadedTicket(ticket=ticket, document=document, values=typed_values(document, ticket.values))


def _check_version(ticket: Ticket, if_match: str | None) -> None:
    if if_match is None:
        return
    wanted = if_match.strip().strip('"')
    if wanted != "*" and wanted != str(ticket.row_version):
        raise PreconditionFailed(
            "The ticket changed since you loaded it.", details={"current_version": ticket.row_version}
        )


def _require_open(ticket: Ticket) -> None:
    if ticket.status in DONE_STATUSES:
        raise Conflict(f"The ticket is {ticket.status}.", code="ticket_closed")


@contextmanager
def _unless_hidden(principal: Principal, loaded: LoadedTicket) -> Iterator[None]:
    """Refusals inside answer 404 to a caller who may not even see the ticket: a 409 or 412 would
    confirm that the id exists. Checked only on refusal, so allowed actions pay nothing."""
    try:
        yield
    except (Conflict, PermissionDenied, PreconditionFailed):
        if not can_view(principal, loaded.ticket, loaded.document):
            raise NotFound(f"No ticket with id {loaded.ticket.pk}.") from None
        raise


def _handler_kind(ticket: Ticket, user: User) -> str | None:
    return TicketHandler.objects.filter(ticket=ticket, user=user).values_list("kind", flat=True).first()


def _may_act_in_start(loaded: LoadedTicket, user: User) -> bool:
    state = loaded.document.state(loaded.ticket.state_key)
    return state is not None and state.type == StateType.START and loaded.ticket.creator_id == user.pk


def _lock_for_handler(
    ticket_id: int, principal: Principal, if_match: str | None
) -> tuple[User, LoadedTicket, StateDef]:
    """Lock the ticket and check the caller may act on it now: a handler, or its creator in the
    start state. Answers 412 for a stale If-Match and 409 when the caller may not act."""
    user = _require_person(principal)
    loaded = _load_locked(ticket_id)
    ticket = loaded.ticket
    with _unless_hidden(principal, loaded):
        _check_version(ticket, if_match)
        _require_open(ticket)
        state = loaded.document.state(ticket.state_key)
        if state is None:
            raise Conflict("The ticket's state no longer exists in its version.", code="invalid_definition")
        kind = _handler_kind(ticket, user)
        if kind == TicketHandler.Kind.CANDIDATE:
            raise Conflict("Claim the ticket before handling it.", code="claim_first")
        if kind != TicketHandler.Kind.HANDLER and not _may_act_in_start(loaded, user):
            raise Conflict("You are not a handler of this ticket now.", code="not_a_handler")
    return user, loaded, state


@transaction.atomic
def ticket_handle(
    *,
    ticket_id: int,
    principal: Principal,
    transition: str,
    values: dict[str, Any] | None = None,
    comment: str = "",
    if_match: str | None = None,
) -> Ticket:
    user, loaded, state = _lock_for_handler(ticket_id, principal, if_match)
    ticket = loaded.ticket
    chosen = _transition_from(loaded.document, state, transition)
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
    changed = {key: _json(loaded.document, key, new) for key, (_old, new) in cleaned.changed.items()}
    countersigned = state.distribution.kind == DistributionKind.COUNTERSIGN
    if countersigned and not _countersign(loaded, state, chosen, user=user):
        ticket.values = stored_values(loaded.document, loaded.values)
        ticket.row_version += 1
        ticket.save(update_fields=["values", "row_version", "updated_at"])
        FlowLog.objects.create(
            ticket=ticket,
            action="vote",
            transition_key=chosen.key,
            from_state=state.key,
            to_state=state.key,
            comment=comment,
            changed_fields=changed,
            **_actor_fields(principal),
        )
        return ticket
    _take(loaded, chosen, principal=principal, comment=comment, changed=changed)
    return ticket


def _countersign(loaded: LoadedTicket, state: StateDef, chosen: TransitionDef, *, user: User) -> bool:
    """Record the vote; True when the outcome is decided in the direction of `chosen`."""
    ticket = loaded.ticket
    decision = (
        TicketVote.Decision.REJECT
        if chosen.attribute == TransitionAttribute.REJECT
        else TicketVote.Decision.AGREE
    )
    try:
        with transaction.atomic():
            TicketVote.objects.create(
                ticket=ticket,
                state_key=state.key,
                state_entry=ticket.state_entry,
                user=user,
                decision=decision,
                transition_key=chosen.key,
            )
    except IntegrityError:
        raise Conflict("You have already voted on this ticket here.", code="already_voted") from None
    votes = list(
        TicketVote.objects.filter(ticket=ticket, state_entry=ticket.state_entry).values_list(
            "decision", flat=True
        )
    )
    # Voters leave the handler list as they vote, so everyone = the votes plus who has not voted yet.
    waiting = (
        TicketHandler.objects.filter(ticket=ticket, kind=TicketHandler.Kind.HANDLER)
        .exclude(user=user)
        .count()
    )
    assert state.distribution.countersign is not None
    outcome = countersign_outcome(
        state.distribution.countersign,
        handler_count=len(votes) + waiting,
        agrees=votes.count(TicketVote.Decision.AGREE),
        rejects=votes.count(TicketVote.Decision.REJECT),
    )
    if outcome == Outcome.PENDING:
        TicketHandler.objects.filter(ticket=ticket, user=user).remove()
        return False
    # An agree can only complete an agreement and a reject only a rejection (or veto), so the
    # deciding vote's own transition is the way out.
    return True


def _target_of(loaded: LoadedTicket, transition: TransitionDef) -> str:
    field_types = _field_types(loaded.document)
    for branch in transition.branches:
        if evaluate(parse_branch_condition(branch), loaded.values, field_types):
            return branch.target
    return transition.target


def _enter_state(
    loaded: LoadedTicket,
    target: StateDef,
    *,
    status_at_start: str,
    principal: Principal,
    action: str,
    comment: str,
    **log_fields: Any,
) -> None:
    """Move the ticket into `target` (a new visit, its status, handlers resolved afresh) and log
    the move as `action`, from the state it was in."""
    ticket, document = loaded.ticket, loaded.document
    source = ticket.state_key
    fresh = ticket.pk is None
    if not fresh and effects.has_timers(document, document.state(source)):
        effects.cancel_timers(ticket)
    ticket.state_key = target.key
    ticket.state_entry += 1
    ticket.state_entered_at = timezone.now()
    ticket.row_version += 1
    if target.type == StateType.END:
        ticket.status, ticket.finished_at = Ticket.Status.FINISHED, timezone.now()
    elif target.type == StateType.START:
        ticket.status = status_at_start
    else:
        ticket.status = Ticket.Status.IN_PROGRESS
    handlers, kind = _resolve_handlers(loaded, target) if target.type == StateType.NORMAL else ([], "")
    if not fresh:
        TicketHandler.objects.filter(ticket=ticket).remove()
    ticket.save()
    if handlers:
        TicketHandler.objects.bulk_create(
            [
                TicketHandler(
                    ticket=ticket,
                    user_id=user_id,
                    kind=kind,
                    state_entry=ticket.state_entry,
                    ticket_created_at=ticket.created_at,
                )
                for user_id in handlers
            ]
        )
    moved = FlowLog(
        ticket=ticket,
        action=action,
        from_state=source,
        to_state=target.key,
        comment=comment,
        **log_fields,
        **_actor_fields(principal),
    )
    FlowLog.objects.bulk_create([*loaded.pending_logs, moved])
    loaded.pending_logs.clear()
    if target.type == StateType.NORMAL and effects.has_timers(document, target):
        Timer.objects.bulk_create(effects.timers_for(document, ticket, target))
    effects.save_events([*loaded.pending_events, *_move_events(ticket, principal, action, source, moved)])
    loaded.pending_events.clear()


_MOVE_EVENTS = {
    "transition": WorkflowEvent.TRANSITION,
    "withdraw": WorkflowEvent.WITHDRAWN,
    "timer": WorkflowEvent.TRANSITION,
    "hook": WorkflowEvent.TRANSITION,
    "script": WorkflowEvent.TRANSITION,
}


def _move_events(
    ticket: Ticket, principal: Principal, action: str, source: str, moved: FlowLog
) -> list[OutboxEvent]:
    """What a move tells the outside: the move itself, the state entered, and the finish."""
    details = {
        "action": action,
        "from_state": source,
        "to_state": ticket.state_key,
        "transition": moved.transition_key,
        "changed_fields": moved.changed_fields,
        "comment": moved.comment,
    }
    events = []
    if action in _MOVE_EVENTS:
        events.append(effects.event(ticket, _MOVE_EVENTS[action], principal=principal, **details))
    events.append(effects.event(ticket, WorkflowEvent.STATE_ENTERED, principal=principal, **details))
    if ticket.status == Ticket.Status.FINISHED:
        events.append(effects.event(ticket, WorkflowEvent.FINISHED, principal=principal, **details))
    return events


def _take(
    loaded: LoadedTicket,
    transition: TransitionDef,
    *,
    principal: Principal,
    comment: str,
    changed: dict[str, Any],
    action: str = "transition",
) -> None:
    ticket, document = loaded.ticket, loaded.document
    target_key = _target_of(loaded, transition)
    target = document.state(target_key)
    if target is None:
        raise Conflict(f"The target state {target_key!r} does not exist.", code="invalid_definition")
    ticket.values = stored_values(document, loaded.values)
    returned = transition.attribute == TransitionAttribute.REJECT
    _enter_state(
        loaded,
        target,
        status_at_start=Ticket.Status.RETURNED if returned else Ticket.Status.DRAFT,
        principal=principal,
        action=action,
        comment=comment,
        transition_key=transition.key,
        changed_fields=changed,
    )
    if target.type == StateType.END and ticket.parent_id is not None:
        _advance_parent(ticket.parent_id)


def _advance_parent(parent_id: int) -> None:
    """When a parent's last open sub-ticket finishes, the parent takes its `subtickets` transition."""
    parent = _load_locked(parent_id)
    if parent.ticket.status in DONE_STATUSES:
        return
    still_open = Ticket.objects.filter(parent_id=parent_id).exclude(status__in=DONE_STATUSES)
    if still_open.exists():
        return
    waiting = next(
        (
            t
            for t in parent.document.transitions_from(parent.ticket.state_key)
            if t.kind == TransitionKind.SUBTICKETS
        ),
        None,
    )
    if waiting is not None:
        # The engine acts here, not the person who finished the last sub-ticket.
        _take(parent, waiting, principal=Principal(), comment="All sub-tickets finished.", changed={})


def _last_handler_among(ticket: Ticket, state: StateDef, candidates: list[int]) -> list[int]:
    """Who acted in this state on an earlier visit, if they may still handle it."""
    last = (
        FlowLog.objects.filter(ticket=ticket, from_state=state.key, action__in=["transition", "vote"])
        .exclude(actor=None)
        .order_by("-id")
        .values_list("actor_id", flat=True)
        .first()
    )
    return [last] if last is not None and last in candidates else []


def _resolve_handlers(loaded: LoadedTicket, state: StateDef) -> tuple[list[int], str]:
    """Who handles `state` on this visit, and as what kind (no writes)."""
    ticket, document = loaded.ticket, loaded.document
    parent_values = None
    parent_types = None
    if ticket.parent_id is not None:
        parent = Ticket.objects.select_related("version").get(pk=ticket.parent_id)
        parent_document = parsed_document(parent.version)
        parent_values = typed_values(parent_document, parent.values)
        parent_types = _field_types(parent_document)
    context = TicketContext(
        creator_id=ticket.creator_id,
        values=loaded.values,
        parent_values=parent_values,
        field_types=_field_types(document),
        parent_field_types=parent_types,
    )
    try:
        candidates = resolve_participants(state.participant, context)
    except ResolutionError as exc:
        if exc.code == "needs_hook":
            return [], ""  # the hook participant is resolved by the background worker
        raise Conflict(exc.message, code=exc.code) from None
    if state.reuse_last_handler and ticket.pk is not None:  # a new ticket has no earlier visit
        candidates = _last_handler_among(ticket, state, candidates) or candidates
    handlers = pick_handlers(state.distribution, candidates)
    if not handlers:
        raise Conflict(f"Nobody can handle the state {state.name!r}.", code="no_handlers")
    kind = (
        TicketHandler.Kind.CANDIDATE
        if state.distribution.kind == DistributionKind.CLAIM
        else TicketHandler.Kind.HANDLER
    )
    return handlers, kind


@transaction.atomic
def ticket_claim(*, ticket_id: int, principal: Principal, if_match: str | None = None) -> Ticket:
    """Voluntary accept: one candidate takes the ticket; the other candidates lose it."""
    user = _require_person(principal)
    loaded = _load_locked(ticket_id)
    ticket = loaded.ticket
    with _unless_hidden(principal, loaded):
        _check_version(ticket, if_match)
        if _handler_kind(ticket, user) != TicketHandler.Kind.CANDIDATE:
            raise Conflict("There is nothing for you to claim on this ticket.", code="not_claimable")
    TicketHandler.objects.filter(ticket=ticket).exclude(user=user).remove()
    TicketHandler.objects.filter(ticket=ticket, user=user).update(kind=TicketHandler.Kind.HANDLER)
    ticket.row_version += 1
    ticket.save(update_fields=["row_version", "updated_at"])
    FlowLog.objects.create(
        ticket=ticket,
        action="accept",
        from_state=ticket.state_key,
        to_state=ticket.state_key,
        **_actor_fields(principal),
    )
    return ticket


def _log(ticket: Ticket, principal: Principal, action: str, **fields: Any) -> None:
    FlowLog.objects.create(
        ticket=ticket,
        action=action,
        from_state=ticket.state_key,
        to_state=ticket.state_key,
        **fields,
        **_actor_fields(principal),
    )


def _bump(ticket: Ticket, *extra: str) -> None:
    ticket.row_version += 1
    ticket.save(update_fields=["row_version", "updated_at", *extra])


def _active_user(username: str) -> User:
    user = User.objects.filter(username=username, is_active=True).first()
    if user is None:
        raise ValidationFailed(
            f"No active user {username!r}.", details=[field_problem("to", f"No active user {username!r}.")]
        )
    return user


def _require_handler(ticket: Ticket, user: User) -> None:
    if _handler_kind(ticket, user) != TicketHandler.Kind.HANDLER:
        raise Conflict("You are not a handler of this ticket now.", code="not_a_handler")


@transaction.atomic
def ticket_deliver(
    *, ticket_id: int, principal: Principal, to: str, comment: str = "", if_match: str | None = None
) -> Ticket:
    """Transfer: the caller's turn passes to another person."""
    user = _require_person(principal)
    loaded = _load_locked(ticket_id)
    ticket = loaded.ticket
    with _unless_hidden(principal, loaded):
        _check_version(ticket, if_match)
        _require_open(ticket)
        _require_handler(ticket, user)
    target = _active_user(to)
    if target.pk == user.pk or TicketHandler.objects.filter(ticket=ticket, user=target).exists():
        raise Conflict(f"{target.username} already handles this ticket.", code="already_a_handler")
    TicketHandler.objects.filter(ticket=ticket, user=user).update(user=target)
    _bump(ticket)
    _log(ticket, principal, "deliver", comment=comment, changed_fields={"to": target.username})
    return ticket


@transaction.atomic
def ticket_consult(*, ticket_id: int, principal: Principal, to: str, comment: str = "") -> Ticket:
    """Add a signer (加签): ask someone for their opinion; the caller keeps the ticket."""
    user = _require_person(principal)
    loaded = _load_locked(ticket_id)
    ticket = loaded.ticket
    with _unless_hidden(principal, loaded):
        _require_open(ticket)
        _require_handler(ticket, user)
    target = _active_user(to)
    if TicketHandler.objects.filter(ticket=ticket, user=target).exists():
        raise Conflict(f"{target.username} is already on this ticket.", code="already_a_handler")
    TicketHandler.objects.create(
        ticket=ticket,
        user=target,
        kind=TicketHandler.Kind.CONSULTED,
        state_entry=ticket.state_entry,
        ticket_created_at=ticket.created_at,
    )
    _bump(ticket)
    _log(ticket, principal, "consult", comment=comment, changed_fields={"to": target.username})
    return ticket


@transaction.atomic
def ticket_consult_reply(*, ticket_id: int, principal: Principal, comment: str) -> Ticket:
    """The added signer answers; the ticket leaves their to-do list."""
    user = _require_person(principal)
    loaded = _load_locked(ticket_id)
    ticket = loaded.ticket
    with _unless_hidden(principal, loaded):
        _require_open(ticket)
        if _handler_kind(ticket, user) != TicketHandler.Kind.CONSULTED:
            raise Conflict("Nobody asked you for an opinion on this ticket.", code="not_consulted")
    TicketHandler.objects.filter(ticket=ticket, user=user).remove()
    _bump(ticket)
    _log(ticket, principal, "consult_reply", comment=comment)
    return ticket


@transaction.atomic
def ticket_withdraw(
    *, ticket_id: int, principal: Principal, comment: str = "", if_match: str | None = None
) -> Ticket:
    """The creator takes the ticket back to its start state, where the state allows it."""
    user = _require_person(principal)
    loaded = _load_locked(ticket_id)
    ticket, document = loaded.ticket, loaded.document
    state = document.state(ticket.state_key)
    start = document.start_state()
    with _unless_hidden(principal, loaded):
        _check_version(ticket, if_match)
        if ticket.creator_id != user.pk:
            raise Conflict("Only the creator may withdraw a ticket.", code="not_the_creator")
        if (
            ticket.status != Ticket.Status.IN_PROGRESS
            or state is None
            or not state.can_withdraw
            or start is None
        ):
            raise Conflict("This ticket cannot be withdrawn now.", code="withdraw_not_allowed")
    _enter_state(
        loaded,
        start,
        status_at_start=Ticket.Status.WITHDRAWN,
        principal=principal,
        action="withdraw",
        comment=comment,
    )
    return ticket


def _require_intervenor(principal: Principal, loaded: LoadedTicket) -> None:
    with _unless_hidden(principal, loaded):
        if not can_intervene(principal, loaded.ticket, loaded.document):
            raise PermissionDenied("Only admins and the workflow's intervenors may do this.")


@transaction.atomic
def ticket_close(*, ticket_id: int, principal: Principal, comment: str = "") -> Ticket:
    loaded = _load_locked(ticket_id)
    _require_intervenor(principal, loaded)
    ticket = loaded.ticket
    _require_open(ticket)
    TicketHandler.objects.filter(ticket=ticket).remove()
    if effects.has_timers(loaded.document, loaded.document.state(ticket.state_key)):
        effects.cancel_timers(ticket)
    ticket.status = Ticket.Status.CLOSED
    ticket.finished_at = timezone.now()
    _bump(ticket, "status", "finished_at")
    _log(ticket, principal, "close", comment=comment)
    effects.save_events([effects.event(ticket, WorkflowEvent.CLOSED, principal=principal, comment=comment)])
    return ticket


@transaction.atomic
def ticket_force_state(*, ticket_id: int, principal: Principal, state: str, comment: str = "") -> Ticket:
    """An intervenor puts the ticket into any state of its version (handlers resolved afresh)."""
    loaded = _load_locked(ticket_id)
    _require_intervenor(principal, loaded)
    ticket, document = loaded.ticket, loaded.document
    _require_open(ticket)
    target = document.state(state)
    if target is None:
        raise ValidationFailed(
            f"No state {state!r} in this ticket's version.",
            details=[field_problem("state", f"No state {state!r}.")],
        )
    _enter_state(
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
    loaded = _load_locked(ticket_id)
    if not can_view(principal, loaded.ticket, loaded.document):
        raise NotFound(f"No ticket with id {ticket_id}.")
    _log(loaded.ticket, principal, "comment", comment=comment)
    return loaded.ticket


@transaction.atomic
def ticket_update_fields(
    *,
    ticket_id: int,
    principal: Principal,
    values: dict[str, Any],
    comment: str = "",
    if_match: str | None = None,
) -> Ticket:
    """Change field values within the current state's permissions (no transition)."""
    _user, loaded, state = _lock_for_handler(ticket_id, principal, if_match)
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
    _bump(ticket, "values")
    _log(
        ticket,
        principal,
        "update_fields",
        comment=comment,
        changed_fields={k: _json(loaded.document, k, new) for k, (_old, new) in cleaned.changed.items()},
    )
    return ticket
