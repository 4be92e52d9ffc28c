"""Ticket changes made by the engine itself: timers, SLAs (and their warnings), hook results and
script results.

Each one names the state visit (`state_entry`) it was meant for. If the ticket has moved on since
(or is closed), the change is stale and nothing happens: a timer that fires late, a hook answer
that arrives twice, or a script that finishes after a person acted never move the ticket twice.
Writers here are not people, so field permissions of the state do not apply to them; field
values are still validated against the definitions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.access.auth import Principal
from core.errors import Conflict
from core.stored_text import StoredText, Text, columns
from engine.tickets.attachments import attachments_link
from engine.tickets.documents import DONE_STATUSES, stored_values
from engine.tickets.models import FlowLog, Ticket, TicketBranch, TicketHandler, Timer
from engine.tickets.runtime import branches, effects
from engine.tickets.runtime.directory import TenantDirectory
from engine.tickets.runtime.loading import LoadedTicket, load_locked
from engine.tickets.runtime.participants import ResolutionError, resolve_participants
from engine.tickets.runtime.records import Changes, add_handlers, bump_version, change_columns, log_action
from engine.tickets.runtime.transitions import participant_context, take_transition
from engine.tickets.runtime.values import apply_changes
from engine.workflows.definitions.schema import (
    FieldPermission,
    SlaAction,
    StateDef,
    TransitionAttribute,
    TransitionDef,
    TransitionKind,
    WorkflowDocument,
    WorkflowEvent,
)

ENGINE = Principal()  # no person, no app: the engine acting on its own


class Stale(Exception):
    """The ticket left the state visit this change was for (or is done)."""


@dataclass(frozen=True)
class Place:
    """Where a ticket is: its own path (`branch` "") or one of its branches, in `state_key` on `visit`."""

    state_key: str
    visit: int
    branch: str = ""


def ticket_places(ticket: Ticket) -> list[Place]:
    """The places the ticket is in now (read, not locked): its own path, unless it waits at a split
    (its latest visit then belongs to a branch), and each active branch. None once it is done."""
    if ticket.status in DONE_STATUSES:
        return []
    rows = TicketBranch.objects.filter(ticket=ticket).order_by("id")
    branch_rows = list(rows.values_list("key", "state_key", "state_entry", "status"))
    places = [
        Place(state_key, visit, key)
        for key, state_key, visit, status in branch_rows
        if status == TicketBranch.Status.ACTIVE
    ]
    if all(visit != ticket.state_entry for _key, _state, visit, _status in branch_rows):
        places.insert(0, Place(ticket.state_key, ticket.state_entry))
    return places


def visit_place(ticket: Ticket, state_entry: int) -> Place | None:
    """The place whose current visit is `state_entry` (None: that visit has ended, or the ticket is
    done). Background work checks this before it calls out, and `_locked_visit` again under the lock."""
    return next((place for place in ticket_places(ticket) if place.visit == state_entry), None)


def _locked_visit(ticket_id: int, state_entry: int) -> LoadedTicket:
    """The ticket locked, on the place whose current visit this is (its own path, or a branch)."""
    loaded = load_locked(ticket_id)
    ticket = loaded.ticket
    if ticket.status in DONE_STATUSES:
        raise Stale(f"ticket {ticket_id} is {ticket.status}")
    if branches.running(loaded):
        loaded.branch = branches.branch_at_visit(ticket, state_entry)
        if loaded.branch is None or loaded.branch.status != TicketBranch.Status.ACTIVE:
            raise Stale(f"no branch of ticket {ticket_id} is in visit {state_entry}")
    elif ticket.state_entry != state_entry:
        raise Stale(f"ticket {ticket_id} is no longer in visit {state_entry}")
    return loaded


def _writable(document: WorkflowDocument, state: StateDef) -> StateDef:
    """`state` with every field optional: background writers are not bound by a person's rights."""
    return state.model_copy(
        update={"field_permissions": {field.key: FieldPermission.OPTIONAL for field in document.fields}}
    )


def _set_fields(loaded: LoadedTicket, state: StateDef, fields: dict[str, Any]) -> Changes:
    """Validate and apply `fields` (422 on bad values); returns the changes (old, new typed values)."""
    if not fields:
        return {}
    document = loaded.document
    cleaned = apply_changes(
        document,
        _writable(document, state),
        loaded.values,
        fields,
        directory=TenantDirectory(),
        check_required=False,
    )
    loaded.values = cleaned.values
    loaded.ticket.values = stored_values(document, loaded.values)
    # The engine writes here (a hook's answer, a script's result): its files are linked unchecked.
    attachments_link(
        ticket=loaded.ticket,
        document=document,
        changed={key: new for key, (_old, new) in cleaned.changed.items()},
        principal=ENGINE,
    )
    return cleaned.changed


