"""Side effects of a ticket change, recorded in the change's own transaction.

Events go to the transactional outbox (`OutboxEvent`); the relay hands them to the broker after
commit (`engine.tickets.tasks`). Timers (timer transitions, SLAs) are rows armed on entering a
state and cancelled on leaving it. Nothing here talks to Redis or the network.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from core.access.auth import Principal
from engine.calendars.selectors import working_calendar
from engine.calendars.working_time import Calendar, NoWorkingTime, due_time
from engine.tickets.models import OutboxEvent, Ticket, Timer
from engine.tickets.tasks import relay_events
from engine.workflows.definitions.schema import StateDef, TransitionKind, WorkflowDocument, WorkflowEvent


def event(
    ticket: Ticket,
    name: WorkflowEvent | str,
    *,
    principal: Principal | None,
    state_key: str | None = None,
    visit: int | None = None,
    **data: Any,
) -> OutboxEvent:
    """An unsaved outbox row about `ticket` (its current state and visit unless told: a branch's
    events name the branch's)."""
    return OutboxEvent(
        event=str(name),
        ticket=ticket,
        state_key=ticket.state_key if state_key is None else state_key,
        state_entry=ticket.state_entry if visit is None else visit,
        actor=principal.user if principal is not None else None,
        via_app=principal.via if principal is not None else "",
        data=data,
    )


def save_events(events: Iterable[OutboxEvent]) -> None:
    """Insert the rows (one statement) and relay them to the broker once the transaction commits."""
    rows = OutboxEvent.objects.bulk_create(list(events))
    if not rows:
        return
    ids = [row.pk for row in rows]

    transaction.on_commit(lambda: relay_events(ids))


def has_timers(document: WorkflowDocument, state: StateDef | None) -> bool:
    if state is None:
        return False
    return state.sla is not None or any(
        t.kind == TransitionKind.TIMER for t in document.transitions_from(state.key)
    )


def timers_for(document: WorkflowDocument, ticket: Ticket, state: StateDef) -> list[Timer]:
    """The timers a visit of `state` arms (unsaved): its timer transitions, its SLA and the SLA's
    warning. A timer or SLA on a working clock falls due by the tenant's working calendar (read
    once, only then)."""
    now = timezone.now()
    calendar = _Calendar()
    timers = [
        Timer(
            ticket=ticket,
            kind=Timer.Kind.TRANSITION,
            state_key=state.key,
            state_entry=ticket.state_entry,
            transition_key=transition.key,
            due_at=calendar.due(now, transition.timer_seconds or 0, transition.timer_clock or "wall"),
        )
        for transition in document.transitions_from(state.key)
        if transition.kind == TransitionKind.TIMER and transition.timer_seconds
    ]
    sla = state.sla
    if sla is not None:
        clock = sla.clock or "wall"
        timers.append(
            Timer(
                ticket=ticket,
                kind=Timer.Kind.SLA,
                state_key=state.key,
                state_entry=ticket.state_entry,
                due_at=calendar.due(now, sla.duration_seconds, clock),
            )
        )
        warn = sla.warn_before_seconds
        if warn and warn < sla.duration_seconds:
            # On the SLA's own clock: "1 working day before" falls inside working time too.
            timers.append(
                Timer(
                    ticket=ticket,
                    kind=Timer.Kind.SLA_WARNING,
                    state_key=state.key,
                    state_entry=ticket.state_entry,
                    due_at=calendar.due(now, sla.duration_seconds - warn, clock),
                )
            )
    return timers


class _Calendar:
    """Due times of one arming: the working calendar is read on the first working clock."""

    def __init__(self) -> None:
        self.calendar: Calendar | None = None

    def due(self, start: datetime, seconds: int, clock: str) -> datetime:
        if clock == "wall":
            return start + timedelta(seconds=seconds)
        if self.calendar is None:
            self.calendar = working_calendar()
        try:
            return due_time(start, seconds, clock, self.calendar)
        except NoWorkingTime:
            # Publishing refuses a working clock without working time; should the calendar lose
            # it later, the timer still falls due (by the wall clock) rather than never.
            return start + timedelta(seconds=seconds)


def cancel_timers(ticket: Ticket, *visits: int) -> None:
    """The ticket (or its branches) left the states of these visits: their timers will never fire."""
    Timer.objects.filter(ticket=ticket, state_entry__in=visits, fired_at=None, cancelled_at=None).update(
        cancelled_at=timezone.now()
    )
