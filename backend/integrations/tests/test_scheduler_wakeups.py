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
from core.redis import get_redis
from engine.tickets import events
from engine.tickets.models import OutboxEvent, Timer
from engine.tickets.services import ticket_create
from engine.workflows.tests.factories import user_principal
from integrations.scheduler import due as due_module
from integrations.scheduler import wakeset
from integrations.scheduler.loop import Loop, Rotation
from integrations.tests.factories import EXPIRE, published, timed_ticket, wakeup_scores
from integrations.webhooks.tests.factories import review_document
from tenants.models import WakeUp


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
    ticket = timed_ticket("hr", django_capture_on_commit_callbacks)
    with schema_context("hr"):
        timer = Timer.objects.get(ticket=ticket, kind="transition")
    # The earliest wins: the outbox relay's (when the sweep would find its events) before the timer's.
    score = wakeup_scores()["hr"]
    assert score <= timer.due_at.timestamp()
    assert before.timestamp() < score <= (timezone.now() + timedelta(seconds=31)).timestamp()
    assert "it" not in wakeup_scores()


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
    assert wakeup_scores()["hr"] == pytest.approx(now.timestamp() + settings.JOB_RESEND_AFTER_SECONDS, abs=5)
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
    assert wakeup_scores()["it"] == pytest.approx(starts.timestamp())


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
    ticket = timed_ticket("hr", django_capture_on_commit_callbacks)
    with schema_context("hr"):
        timer = Timer.objects.get(ticket=ticket, kind="transition")
        OutboxEvent.objects.update(processed_at=timezone.now())  # as a worker would
    # The relay's wake-up: the events were processed; nothing is due in `it`, the timer later.
    report = loop.step(now=timezone.now() + timedelta(seconds=40))
    assert report.visited == ["hr"]
    assert report.timers_fired == 0
    assert wakeup_scores() == {"hr": pytest.approx(timer.due_at.timestamp())}
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
    ticket = timed_ticket("hr", django_capture_on_commit_callbacks)
    [row] = WakeUp.objects.all()
    assert row.schema_name == "hr"
    assert wakeup_scores() == {}
    monkeypatch.undo()
    # Redis is back: the next step moves the row there and visits the tenant, due at once (a new
    # workflow changes the tenant's figures), which publishes its next wake-up to Redis.
    assert row.due_at <= timezone.now()
    assert loop.step().visited == ["hr"]
    assert not WakeUp.objects.exists()
    assert "hr" in wakeup_scores()
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
    assert "hr" in wakeup_scores()
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
    assert "hr" not in wakeup_scores()  # killed between the commit and the publish
    loop.rotation.last = 0.0  # more than a period ago: this step's slice is every tenant
    report = loop.step()
    assert report.rotated == len(loop.rotation.schemas)
    assert "hr" in wakeup_scores()


def test_a_bogus_wakeup_is_dropped(hr):
    loop = _idle_loop()
    for member in ("nosuch", "public", "tenant_template"):
        get_redis().zadd(wakeups.KEY, {member: 0})
    report = loop.step()
    assert report.visited == []
    assert wakeup_scores() == {}


def test_the_fallback_model_is_the_table_core_writes():
    assert WakeUp._meta.db_table == wakeups.FALLBACK_TABLE


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
