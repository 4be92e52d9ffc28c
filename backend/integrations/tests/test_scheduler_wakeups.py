"""The scheduler visits only tenants that need it: wake-ups published after commits (Redis), the
fallback table when Redis is down, the full pass when Redis lost them, and the slow rotation."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
import redis
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tenants.utils import schema_context

from conftest import free_port
from core import wakeups
from core.directory.schemas import DirectorySyncIn
from core.directory.sync import directory_sync
from core.redis import get_redis
from engine.tickets import events
from engine.tickets.models import OutboxEvent, Ticket, Timer
from engine.tickets.services import ticket_create
from engine.workflows.tests.factories import user_principal
from integrations.scheduler import due as due_module
from integrations.scheduler import wakeset
from integrations.scheduler.loop import Loop, Rotation
from integrations.tests.factories import published
from integrations.webhooks.tests.factories import DIRECTORY, review_document
from tenants.models import WakeUp

EXPIRE = {
    "key": "expire",
    "name": "Expire",
    "source": "review",
    "target": "expired",
    "kind": "timer",
    "timer_seconds": 3600,
}


@pytest.fixture
def hr(world: None) -> None:
    """Tenant `it` as `world` leaves it, and `hr` with the same people."""
    with schema_context("hr"):
        directory_sync(payload=DirectorySyncIn.model_validate(DIRECTORY), actor="test")


def _timed_ticket(schema: str, capture: Any) -> Ticket:
    """A ticket in review in `schema`, whose timer expires it an hour later; the commit's
    callbacks (the outbox relay, the wake-ups) run."""
    with schema_context(schema), capture(execute=True):
        workflow = published("timed", review_document("TM", ends=("expired",), transitions=(EXPIRE,)))
        return ticket_create(
            workflow=workflow, principal=user_principal("alice"), values={}, transition="submit"
        )


def _wakeups() -> dict[str, float]:
    rows: Any = get_redis().zrange(wakeups.KEY, 0, -1, withscores=True)
    return {member.decode(): score for member, score in rows}


def _idle_loop() -> Loop:
    """A running scheduler past its first pass: every tenant's wake-up published, the set marked
    complete."""
    # The test's transaction is this thread's connection's; timers fire here, not in a worker.
    loop = Loop(threads=1, handoff=False)
    loop.start()
    loop.step()
    assert loop.rotation.rushing == 0
    return loop


def _dead_redis() -> redis.Redis:
    """A client of a Redis that is not there (nothing listens on the port)."""
    return redis.Redis(host="127.0.0.1", port=free_port(), socket_connect_timeout=0.5)


def test_a_ticket_change_publishes_its_timer_and_outbox_wakeups(hr, django_capture_on_commit_callbacks):
    before = timezone.now()
    ticket = _timed_ticket("hr", django_capture_on_commit_callbacks)
    with schema_context("hr"):
        timer = Timer.objects.get(ticket=ticket, kind="transition")
    # The earliest wins: the outbox relay's (when the sweep would find its events) before the timer's.
    score = _wakeups()["hr"]
    assert score <= timer.due_at.timestamp()
    assert before.timestamp() < score <= (timezone.now() + timedelta(seconds=31)).timestamp()
    assert "it" not in _wakeups()


def test_a_job_sent_and_a_delegation_set_to_start_publish_their_wakeups(
    hr, django_capture_on_commit_callbacks, settings
):
    from core.access.models import User
    from engine.delegations.services import NewDelegation, delegation_create
    from integrations.common.jobs import send_rows
    from integrations.webhooks.tasks import deliver_webhook

    now = timezone.now()
    with schema_context("hr"):
        send_rows(deliver_webhook, [987654], what="webhook delivery")  # (nothing to deliver: never claimed)
    # When the sweep would take it back as lost in transit.
    assert _wakeups()["hr"] == pytest.approx(now.timestamp() + settings.JOB_RESEND_AFTER_SECONDS, abs=5)
    starts = now + timedelta(minutes=10)
    with schema_context("it"), django_capture_on_commit_callbacks(execute=True):
        delegation_create(
            new=NewDelegation(
                delegator=User.objects.get(username="lead"),
                delegate_username="alice",
                starts_at=starts,
                ends_at=starts + timedelta(days=1),
                move_waiting=True,
            ),
            created_by=None,
        )
    assert _wakeups()["it"] == pytest.approx(starts.timestamp())


def test_an_idle_step_visits_no_tenant(hr):
    loop = _idle_loop()
    # As in the scheduler's process, whose connection stays in the public schema between visits.
    with schema_context("public"):
        loop.step()
        with CaptureQueriesContext(connection) as queries:
            for _ in range(5):
                report = loop.step()
                assert (report.visited, report.rotated) == ([], 0)
    # Only the look at the fallback table, no tenant's schema.
    assert len(queries.captured_queries) == 5
    assert all("scheduler_wakeup" in q["sql"] for q in queries.captured_queries)


def test_a_timer_in_one_tenant_fires_on_time_while_the_other_is_never_visited(
    hr, django_capture_on_commit_callbacks
):
    loop = _idle_loop()
    ticket = _timed_ticket("hr", django_capture_on_commit_callbacks)
    with schema_context("hr"):
        timer = Timer.objects.get(ticket=ticket, kind="transition")
        OutboxEvent.objects.update(processed_at=timezone.now())  # as a worker would
    # The relay's wake-up: the events were processed; nothing is due in `it`, the timer later.
    report = loop.step(now=timezone.now() + timedelta(seconds=40))
    assert report.visited == ["hr"]
    assert report.timers_fired == 0
    assert _wakeups() == {"hr": pytest.approx(timer.due_at.timestamp())}
    assert loop.step(now=timer.due_at - timedelta(seconds=1)).visited == []
    report = loop.step(now=timer.due_at + timedelta(milliseconds=10))
    assert (report.visited, report.timers_fired) == (["hr"], 1)
    with schema_context("hr"):
        ticket.refresh_from_db()
    assert ticket.state_key == "expired"


def test_a_visit_runs_only_the_parts_that_are_due(hr):
    loop = _idle_loop()
    with schema_context("hr"):
        workflow = published("timed", review_document("TM", ends=("expired",), transitions=(EXPIRE,)))
        ticket = ticket_create(
            workflow=workflow, principal=user_principal("alice"), values={}, transition="submit"
        )
        # The commit's callbacks never ran here (a process killed after its commit): no wake-up.
        due = due_module.read_due(now=timezone.now())
        unsent = OutboxEvent.objects.filter(ticket=ticket, processed_at=None).count()
    assert set(due.at) == {"timers", "outbox"}
    assert unsent == 3
    wakeups.wake("hr", timezone.now())
    with CaptureQueriesContext(connection) as queries:
        report = loop.step(now=timezone.now() + timedelta(seconds=31))
    assert report.visited == ["hr"]
    assert report.resent == {"outbox": 3}
    assert report.timers_fired == 0
    sql = " ".join(q["sql"] for q in queries.captured_queries)
    assert "integrations_webhookdelivery" not in sql.split("SELECT min", 1)[0]  # no job sweep ran


def test_every_event_subscriber_has_its_due_time():
    assert {subscriber.name for subscriber in events.subscribers()} <= set(due_module.KINDS)


def test_a_wakeup_lost_to_a_redis_outage_is_found_through_the_fallback_table(
    hr, django_capture_on_commit_callbacks, monkeypatch
):
    loop = _idle_loop()
    monkeypatch.setattr(wakeups, "get_redis", _dead_redis)
    ticket = _timed_ticket("hr", django_capture_on_commit_callbacks)
    [row] = WakeUp.objects.all()
    assert row.schema_name == "hr"
    assert _wakeups() == {}
    monkeypatch.undo()
    # Redis is back: the next step moves the row there and visits the tenant, due at once (a new
    # workflow changes the tenant's figures), which publishes its next wake-up to Redis.
    assert row.due_at <= timezone.now()
    assert loop.step().visited == ["hr"]
    assert not WakeUp.objects.exists()
    assert "hr" in _wakeups()
    with schema_context("hr"):
        due_at = Timer.objects.get(ticket=ticket).due_at
    assert loop.step(now=due_at + timedelta(seconds=1)).timers_fired == 1


def test_while_redis_is_down_the_fallback_rows_are_visited_directly(hr, monkeypatch):
    loop = _idle_loop()
    now = timezone.now()
    wakeups.wake_in_table("hr", now)
    wakeups.wake_in_table("hr", now + timedelta(minutes=5))  # the earliest is kept
    wakeups.wake_in_table("it", now + timedelta(minutes=5))
    monkeypatch.setattr(wakeset, "get_redis", _dead_redis)
    monkeypatch.setattr(wakeups, "get_redis", _dead_redis)
    report = loop.step(now=now + timedelta(seconds=1))
    assert "hr" in report.visited
    assert report.tenants == len(loop.rotation.schemas)  # every tenant is looked at in turn meanwhile
    assert set(WakeUp.objects.values_list("schema_name", flat=True)) == {"it"}


def test_redis_that_lost_its_data_makes_the_scheduler_look_at_every_tenant(hr):
    loop = _idle_loop()
    with schema_context("hr"):
        workflow = published("timed", review_document("TM", ends=("expired",), transitions=(EXPIRE,)))
        ticket = ticket_create(
            workflow=workflow, principal=user_principal("alice"), values={}, transition="submit"
        )
        due_at = Timer.objects.get(ticket=ticket).due_at
    get_redis().flushdb()  # a restart without persistence: wake-ups and the sentinel are gone
    report = loop.step()
    assert report.rotated == len(loop.rotation.schemas) >= 2
    assert get_redis().exists(wakeups.SENTINEL)
    assert "hr" in _wakeups()
    assert loop.step(now=due_at + timedelta(seconds=1)).timers_fired == 1


def test_the_rotation_reaches_every_tenant_once_within_its_period():
    rotation = Rotation(schemas=[f"t{i}" for i in range(25)])
    seen: list[str] = []
    clock = 0.0
    rotation.take(clock, 10.0)  # starts the clock
    while clock < 10.0:
        clock += 0.3
        taken, rush = rotation.take(clock, 10.0)
        assert not rush
        seen += taken
    assert sorted(seen) == sorted(rotation.schemas)


def test_the_rotation_finds_work_whose_wakeup_was_lost(hr, settings):
    settings.SCHEDULER_SAFETY_SWEEP_SECONDS = 1
    loop = _idle_loop()
    with schema_context("hr"):
        workflow = published("timed", review_document("TM", ends=("expired",), transitions=(EXPIRE,)))
        ticket_create(workflow=workflow, principal=user_principal("alice"), values={}, transition="submit")
    assert "hr" not in _wakeups()  # killed between the commit and the publish
    loop.rotation.last = 0.0  # more than a period ago: this step's slice is every tenant
    report = loop.step()
    assert report.rotated == len(loop.rotation.schemas)
    assert "hr" in _wakeups()


def test_a_bogus_wakeup_is_dropped(hr):
    loop = _idle_loop()
    for member in ("nosuch", "public", "tenant_template"):
        get_redis().zadd(wakeups.KEY, {member: 0})
    report = loop.step()
    assert report.visited == []
    assert _wakeups() == {}


def test_the_fallback_model_is_the_table_core_writes():
    assert WakeUp._meta.db_table == wakeups.FALLBACK_TABLE


def test_due_timers_are_handed_to_the_workers_once(hr, django_capture_on_commit_callbacks, settings):
    import json

    from engine.tickets.tasks import fire_timers

    settings.SCHEDULER_TIMER_LOOKAHEAD_SECONDS = 0  # only the timers due now
    loop = Loop(threads=1, handoff=True)
    loop.start()
    loop.step()
    ticket = _timed_ticket("hr", django_capture_on_commit_callbacks)
    with schema_context("hr"):
        timer = Timer.objects.get(ticket=ticket, kind="transition")
        OutboxEvent.objects.update(processed_at=timezone.now())  # as a worker would
    report = loop.step(now=timer.due_at + timedelta(milliseconds=10))
    assert (report.visited, report.timers_handed_over, report.timers_fired) == (["hr"], 1, 0)
    [message] = [json.loads(raw) for raw in get_redis().hvals("loonflow:timers.msgs")]
    get_redis().delete("loonflow:timers.msgs", "loonflow:timers")
    assert (message["actor_name"], message["args"], message["options"]["tenant_schema"]) == (
        "fire_timers",
        [[timer.pk]],
        "hr",
    )
    # While the worker has it, the tenant is left alone: looked at again 30 s on.
    assert _wakeups()["hr"] == pytest.approx((timer.due_at + timedelta(seconds=30)).timestamp(), abs=0.1)
    assert loop.step(now=timer.due_at + timedelta(seconds=1)).visited == []
    # Still unfired then (the message was lost): sent again.
    report = loop.step(now=timer.due_at + timedelta(seconds=31))
    assert (report.visited, report.timers_handed_over) == (["hr"], 1)
    with schema_context("hr"):
        fire_timers(*message["args"])  # what the worker runs
        ticket.refresh_from_db()
    assert ticket.state_key == "expired"
    assert loop.step(now=timer.due_at + timedelta(seconds=62)).visited == ["hr"]
    with schema_context("hr"):
        assert "timers" not in due_module.read_due(now=timezone.now()).at  # none left to hand over


def test_the_rotation_housekeeps_each_tenant_at_most_once_per_period(hr, settings, monkeypatch):
    from integrations.scheduler import work

    swept: list[str] = []

    def sweep(*, now: Any) -> int:
        from core.tenancy import current_schema

        swept.append(current_schema())
        return 1

    monkeypatch.setattr(work, "HOUSEKEEPING", [("recorded", sweep)])
    settings.SCHEDULER_SAFETY_SWEEP_SECONDS = 1
    settings.ATTACHMENT_SWEEP_SECONDS = 0
    loop = _idle_loop()  # its first pass (a rush) does no housekeeping
    assert swept == []
    loop.rotation.last = 0.0  # a period ago: this step's slice is every tenant
    report = loop.step()
    assert sorted(swept) == sorted(loop.rotation.schemas)
    assert report.deleted == {"recorded": len(swept)}
    settings.ATTACHMENT_SWEEP_SECONDS = 3600
    loop.rotation.last = 0.0
    loop.step()
    assert len(swept) == len(loop.rotation.schemas)  # not again within the hour


def test_a_visit_with_only_timers_due_costs_one_query(hr, django_capture_on_commit_callbacks):
    from integrations.scheduler.work import TickReport, TimerHandoff, visit

    ticket = _timed_ticket("hr", django_capture_on_commit_callbacks)
    with schema_context("hr"):
        OutboxEvent.objects.update(processed_at=timezone.now())  # as a worker would
        timer = Timer.objects.get(ticket=ticket, kind="transition")
        report, at = TickReport(), timer.due_at + timedelta(milliseconds=10)
        with CaptureQueriesContext(connection) as queries:
            wake_at = visit(report, at, TimerHandoff())
    get_redis().delete("loonflow:timers.msgs", "loonflow:timers")
    assert report.timers_handed_over == 1
    assert len(queries.captured_queries) == 1  # what is due, the due timers' ids with it
    assert wake_at == at + timedelta(seconds=30)  # looked at again only if still unfired then


def _timer_messages() -> list[dict[str, Any]]:
    """The `fire_timers` messages sent so far (taken off the queue)."""
    import json

    messages = [json.loads(raw) for raw in get_redis().hvals("loonflow:timers.msgs")]
    get_redis().delete("loonflow:timers.msgs", "loonflow:timers")
    return sorted(messages, key=lambda message: message["message_timestamp"])


def test_timers_due_soon_are_held_and_sent_when_due_without_a_visit(
    hr, django_capture_on_commit_callbacks, settings
):
    settings.SCHEDULER_TIMER_LOOKAHEAD_SECONDS = 30
    loop = Loop(threads=1, handoff=True)
    loop.start()
    loop.step()
    ticket = _timed_ticket("hr", django_capture_on_commit_callbacks)
    with schema_context("hr"):
        OutboxEvent.objects.update(processed_at=timezone.now())  # as a worker would
        timer = Timer.objects.get(ticket=ticket, kind="transition")
        soon = Timer.objects.create(
            ticket=ticket,
            kind=Timer.Kind.TRANSITION,
            state_key=ticket.state_key,
            state_entry=ticket.state_entry,
            transition_key="expire",
            due_at=timer.due_at + timedelta(seconds=20),
        )
        later = Timer.objects.create(
            ticket=ticket,
            kind=Timer.Kind.TRANSITION,
            state_key=ticket.state_key,
            state_entry=ticket.state_entry,
            transition_key="expire",
            due_at=timer.due_at + timedelta(seconds=45),
        )
    at = timer.due_at + timedelta(milliseconds=10)
    report = loop.step(now=at)
    # The due one goes now; the one due within the look-ahead is held, not sent.
    assert (report.visited, report.timers_handed_over) == (["hr"], 1)
    assert [message["args"] for message in _timer_messages()] == [[[timer.pk]]]
    assert loop.handoff is not None
    assert loop.handoff.next_due() == soon.due_at
    loop.next_at = None  # no wake-up sooner: the loop sleeps until the held timer is due
    assert loop.pause(7200.0) == pytest.approx((soon.due_at - timezone.now()).total_seconds(), abs=1)
    # Next looked at for the first timer past the look-ahead.
    assert _wakeups()["hr"] == pytest.approx(later.due_at.timestamp(), abs=0.1)
    # Before it is due, nothing leaves; once due, it is sent with no visit to the tenant.
    assert loop.step(now=soon.due_at - timedelta(seconds=1)).timers_handed_over == 0
    assert _timer_messages() == []
    report = loop.step(now=soon.due_at)
    assert (report.visited, report.timers_handed_over) == ([], 1)
    [message] = _timer_messages()
    assert (message["args"], message["options"]["tenant_schema"]) == ([[soon.pk]], "hr")
    # A visit in between (the rotation, another wake-up) does not hold or send it a second time.
    with schema_context("hr"):
        from integrations.scheduler.work import TickReport, visit

        visit(TickReport(), soon.due_at + timedelta(seconds=1), loop.handoff)
    assert _timer_messages() == []


def test_held_timers_the_broker_refuses_are_fired_by_a_visit(
    hr, django_capture_on_commit_callbacks, settings, monkeypatch
):
    from engine.tickets.tasks import fire_timers
    from integrations.scheduler.work import TimerHandoff

    ticket = _timed_ticket("hr", django_capture_on_commit_callbacks)
    with schema_context("hr"):
        timer = Timer.objects.get(ticket=ticket, kind="transition")
        handoff = TimerHandoff(timedelta(seconds=30))
        assert handoff.hold([(timer.pk, timer.due_at)]) == 1
        assert handoff.hold([(timer.pk, timer.due_at)]) == 0  # held once

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise redis.ConnectionError("down")

    monkeypatch.setattr(fire_timers, "send_with_options", refuse)
    assert handoff.release(timer.due_at) == (0, ["hr"])
    assert handoff.next_due() is None
    # Not marked as with the workers: the visit that follows fires it itself (the broker is down).
    loop = Loop(threads=1, handoff=False)
    loop.handoff = handoff
    with schema_context("hr"):
        from integrations.scheduler.work import TickReport, visit

        report = TickReport()
        visit(report, timer.due_at + timedelta(seconds=1), handoff)
        ticket.refresh_from_db()
    assert (report.timers_fired, ticket.state_key) == (1, "expired")


def test_a_tenant_is_visited_by_the_same_lane_every_time(monkeypatch):
    import threading

    from integrations.scheduler.loop import Visit
    from integrations.scheduler.work import TickReport

    seen: dict[str, set[str]] = {}

    def record(self: Loop, job: Visit, now: Any, *, pooled: bool = False) -> tuple[None, TickReport]:
        seen.setdefault(job.schema, set()).add(threading.current_thread().name)
        return None, TickReport()

    monkeypatch.setattr(Loop, "_visit", record)
    loop = Loop(threads=3, handoff=False)
    try:
        schemas = [f"t{index}" for index in range(30)]
        for _ in range(3):
            results = loop._run([Visit(schema, due=True) for schema in schemas], timezone.now())
            assert len(results) == len(schemas)  # in the visits' order
    finally:
        loop.close()
    # One lane (thread, connection) per tenant, and the tenants spread over every lane.
    assert all(len(lanes) == 1 for lanes in seen.values())
    assert len(set().union(*seen.values())) == 3


def test_unprocessed_events_turning_stale_one_by_one_are_looked_at_together(hr):
    """While the fan-out lags, each event turns stale a grace after its creation; the tenant's outbox
    is looked at once per grace, not once per event."""
    from integrations.scheduler.work import TickReport, visit

    with schema_context("hr"):
        workflow = published("timed", review_document("TM", ends=("expired",), transitions=(EXPIRE,)))
        for _ in range(2):
            ticket_create(
                workflow=workflow, principal=user_principal("alice"), values={}, transition="submit"
            )
        now = timezone.now() + timedelta(hours=2)  # the timers are past too: only events matter here
        Timer.objects.update(cancelled_at=now)
        first, *rest = OutboxEvent.objects.order_by("pk").values_list("pk", flat=True)
        OutboxEvent.objects.filter(pk=first).update(created_at=now - timedelta(seconds=40))
        OutboxEvent.objects.filter(pk__in=rest).update(created_at=now - timedelta(seconds=5))
        report = TickReport()
        wake_at = visit(report, now)
    assert report.resent == {"outbox": 1}
    # The others turn stale 25 s on; they are looked at with the next look, a grace on.
    assert wake_at == now + timedelta(seconds=30)
