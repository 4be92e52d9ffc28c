"""Moving a ticket between states: taking a transition (its branch conditions decide the target),
entering a state (a new visit, its status, handlers resolved afresh, timers and outbox events),
passing gateways (a split starts branches, a join waits for them); after every move on the
ticket's own path `subprocesses.after_move` lets sub-processes react.

A move happens on a *place*: the ticket's own path (`branch=None`) or one of its branches
(`runtime.branches`). Every visit, on any place, takes the next number of `ticket.state_entry`.
"""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from core.access.auth import Principal
from core.errors import Conflict
from core.stored_text import Text, columns
from core.wakeups import wake_after_commit
from engine.tickets.documents import parsed_document, stored_values, typed_values
from engine.tickets.models import FlowLog, OutboxEvent, Ticket, TicketBranch, TicketHandler, Timer
from engine.tickets.runtime import branches, effects
from engine.tickets.runtime.loading import LoadedTicket, field_types
from engine.tickets.runtime.nobody import no_handlers_error
from engine.tickets.runtime.participants import (
    ResolutionError,
    TicketContext,
    pick_handlers,
    resolve_participants,
)
from engine.tickets.runtime.records import Changes, actor_fields, change_columns, handler_rows
from engine.workflows.conditions import evaluate
from engine.workflows.definitions.gateways import region
from engine.workflows.definitions.schema import (
    JOIN_OF_SPLIT,
    JOIN_TYPES,
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
from engine.workflows.definitions.validation.branches import has_condition


def transition_from(document: WorkflowDocument, state: StateDef, key: str | None) -> TransitionDef:
    """The manual transition `key` out of `state` (409 when there is none)."""
    transition = next((t for t in document.transitions_from(state.key) if t.key == key), None)
    if transition is None or transition.kind != TransitionKind.MANUAL:
        raise Conflict(
            _("The transition %(key)s is not available in state %(key2)s.")
            % {"key": repr(key), "key2": repr(state.key)},
            code="transition_not_allowed",
        )
    return transition


def take_transition(
    loaded: LoadedTicket,
    transition: TransitionDef,
    *,
    principal: Principal,
    comment: Text,
    changed: Changes,
    action: str = "transition",
) -> None:
    """Take `transition` on the action's place (`loaded.branch`): enter the state its branch
    conditions pick, logged as `action` with the field `changed` on the way (old, new typed values)
    and `comment` (the engine's own: a StoredText, shown in its reader's language).
    A reject out of the branches of a split ends them and the path they split from goes on."""
    ticket, document = loaded.ticket, loaded.document
    target_key = _target_of(loaded, transition)
    target = document.state(target_key)
    if target is None:
        raise Conflict(
            _("The target state %(target_key)s does not exist.") % {"target_key": repr(target_key)},
            code="invalid_definition",
        )
    ticket.values = stored_values(document, loaded.values)
    returned = transition.attribute == TransitionAttribute.REJECT
    source, place = loaded.state_key, loaded.branch
    if place is not None and returned:
        place = _leave_branches(document, place, target_key)
    enter_state(
        loaded,
        target,
        branch=place,
        from_state=source,
        status_at_start=Ticket.Status.RETURNED if returned else Ticket.Status.DRAFT,
        principal=principal,
        action=action,
        transition_key=transition.key,
        **columns("comment", comment),
        **change_columns(document, changed),
    )


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


def participant_context(loaded: LoadedTicket) -> TicketContext:
    """What participant rules read: the creator, the field values, and the parent ticket's values
    for a sub-ticket (its `parent.<field>` rules)."""
    ticket = loaded.ticket
    parent_values = None
    parent_types = None
    if ticket.parent_id is not None:
        parent = Ticket.objects.select_related("version").get(pk=ticket.parent_id)
        parent_document = parsed_document(parent.version)
        parent_values = typed_values(parent_document, parent.values)
        parent_types = field_types(parent_document)
    return TicketContext(
        creator_id=ticket.creator_id,
        values=loaded.values,
        parent_values=parent_values,
        field_types=field_types(loaded.document),
        parent_field_types=parent_types,
    )


def _resolve_handlers(loaded: LoadedTicket, state: StateDef) -> tuple[list[int], str]:
    """Who handles `state` on this visit, and as what kind (no writes)."""
    ticket = loaded.ticket
    context = participant_context(loaded)
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
        raise no_handlers_error(state, context, loaded.document, new_ticket=ticket.pk is None)
    kind = (
        TicketHandler.Kind.CANDIDATE
        if state.distribution.kind == DistributionKind.CLAIM
        else TicketHandler.Kind.HANDLER
    )
    return handlers, kind


def _target_of(loaded: LoadedTicket, transition: TransitionDef) -> str:
    types = field_types(loaded.document)
    for branch in transition.branches:
        if evaluate(parse_branch_condition(branch), loaded.values, types):
            return branch.target
    return transition.target


def enter_state(
    loaded: LoadedTicket,
    target: StateDef,
    *,
    status_at_start: str,
    principal: Principal,
    action: str,
    comment: str,
    branch: TicketBranch | None = None,
    from_state: str | None = None,
    batched: bool = False,
    **log_fields: Any,
) -> None:
    """Move the place (`branch`, or the ticket's own path) into `target`: a new visit, the ticket's
    status, handlers resolved afresh; log the move as `action`, from the state the place was in (or
    `from_state`). Entering a gateway passes it: a split starts its branches, a join waits.

    `batched` (a split entering a branch's first state, a plain one): the rows the move leaves are
    kept on `loaded` and written with the split's other branches' by `flush`. Entering a split is
    written with the split's own writes too."""
    ticket, document = loaded.ticket, loaded.document
    place = LoadedTicket(ticket=ticket, document=document, values=loaded.values, branch=branch)
    source = from_state or place.state_key
    if ticket.pk is not None:
        _leave(place)
    ticket.state_entry += 1
    ticket.row_version += 1
    _move_place(ticket, branch, target, status_at_start, save=not batched)
    handlers, kind = _resolve_handlers(loaded, target) if target.type == StateType.NORMAL else ([], "")
    # A split about to start its branches writes this move with theirs (a new ticket is inserted
    # now: the branch rows point at it).
    splits = target.type in JOIN_OF_SPLIT
    if not batched and (not splits or ticket.pk is None):
        ticket.save()
    loaded.pending_handlers += handler_rows(ticket, handlers, kind, branch=branch)
    moved = FlowLog(
        ticket=ticket,
        action=action,
        from_state=source,
        to_state=target.key,
        comment=comment,
        branch=branch.key if branch is not None else "",
        **log_fields,
        **actor_fields(principal),
    )
    loaded.pending_logs.append(moved)
    if target.type == StateType.NORMAL and effects.has_timers(document, target):
        loaded.pending_timers += effects.timers_for(document, ticket, target)
    loaded.pending_events += _move_events(ticket, principal, action, source, moved)
    if batched:
        return
    if not splits:
        flush(loaded)
    _entered(loaded, target, branch, principal)


def _leave(place: LoadedTicket) -> None:
    """The place's current visit ends: its timers are cancelled, its people leave it."""
    ticket, document = place.ticket, place.document
    leaving = document.state(place.state_key)
    if effects.has_timers(document, leaving):
        effects.cancel_timers(ticket, place.visit)
    # Only a plain state's visit has people on it (a gateway, the start and the end have none).
    if leaving is None or leaving.type == StateType.NORMAL:
        TicketHandler.objects.filter(ticket=ticket, state_entry=place.visit).remove()


def _entered(
    loaded: LoadedTicket, target: StateDef, branch: TicketBranch | None, principal: Principal
) -> None:
    """What entering `target` sets off: a split starts its branches, a join waits for them, and on
    the ticket's own path sub-processes react."""
    if target.type in JOIN_OF_SPLIT:
        _split(loaded, target, parent=branch, principal=principal)
    elif target.type in JOIN_TYPES:
        _join(loaded, branch, target, principal=principal)
    elif branch is None:
        # The action's place is now the ticket's own path (a join may have just ended its branch).
        loaded.branch = None
        # Imported here: sub-processes file sub-tickets and take transitions, which come back here.
        from engine.tickets.runtime.subprocesses import after_move

        after_move(loaded, target)


def flush(loaded: LoadedTicket) -> None:
    """Write the rows the moves so far left on `loaded`, one statement per table."""
    TicketHandler.objects.bulk_create(loaded.pending_handlers)
    FlowLog.objects.bulk_create(loaded.pending_logs)
    Timer.objects.bulk_create(loaded.pending_timers)
    if loaded.pending_timers:  # the scheduler is woken when the first one falls due
        wake_after_commit(min(timer.due_at for timer in loaded.pending_timers))
    effects.save_events(loaded.pending_events)
    for pending in (
        loaded.pending_handlers,
        loaded.pending_logs,
        loaded.pending_timers,
        loaded.pending_events,
    ):
        pending.clear()


def _move_place(
    ticket: Ticket, branch: TicketBranch | None, target: StateDef, status_at_start: str, *, save: bool
) -> None:
    """The place is now at `target`, on the visit `ticket.state_entry`; the ticket's status follows.
    A branch row is saved here unless `save` is off (its move is batched)."""
    now = timezone.now()
    if branch is not None:
        branch.state_key, branch.state_entry, branch.state_entered_at = target.key, ticket.state_entry, now
        if target.type in JOIN_TYPES:
            branch.status = TicketBranch.Status.ARRIVED
        if save:
            branch.save(update_fields=["state_key", "state_entry", "state_entered_at", "status"])
        return
    ticket.state_key, ticket.state_entered_at = target.key, now
    if target.type == StateType.END:
        ticket.status, ticket.finished_at = Ticket.Status.FINISHED, now
    elif target.type == StateType.START:
        ticket.status = status_at_start
    else:
        ticket.status = Ticket.Status.IN_PROGRESS


def _split(
    loaded: LoadedTicket, split: StateDef, *, parent: TicketBranch | None, principal: Principal
) -> None:
    """Start the split's branches (an inclusive split: those whose conditions hold) and enter each
    one's first state. The branches entering plain states are written together with the move into
    the split (the branch rows inserted already in their first states); every branch row exists
    before a gateway is entered, so a branch that reaches the join at once waits for the others."""
    document = loaded.document
    edges = document.transitions_from(split.key)
    if split.type == StateType.INCLUSIVE_SPLIT:
        types = field_types(document)
        edges = [
            edge
            for edge in edges
            if not has_condition(edge) or evaluate(parse_branch_condition(edge), loaded.values, types)
        ]
        if not edges:
            raise Conflict(
                _("No branch of %(name)s applies to this ticket.") % {"name": repr(split.name)},
                code="no_branch",
            )
    started = branches.new_branches(
        loaded.ticket, parent=parent, split_key=split.key, edge_keys=[edge.key for edge in edges]
    )
    entries = [
        (edge, branch, _state(document, _target_of(loaded, edge)))
        for edge, branch in zip(edges, started, strict=True)
    ]
    # Plain states first, batched; then the branch rows, already in those states; then the gateways
    # (a nested split, an empty branch's join), which write what is pending before they go on.
    for edge, branch, target in entries:
        if target.type == StateType.NORMAL:
            _enter_branch(loaded, split, edge, branch, target, principal=principal, batched=True)
    TicketBranch.objects.bulk_create(started)
    for edge, branch, target in entries:
        if target.type != StateType.NORMAL:
            _enter_branch(loaded, split, edge, branch, target, principal=principal, batched=False)
    if loaded.pending_logs:
        loaded.ticket.save()
        flush(loaded)


def _enter_branch(
    loaded: LoadedTicket,
    split: StateDef,
    edge: TransitionDef,
    branch: TicketBranch,
    target: StateDef,
    *,
    principal: Principal,
    batched: bool,
) -> None:
    """A branch the split started enters its first state, along `edge`."""
    enter_state(
        loaded,
        target,
        branch=branch,
        from_state=split.key,
        status_at_start=Ticket.Status.IN_PROGRESS,
        principal=principal,
        action="split",
        comment="",
        transition_key=edge.key,
        batched=batched,
    )


def _join(loaded: LoadedTicket, branch: TicketBranch | None, join: StateDef, *, principal: Principal) -> None:
    """A branch arrived at its join: once every branch of its split has, the path they split from
    goes on along the join's transition. The ticket's own path reaching a join (an intervenor forced
    it into a branch's state, ending the branches) has nobody to wait for and goes on at once."""
    if branch is not None:
        if not branches.all_arrived(branch):
            return
        branches.finish_generation(branch)
    [edge] = loaded.document.transitions_from(join.key)
    enter_state(
        loaded,
        _state(loaded.document, _target_of(loaded, edge)),
        branch=branch.parent if branch is not None else None,
        from_state=join.key,
        status_at_start=Ticket.Status.IN_PROGRESS,
        principal=principal,
        action="join",
        comment="",
        transition_key=edge.key,
    )


def _leave_branches(document: WorkflowDocument, branch: TicketBranch, target_key: str) -> TicketBranch | None:
    """The place a reject to `target_key` continues on: the branch itself while the target is inside
    its split's branches, else the path it split from, its branches (siblings included) ended."""
    place: TicketBranch | None = branch
    while place is not None:
        split = document.state(place.split_key)
        if split is not None and (target_key == split.join or target_key in region(document, split)):
            return place
        branches.cancel_generation(place)
        place = place.parent
    return None


def _state(document: WorkflowDocument, key: str) -> StateDef:
    state = document.state(key)
    if state is None:
        raise Conflict(
            _("The target state %(key)s does not exist.") % {"key": repr(key)}, code="invalid_definition"
        )
    return state


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
        "to_state": moved.to_state,
        "transition": moved.transition_key,
        "changed_fields": moved.changed_fields,
        "field_changes": moved.field_changes,
        "comment": moved.comment,
        "branch": moved.branch,
    }
    if moved.comment_code:  # an engine's note: its code, for readers in other languages
        details.update(comment_code=moved.comment_code, comment_params=moved.comment_params)
    # About the state the place entered (a branch's, not the ticket's split) and its visit.
    here = moved.to_state
    events = []
    if action in _MOVE_EVENTS:
        events.append(
            effects.event(ticket, _MOVE_EVENTS[action], principal=principal, state_key=here, **details)
        )
    events.append(
        effects.event(ticket, WorkflowEvent.STATE_ENTERED, principal=principal, state_key=here, **details)
    )
    if ticket.status == Ticket.Status.FINISHED:
        events.append(effects.event(ticket, WorkflowEvent.FINISHED, principal=principal, **details))
    return events