def _state(loaded: LoadedTicket) -> StateDef:
    state = loaded.document.state(loaded.state_key)
    if state is None:
        raise Conflict(_("The ticket's state no longer exists in its version."), code="invalid_definition")
    return state


def _way_out(
    document: WorkflowDocument, state: StateDef, attribute: str, prefer: TransitionKind
) -> TransitionDef:
    """The state's transition with `attribute`, preferring those of kind `prefer`."""
    candidates = [t for t in document.transitions_from(state.key) if t.attribute == attribute]
    candidates.sort(key=lambda t: t.kind != prefer)
    if not candidates:
        raise Conflict(
            _("The state %(key)s has no %(attribute)s transition to take.")
            % {"key": repr(state.key), "attribute": attribute},
            code="no_transition",
        )
    return candidates[0]


@transaction.atomic
def ticket_background_result(
    *,
    ticket_id: int,
    state_entry: int,
    action: str,
    fields: dict[str, Any] | None = None,
    transition: str | None = None,
    decision: str | None = None,
    comment: str = "",
    robot: str = "",
) -> Ticket:
    """Apply what a hook or script returned: set `fields`, then take `transition` (by key) or the
    state's `decision` ("agree"/"reject") transition, if any. Logged as `action` ("hook",
    "script") by the `robot` that answered (`script:<code>`, `hook:<host>`; the flow log's
    `via_app`). Raises `Stale` if the ticket left the visit, `ApplicationError` on bad input."""
    principal = Principal(robot=robot) if robot else ENGINE
    loaded = _locked_visit(ticket_id, state_entry)
    state = _state(loaded)
    changed = _set_fields(loaded, state, fields or {})
    chosen: TransitionDef | None = None
    if transition:
        chosen = next((t for t in loaded.document.transitions_from(state.key) if t.key == transition), None)
        if chosen is None:
            raise Conflict(
                _("The transition %(transition)s is not available in state %(key)s.")
                % {"transition": repr(transition), "key": repr(state.key)},
                code="transition_not_allowed",
            )
    elif decision:
        attribute = TransitionAttribute.REJECT if decision == "reject" else TransitionAttribute.AGREE
        chosen = _way_out(loaded.document, state, attribute, TransitionKind.HOOK)
    ticket = loaded.ticket
    if chosen is not None:
        take_transition(loaded, chosen, principal=principal, comment=comment, changed=changed, action=action)
    elif changed:
        bump_version(ticket, "values")
        log_action(
            ticket,
            principal,
            action,
            branch=loaded.branch,
            comment=comment,
            **change_columns(loaded.document, changed),
        )
    return ticket


@transaction.atomic
def ticket_hook_handlers(
    *, ticket_id: int, state_entry: int, usernames: list[str], robot: str = ""
) -> Ticket:
    """A hook answered with the handlers of the state ("a hook returns the handlers")."""
    from core.access.models import User

    loaded = _locked_visit(ticket_id, state_entry)
    ticket = loaded.ticket
    users = dict(User.objects.filter(username__in=usernames, is_active=True).values_list("username", "pk"))
    missing = [name for name in usernames if name not in users]
    if not users or missing:
        raise Conflict(
            _("The hook named unknown or inactive users: %(value)s.")
            % {"value": ", ".join(missing) or "(none)"},
            code="no_handlers",
        )
    TicketHandler.objects.filter(ticket=ticket, state_entry=loaded.visit).remove()
    add_handlers(ticket, users.values(), branch=loaded.branch)
    bump_version(ticket)
    principal = Principal(robot=robot) if robot else ENGINE
    log_action(ticket, principal, "hook", branch=loaded.branch, changed_fields={"handlers": sorted(users)})
    return ticket


def ticket_background_failed(
    *, ticket_id: int, action: str, message: Text, state_entry: int | None = None, robot: str = ""
) -> None:
    """Note on the ticket that a background step failed (visible in its flow log, in its reader's
    language when `message` is a StoredText): on the place of the visit `state_entry` while it
    lasts (a branch's state), else on the ticket's own state."""
    ticket = Ticket.objects.filter(pk=ticket_id).only("pk", "state_key", "state_entry", "status").first()
    if ticket is None:
        return
    place = visit_place(ticket, state_entry) if state_entry is not None else None
    place = place or Place(ticket.state_key, ticket.state_entry)
    FlowLog.objects.create(
        ticket=ticket,
        action=action,
        from_state=place.state_key,
        to_state=place.state_key,
        branch=place.branch,
        via_app=robot[:100],
        **columns("comment", message, limit=2000),
    )


# ---- timers ---------------------------------------------------------------------------------------


