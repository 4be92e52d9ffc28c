"""Timers (timer transitions, SLAs), the outbox rows ticket changes write, and the scheduler."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from core.errors import ApplicationError
from engine.tickets import tasks as outbox
from engine.tickets.models import FlowLog, OutboxEvent, Ticket, Timer
from engine.tickets.runtime.background import timer_fire
from engine.tickets.services import ticket_create, ticket_handle
from engine.workflows.tests.factories import user_principal
from integrations import scheduler
from integrations.tests.factories import EXPIRE, published
from integrations.webhooks.tests.factories import review_document


def _workflow(key: str = "timed", *, sla: dict[str, Any] | None = None) -> Any:
    """draft → review (by lead, with `sla` if given) → done, or expired an hour into the review."""
    review = {"sla": sla} if sla is not None else None
    return published(key, review_document("TM", review=review, ends=("expired",), transitions=(EXPIRE,)))


def _submit(workflow: Any) -> Ticket:
    return ticket_create(workflow=workflow, principal=user_principal("alice"), values={}, transition="submit")


def test_a_change_writes_its_events_in_its_own_transaction(world):
    ticket = _submit(_workflow())
    events = list(OutboxEvent.objects.filter(ticket=ticket).order_by("id").values_list("event", "state_key"))
    assert events == [("created", "draft"), ("transition", "review"), ("state_entered", "review")]
    ticket_handle(ticket_id=ticket.pk, principal=user_principal("lead"), transition="approve")
    names = list(OutboxEvent.objects.filter(ticket=ticket).order_by("id").values_list("event", flat=True))
    assert names[3:] == ["transition", "state_entered", "finished"]
    event = OutboxEvent.objects.filter(ticket=ticket, event="transition").last()
    assert event is not None
    assert event.actor is not None
    assert event.actor.username == "lead"
    assert event.data["transition"] == "approve"
    assert (event.data["from_state"], event.data["to_state"]) == ("review", "done")


def test_a_refused_change_writes_no_event(world):
    workflow = _workflow()
    ticket = _submit(workflow)
    before = OutboxEvent.objects.count()
    with pytest.raises(ApplicationError):
        ticket_handle(ticket_id=ticket.pk, principal=user_principal("alice"), transition="approve")
    assert OutboxEvent.objects.count() == before


def test_entering_a_state_arms_its_timers_and_leaving_cancels_them(world):
    ticket = _submit(_workflow(sla={"duration_seconds": 600, "action": "remind"}))
    timers = {t.kind: t for t in Timer.objects.filter(ticket=ticket)}
    assert set(timers) == {"transition", "sla"}
    assert timers["transition"].transition_key == "expire"
    assert timers["sla"].due_at - timers["sla"].created_at == pytest.approx(
        timedelta(seconds=600), abs=timedelta(seconds=5)
    )
    ticket_handle(ticket_id=ticket.pk, principal=user_principal("lead"), transition="approve")
    assert not Timer.objects.filter(ticket=ticket, cancelled_at=None).exists()


def test_the_scheduler_fires_a_due_timer_transition_once(world):
    # Counts are about this ticket only: the tick visits every tenant, other tests may leave timers.
    ticket = _submit(_workflow())
    scheduler.tick()
    ticket.refresh_from_db()
    assert ticket.state_key == "review"  # not due yet
    later = timezone.now() + timedelta(hours=2)
    assert scheduler.tick(now=later).timers_fired >= 1
    ticket.refresh_from_db()
    assert (ticket.state_key, ticket.status) == ("expired", "finished")
    log = FlowLog.objects.filter(ticket=ticket).order_by("id").last()
    assert log is not None
    assert (log.action, log.transition_key, log.actor_id) == ("timer", "expire", None)
    scheduler.tick(now=later)
    assert FlowLog.objects.filter(ticket=ticket, action="timer").count() == 1
    assert (
        list(OutboxEvent.objects.filter(ticket=ticket).order_by("id").values_list("event", flat=True))[-1]
        == "finished"
    )


def test_a_timer_that_fires_after_the_ticket_moved_does_nothing(world):
    ticket = _submit(_workflow())
    timer = Timer.objects.get(ticket=ticket, kind="transition")
    ticket_handle(ticket_id=ticket.pk, principal=user_principal("lead"), transition="approve")
    # Leaving cancels it; even if it fired anyway (a race), the visit check keeps the ticket put.
    Timer.objects.filter(pk=timer.pk).update(cancelled_at=None)
    assert timer_fire(timer_id=timer.pk).startswith("stale")
    ticket.refresh_from_db()
    assert ticket.state_key == "done"


def test_an_sla_breach_reminds_and_an_auto_transition_moves(world):
    remind = _submit(_workflow("remind", sla={"duration_seconds": 60, "action": "remind"}))
    auto = _submit(
        _workflow("auto", sla={"duration_seconds": 60, "action": "auto_transition", "transition": "approve"})
    )
    soon = timezone.now() + timedelta(minutes=5)
    scheduler.tick(now=soon)
    remind.refresh_from_db()
    auto.refresh_from_db()
    assert remind.state_key == "review"
    assert FlowLog.objects.filter(ticket=remind, action="sla_breached").exists()
    assert OutboxEvent.objects.filter(ticket=remind, event="sla_breached").exists()
    assert (auto.state_key, auto.status) == ("done", "finished")
    assert FlowLog.objects.filter(ticket=auto, action="sla").exists()


def test_the_sweep_resends_events_the_broker_never_got(world, monkeypatch):
    sent: list[int] = []
    monkeypatch.setattr(outbox.process_events, "send", lambda event_ids: sent.extend(event_ids))
    ticket = _submit(_workflow())
    ids = set(OutboxEvent.objects.filter(ticket=ticket).values_list("pk", flat=True))
    assert outbox.sweep_outbox() == 0  # too young: the relay may still be on its way
    later = timezone.now() + timedelta(minutes=2)
    assert outbox.sweep_outbox(now=later) == len(ids)
    assert set(sent) == ids
    assert outbox.sweep_outbox(now=later) == 0  # not again within a minute
    for event_id in ids:
        outbox.process_event.fn(event_id)
    assert not OutboxEvent.objects.filter(ticket=ticket, processed_at=None).exists()
    assert outbox.sweep_outbox(now=later + timedelta(minutes=5)) == 0


def test_processing_locks_only_the_event_row(world):
    """Locking the joined ticket and version rows too made concurrent events of the same ticket or
    workflow skip each other (`SKIP LOCKED`) and wait for the sweep."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    ticket = _submit(_workflow())
    event = OutboxEvent.objects.filter(ticket=ticket).first()
    assert event is not None
    with CaptureQueriesContext(connection) as queries:
        outbox.process_event.fn(event.pk)
    locking = [q["sql"] for q in queries.captured_queries if "FOR UPDATE" in q["sql"]]
    assert locking
    assert 'FOR UPDATE OF "engine_outboxevent" SKIP LOCKED' in locking[0]


def test_a_worker_takes_timers_before_any_other_message():
    """In a burst the timers fire on time; the fan-out of their events waits (dramatiq runs a
    worker's fetched messages lowest priority number first)."""
    import dramatiq

    fire = outbox.fire_timers
    others = [actor for actor in dramatiq.get_broker().actors.values() if actor is not fire]
    assert others
    assert all(fire.priority < actor.priority for actor in others)
