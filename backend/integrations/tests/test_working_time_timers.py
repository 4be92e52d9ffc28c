"""SLAs and timers on the working clock: armed by the tenant's working calendar, fired by the
scheduler when that time comes (not over the weekend), and their remind / escalate still happen."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from core.errors import ApplicationError
from engine.calendars.models import WorkingCalendar
from engine.calendars.services import holiday_set
from engine.tickets.models import FlowLog, Ticket, TicketHandler
from engine.tickets.services import ticket_create
from engine.workflows.services import workflow_create, workflow_publish
from engine.workflows.tests.factories import user_principal
from integrations import scheduler
from integrations.tests.factories import berlin, due_in_berlin, published
from integrations.webhooks.tests.factories import review_document


def _submit(key: str, *, sla: dict[str, Any] | None = None, timer: dict[str, Any] | None = None) -> Ticket:
    transitions = (
        ({"key": "expire", "name": "Expire", "source": "review", "target": "expired", **timer},)
        if timer
        else ()
    )
    document = review_document(
        "WT",
        review={"sla": sla} if sla else None,
        ends=("expired",) if timer else (),
        transitions=transitions,
    )
    workflow = published(key, document)
    return ticket_create(workflow=workflow, principal=user_principal("alice"), values={}, transition="submit")


def test_a_working_hours_sla_entered_on_friday_afternoon_reminds_on_monday(friday):
    # 4 working hours: 3 on Friday (15:00-18:00), 1 on Monday.
    ticket = _submit("remind", sla={"duration_seconds": 4 * 3600, "clock": "working", "action": "remind"})
    assert due_in_berlin(ticket, "sla") == berlin(2025, 3, 10, 10, 0)
    scheduler.tick(now=berlin(2025, 3, 9, 23, 0))  # the weekend passes: nothing
    assert not FlowLog.objects.filter(ticket=ticket, action="sla_breached").exists()
    scheduler.tick(now=berlin(2025, 3, 10, 10, 1))
    assert FlowLog.objects.filter(ticket=ticket, action="sla_breached").count() == 1
    ticket.refresh_from_db()
    assert ticket.state_key == "review"


def test_two_working_days_escalate_on_tuesday_and_a_holiday_moves_them(friday, make_user):
    make_user("it", "carol")
    holiday_set(day=datetime(2025, 3, 10).date(), name="Closed")
    escalate = {"kind": "users", "users": ["carol"]}
    sla = {
        "duration_seconds": 2 * 86400,
        "clock": "working_days",
        "action": "escalate",
        "escalate_to": escalate,
    }
    ticket = _submit("escalate", sla=sla)
    # Monday is a holiday: the second working day after Friday is Wednesday, same time of day.
    assert due_in_berlin(ticket, "sla") == berlin(2025, 3, 12, 15, 0)
    scheduler.tick(now=berlin(2025, 3, 11, 15, 0))
    assert not FlowLog.objects.filter(ticket=ticket, action="sla_breached").exists()
    scheduler.tick(now=berlin(2025, 3, 12, 15, 0))
    assert FlowLog.objects.filter(ticket=ticket, action="sla_breached").exists()
    assert TicketHandler.objects.filter(ticket=ticket, user__username="carol").exists()


def test_a_working_time_timer_transition_fires_on_monday(friday):
    wall = _submit("wall-timer", timer={"kind": "timer", "timer_seconds": 6 * 3600})
    working = _submit(
        "work-timer", timer={"kind": "timer", "timer_seconds": 6 * 3600, "timer_clock": "working"}
    )
    assert due_in_berlin(wall, "transition") == berlin(2025, 3, 7, 21, 0)
    assert due_in_berlin(working, "transition") == berlin(
        2025, 3, 10, 12, 0
    )  # 3 on Friday, 3 on Monday morning
    scheduler.tick(now=berlin(2025, 3, 8, 9, 0))
    wall.refresh_from_db()
    working.refresh_from_db()
    assert (wall.state_key, working.state_key) == ("expired", "review")
    scheduler.tick(now=berlin(2025, 3, 10, 11, 59))
    working.refresh_from_db()
    assert working.state_key == "review"
    scheduler.tick(now=berlin(2025, 3, 10, 12, 0) + timedelta(seconds=1))
    working.refresh_from_db()
    assert working.state_key == "expired"


def test_the_ticket_detail_shows_the_due_time(friday, login):
    ticket = _submit("shown", sla={"duration_seconds": 4 * 3600, "clock": "working", "action": "remind"})
    lead = login("it", "root", admin=True)
    body = lead.get(f"/api/v1/tickets/{ticket.pk}").json()
    assert body["due_at"] == "2025-03-10T09:00:00Z"
    assert body["sla"]["clock"] == "working"
    assert body["sla"]["overdue"] is True  # the test runs long after March 2025
    assert body["sla"]["remaining_seconds"] < 0


def test_publishing_a_working_clock_needs_working_time(world):
    WorkingCalendar.objects.create(week=[[] for _ in range(7)])
    document = review_document("WT", review={"sla": {"duration_seconds": 3600, "clock": "working"}})
    workflow = workflow_create(key="no-hours", name="No hours", document=document)
    with pytest.raises(ApplicationError) as refused:
        workflow_publish(workflow=workflow, actor=None)
    problems = {p["path"]: p["code"] for p in refused.value.details}
    assert problems["states.1.sla.clock"] == "no_working_time"
    days = review_document("WT", review={"sla": {"duration_seconds": 3600, "clock": "working_days"}})
    workflow = workflow_create(key="odd-days", name="Odd days", document=days)
    with pytest.raises(ApplicationError) as refused:
        workflow_publish(workflow=workflow, actor=None)
    assert "invalid_clock" in {p["code"] for p in refused.value.details}


def test_only_timer_transitions_take_a_timer_clock(world):
    clocked = {
        "key": "expire",
        "name": "Expire",
        "source": "review",
        "target": "expired",
        "timer_clock": "working",
    }
    document = review_document("WT", ends=("expired",), transitions=(clocked,))
    workflow = workflow_create(key="clocked", name="Clocked", document=document)
    with pytest.raises(ApplicationError) as refused:
        workflow_publish(workflow=workflow, actor=None)
    assert "transitions.2.timer_clock" in {p["path"] for p in refused.value.details}