@transaction.atomic
def timer_fire(*, timer_id: int) -> str:
    """Fire one due timer; returns what happened. Idempotent: a fired or cancelled timer is left
    alone, and a timer whose ticket left the state visit only records that."""
    timer = Timer.objects.select_for_update(skip_locked=True).filter(pk=timer_id).first()
    if timer is None or timer.fired_at is not None or timer.cancelled_at is not None:
        return "skipped"
    try:
        outcome = _fire(timer)
    except Stale:
        outcome = "stale: the ticket had moved on"
    except Conflict as exc:
        outcome = f"failed: {exc.message}"
        ticket_background_failed(
            ticket_id=timer.ticket_id,
            action="timer_failed",
            message=StoredText("timer.failed", {"problem": exc.message}),
            state_entry=timer.state_entry,
        )
    timer.fired_at = timezone.now()
    timer.outcome = outcome[:200]
    timer.save(update_fields=["fired_at", "outcome"])
    return outcome


def _fire(timer: Timer) -> str:
    loaded = _locked_visit(timer.ticket_id, timer.state_entry)
    document, ticket = loaded.document, loaded.ticket
    state = _state(loaded)
    if timer.kind == Timer.Kind.TRANSITION:
        chosen = next(
            (t for t in document.transitions_from(state.key) if t.key == timer.transition_key), None
        )
        if chosen is None:
            raise Conflict(
                _("No transition %(transition_key)s here.") % {"transition_key": repr(timer.transition_key)},
                code="transition_not_allowed",
            )
        take_transition(loaded, chosen, principal=ENGINE, comment="", changed={}, action="timer")
        return f"took {chosen.key}"
    if timer.kind == Timer.Kind.SLA_WARNING:
        return _warn(loaded, state, timer)
    sla = state.sla
    if sla is None:
        return "no SLA on this state any more"
    log_action(
        ticket, ENGINE, "sla_breached", branch=loaded.branch, changed_fields={"sla_action": str(sla.action)}
    )
    breached = effects.event(
        ticket,
        WorkflowEvent.SLA_BREACHED,
        principal=None,
        state_key=state.key,
        visit=loaded.visit,
        sla_action=str(sla.action),
        branch=loaded.branch.key if loaded.branch is not None else "",
    )
    effects.save_events([breached])
    if sla.action == SlaAction.ESCALATE and sla.escalate_to is not None:
        return _escalate(loaded, sla.escalate_to)
    if sla.action == SlaAction.AUTO_TRANSITION and sla.transition:
        chosen = next((t for t in document.transitions_from(state.key) if t.key == sla.transition), None)
        if chosen is None:
            raise Conflict(
                _("No transition %(transition)s here.") % {"transition": repr(sla.transition)},
                code="transition_not_allowed",
            )
        take_transition(
            loaded, chosen, principal=ENGINE, comment=StoredText("sla.breached"), changed={}, action="sla"
        )
        return f"SLA breached: took {chosen.key}"
    return "SLA breached: reminded"


def _warn(loaded: LoadedTicket, state: StateDef, timer: Timer) -> str:
    """The SLA runs out soon: say when in the flow log and tell the handlers (`sla_warning`)."""
    sla = state.sla
    if sla is None or sla.warn_before_seconds is None:
        return "no SLA warning on this state any more"
    ticket = loaded.ticket
    # When the SLA runs out: its own timer of this visit (on a working clock that is not simply
    # `warn_before_seconds` after now).
    sla_timer = Timer.objects.filter(
        ticket_id=ticket.pk, state_entry=timer.state_entry, kind=Timer.Kind.SLA
    ).first()
    due_at = (sla_timer.due_at if sla_timer is not None else timer.due_at).isoformat()
    log_action(ticket, ENGINE, "sla_warning", branch=loaded.branch, changed_fields={"sla_due_at": due_at})
    warning = effects.event(
        ticket,
        WorkflowEvent.SLA_WARNING,
        principal=None,
        state_key=state.key,
        visit=loaded.visit,
        sla_due_at=due_at,
        branch=loaded.branch.key if loaded.branch is not None else "",
    )
    effects.save_events([warning])
    return f"SLA warning: due at {due_at}"


def _escalate(loaded: LoadedTicket, participant: Any) -> str:
    ticket = loaded.ticket
    try:
        extra = resolve_participants(participant, participant_context(loaded))
    except ResolutionError as exc:
        raise Conflict(exc.message, code=exc.code) from None
    visit = TicketHandler.objects.filter(ticket=ticket, state_entry=loaded.visit)
    present = set(visit.values_list("user_id", flat=True))
    added = [pk for pk in extra if pk not in present]
    add_handlers(ticket, added, branch=loaded.branch)
    if added:
        bump_version(ticket)
    return f"SLA breached: escalated to {len(added)} more handler(s)"


def due_timer_ids(*, now: Any = None, limit: int = 500) -> list[int]:
    """Timers due now in the current tenant (the partial index `timer_due` serves this)."""
    now = now or timezone.now()
    return list(
        Timer.objects.filter(fired_at=None, cancelled_at=None, due_at__lte=now)
        .order_by("due_at")
        .values_list("pk", flat=True)[:limit]
    )
