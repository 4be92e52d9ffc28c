"""The SLA warning: armed with the SLA at `warn_before_seconds` before it runs out (on the SLA's own
clock, working calendars included), fired once by the scheduler, ignored once the ticket moved on,
logged on the ticket ("SLA due in ...") and fanned out to the visit's handlers (inbox, email)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from django.utils import timezone

from engine.tickets.models import FlowLog, OutboxEvent, Ticket, Timer
from engine.tickets.runtime.background import timer_fire
from engine.tickets.services import ticket_create, ticket_handle
from engine.workflows.tests.factories import user_principal
from integrations import scheduler
from integrations.inbox.models import InboxItem, NotificationPreference
from integrations.inbox.tests.factories import process
from integrations.tests.factories import FRIDAY_AFTERNOON, berlin, due_in_berlin, published
from integrations.webhooks.tests.factories import review_document


def _submit(key: str, sla: dict[str, Any]) -> Ticket:
    workflow = published(key, review_document("SW", review={"sla": sla}))
    return ticket_create(workflow=workflow, principal=user_principal("alice"), values={}, transition="submit")


def _warnings(ticket: Ticket) -> int:
    return FlowLog.objects.filter(ticket=ticket, action="sla_warning").count()


# ---- when the warning falls due ---------------------------------------------------------------------


def test_a_wall_clock_warning_comes_warn_before_seconds_before_the_sla(friday):
    ticket = _submit("wall", {"duration_seconds": 4 * 3600, "warn_before_seconds": 3600})
    assert due_in_berlin(ticket, "sla") == berlin(2025, 3, 7, 19, 0)
    assert due_in_berlin(ticket, "sla_warning") == berlin(2025, 3, 7, 18, 0)


def test_a_working_hours_warning_counts_working_time_over_the_weekend(friday):
    # 4 working hours from Friday 15:00: 3 on Friday, 1 on Monday (due 10:00). Warned 30 working
    # minutes before: after 3.5 working hours, Monday 09:30, not Friday evening.
    sla = {"duration_seconds": 4 * 3600, "clock": "working", "warn_before_seconds": 1800}
    ticket = _submit("working", sla)
    assert due_in_berlin(ticket, "sla") == berlin(2025, 3, 10, 10, 0)
    assert due_in_berlin(ticket, "sla_warning") == berlin(2025, 3, 10, 9, 30)
    # 2 working hours before: after 2 working hours, still on Friday (17:00).
    early = _submit("working-early", {**sla, "warn_before_seconds": 2 * 3600})
    assert due_in_berlin(early, "sla_warning") == berlin(2025, 3, 7, 17, 0)


def test_a_working_days_warning_comes_whole_working_days_before(friday):
    sla = {"duration_seconds": 3 * 86400, "clock": "working_days", "warn_before_seconds": 86400}
    ticket = _submit("days", sla)
    # Three working days after Friday 15:00 is Wednesday 15:00; a day before is Tuesday 15:00.
    assert due_in_berlin(ticket, "sla") == berlin(2025, 3, 12, 15, 0)
    assert due_in_berlin(ticket, "sla_warning") == berlin(2025, 3, 11, 15, 0)


def test_no_warning_timer_without_warn_before_seconds(friday):
    ticket = _submit("plain", {"duration_seconds": 3600})
    assert list(Timer.objects.filter(ticket=ticket).values_list("kind", flat=True)) == ["sla"]


# ---- firing -----------------------------------------------------------------------------------------


def test_the_scheduler_fires_the_warning_once_and_the_handlers_hear_of_it(friday):
    sla = {"duration_seconds": 4 * 3600, "clock": "working", "warn_before_seconds": 1800}
    ticket = _submit("fires", sla)
    process(ticket)
    scheduler.tick(now=berlin(2025, 3, 10, 9, 29))
    assert _warnings(ticket) == 0
    report = scheduler.tick(now=berlin(2025, 3, 10, 9, 31))
    assert report.timers_fired == 1
    assert _warnings(ticket) == 1
    log = FlowLog.objects.get(ticket=ticket, action="sla_warning")
    due = berlin(2025, 3, 10, 10, 0)
    assert datetime.fromisoformat(log.changed_fields["sla_due_at"]) == due
    assert (log.from_state, log.to_state, log.actor_id) == ("review", "review", None)
    [event] = OutboxEvent.objects.filter(ticket=ticket, event="sla_warning")
    assert (event.state_key, event.state_entry) == ("review", ticket.state_entry)
    assert datetime.fromisoformat(event.data["sla_due_at"]) == due
    # Ticks after, and the same timer fired again, add nothing.
    assert scheduler.tick(now=berlin(2025, 3, 10, 9, 45)).timers_fired == 0
    assert timer_fire(timer_id=Timer.objects.get(ticket=ticket, kind="sla_warning").pk) == "skipped"
    assert _warnings(ticket) == 1


def test_the_handlers_hear_of_the_warning_once_and_the_breach_still_comes(friday):
    sla = {"duration_seconds": 4 * 3600, "clock": "working", "warn_before_seconds": 1800}
    ticket = _submit("heard", sla)
    process(ticket)
    scheduler.tick(now=berlin(2025, 3, 10, 9, 31))
    due = berlin(2025, 3, 10, 10, 0)
    # The handler (lead) gets one inbox row saying when the SLA runs out; the creator none.
    process(ticket)
    process(ticket)
    item = InboxItem.objects.get(user__username="lead", kind="sla")
    assert item.due_at == due
    assert item.state_name == "Review"
    assert not InboxItem.objects.filter(user__username="alice", kind="sla").exists()
    # The SLA itself still breaches later, once.
    scheduler.tick(now=berlin(2025, 3, 10, 10, 1))
    assert FlowLog.objects.filter(ticket=ticket, action="sla_breached").count() == 1
    assert _warnings(ticket) == 1


def test_no_warning_once_the_ticket_moved_on(friday):
    ticket = _submit("moved", {"duration_seconds": 4 * 3600, "warn_before_seconds": 3600})
    ticket_handle(ticket_id=ticket.pk, principal=user_principal("lead"), transition="approve")
    warning = Timer.objects.get(ticket=ticket, kind="sla_warning")
    assert warning.cancelled_at is not None
    scheduler.tick(now=berlin(2025, 3, 8, 12, 0))
    assert _warnings(ticket) == 0
    assert not OutboxEvent.objects.filter(ticket=ticket, event="sla_warning").exists()


def test_a_stale_warning_fired_directly_only_records_that(friday):
    ticket = _submit("stale", {"duration_seconds": 4 * 3600, "warn_before_seconds": 3600})
    warning = Timer.objects.get(ticket=ticket, kind="sla_warning")
    # The ticket moved on without the timer being cancelled (a race): firing it changes nothing.
    Ticket.objects.filter(pk=ticket.pk).update(state_entry=ticket.state_entry + 1)
    assert timer_fire(timer_id=warning.pk).startswith("stale")
    assert _warnings(ticket) == 0


def test_preferences_keep_the_warning_out_of_the_inbox(friday):
    from core.access.models import User

    NotificationPreference.objects.create(user=User.objects.get(username="lead"), channels={"sla": ["email"]})
    ticket = _submit("prefs", {"duration_seconds": 7200, "warn_before_seconds": 3600})
    scheduler.tick(now=FRIDAY_AFTERNOON + timedelta(hours=1, seconds=1))
    process(ticket)
    assert _warnings(ticket) == 1
    assert not InboxItem.objects.filter(user__username="lead", kind="sla").exists()


def test_the_flow_log_shows_the_warning_with_its_due_time(friday, login):
    ticket = _submit("shown", {"duration_seconds": 7200, "warn_before_seconds": 3600})
    scheduler.tick(now=FRIDAY_AFTERNOON + timedelta(hours=1, seconds=1))
    client = login("it", "root", admin=True)
    rows = client.get(f"/api/v1/tickets/{ticket.pk}/flow-log").json()
    [row] = [row for row in rows if row["action"] == "sla_warning"]
    assert datetime.fromisoformat(row["changed_fields"]["sla_due_at"]) == FRIDAY_AFTERNOON + timedelta(
        hours=2
    )


def test_the_ticket_detail_says_when_the_warning_fallsdue_in_berlin(friday, login):
    ticket = _submit(
        "detail", {"duration_seconds": 4 * 3600, "clock": "working", "warn_before_seconds": 1800}
    )
    plain = _submit("detail-plain", {"duration_seconds": 3600})
    client = login("it", "root", admin=True)
    sla = client.get(f"/api/v1/tickets/{ticket.pk}").json()["sla"]
    assert datetime.fromisoformat(sla["due_at"]) == berlin(2025, 3, 10, 10, 0)
    assert datetime.fromisoformat(sla["warn_at"]) == berlin(2025, 3, 10, 9, 30)
    assert (sla["overdue"], sla["warning"]) == (True, False)  # the test runs long after March 2025
    assert client.get(f"/api/v1/tickets/{plain.pk}").json()["sla"]["warn_at"] is None

    # Between the warning and the deadline: `warning` says the SLA runs out soon.
    now = timezone.now()
    Timer.objects.filter(ticket=ticket, kind="sla_warning").update(due_at=now - timedelta(minutes=5))
    Timer.objects.filter(ticket=ticket, kind="sla").update(due_at=now + timedelta(hours=1))
    sla = client.get(f"/api/v1/tickets/{ticket.pk}").json()["sla"]
    assert (sla["overdue"], sla["warning"]) == (False, True)
    # Once the ticket moves on, its timers are cancelled and nothing is due.
    ticket_handle(ticket_id=ticket.pk, principal=user_principal("lead"), transition="approve")
    assert client.get(f"/api/v1/tickets/{ticket.pk}").json()["sla"] is None


# ---- validation -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sla",
    [
        {"duration_seconds": 3600, "warn_before_seconds": 3600},  # not before the SLA runs out
        {
            "duration_seconds": 2 * 86400,
            "clock": "working_days",
            "warn_before_seconds": 3600,
        },  # part of a day
    ],
)
def test_publishing_refuses_a_warning_that_cannot_come_first(friday, sla):
    from core.errors import ApplicationError
    from engine.workflows.services import workflow_create, workflow_publish

    document = review_document("SW", review={"sla": sla})
    workflow = workflow_create(key="bad-warning", name="Bad warning", document=document)
    with pytest.raises(ApplicationError) as refused:
        workflow_publish(workflow=workflow, actor=None)
    problems = {p["path"]: p["code"] for p in refused.value.details}
    assert problems == {"states.1.sla.warn_before_seconds": "invalid_sla"}


def test_a_warning_of_no_time_is_not_a_document():
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        review_document("SW", review={"sla": {"duration_seconds": 60, "warn_before_seconds": 0}})
