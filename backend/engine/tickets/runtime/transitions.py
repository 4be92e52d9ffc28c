"""Moving a ticket between states: taking a transition (its branch conditions decide the target),
entering a state (a new visit, its status, handlers resolved afresh, timers and outbox events);
after every move `subprocesses.after_move` lets sub-processes react."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from core.access.auth import Principal
from core.errors import Conflict
from engine.tickets.documents import parsed_document, stored_values, typed_values
from engine.tickets.models import FlowLog, OutboxEvent, Ticket, TicketHandler, Timer
from engine.tickets.runtime import effects
from engine.tickets.runtime.loading import LoadedTicket, field_types
from engine.tickets.runtime.participants import (
    ResolutionError,
    TicketContext,
    pick_handlers,
    resolve_participants,
)
from engine.tickets.runtime.records import actor_fields, add_handlers
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


def transition_from(document: WorkflowDocument, state: StateDef, key: str | None) -> TransitionDef:
    """The manual transition `key` out of `state` (409 when there is none)."""
    transition = next((t for t in document.transitions_from(state.key) if t.key == key), None)
    if transition is None or transition.kind != TransitionKind.MANUAL:
        raise Conflict(
            f"The transition {key!r} is not available in state {state.key!r}.", code="transition_not_allowed"
        )
    return transition


def take_transition(
    loaded: LoadedTicket,
    transition: TransitionDef,
    *,
    principal: Principal,
    comment: str,
    changed: dict[str, Any],
    action: str = "transition",
) -> None:
    """Take `transition`: enter the state its branch conditions pick, logged as `action`."""
    ticket, document = loaded.ticket, loaded.document
    target_key = _target_of(loaded, transition)
    target = document.state(target_key)
    if target is None:
        raise Conflict(f"The target state {target_key!r} does not exist.", code="invalid_definition")
    ticket.values = stored_values(document, loaded.values)
    returned = transition.attribute == TransitionAttribute.REJECT
    enter_state(
        loaded,
        target,
        status_at_start=Ticket.Status.RETURNED if returned else Ticket.Status.DRAFT,
        principal=principal,
        action=action,
        comment=comment,
        transition_key=transition.key,
        changed_fields=changed,
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
        raise Conflict(f"Nobody can handle the state {state.name!r}.", code="no_handlers")
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
        add_handlers(ticket, handlers, kind)
    moved = FlowLog(
        ticket=ticket,
        action=action,
        from_state=source,
        to_state=target.key,
        comment=comment,
        **log_fields,
        **actor_fields(principal),
    )
    FlowLog.objects.bulk_create([*loaded.pending_logs, moved])
    loaded.pending_logs.clear()
    if target.type == StateType.NORMAL and effects.has_timers(document, target):
        Timer.objects.bulk_create(effects.timers_for(document, ticket, target))
    effects.save_events([*loaded.pending_events, *_move_events(ticket, principal, action, source, moved)])
    loaded.pending_events.clear()
    # Imported here: sub-processes file sub-tickets and take transitions, which come back here.
    from engine.tickets.runtime.subprocesses import after_move

    after_move(loaded, target)


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
