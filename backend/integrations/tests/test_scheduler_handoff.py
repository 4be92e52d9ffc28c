"""The scheduler hands timers to the workers: due ones at once, those due within the look-ahead held
in its memory and sent when due, each at most once a recheck period; a tenant is visited by the same
lane every time, and its due query is a statement prepared once per connection."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
import redis
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tenants.utils import schema_context

from core.redis import get_redis
from engine.tickets.models import OutboxEvent, Timer
from integrations.scheduler import due as due_module
from integrations.scheduler.loop import Loop
from integrations.tests.factories import timed_ticket, wakeup_scores


def test_due_timers_are_handed_to_the_workers_once(hr, django_capture_on_commit_callbacks, settings):
    import json

    from engine.tickets.tasks import fire_timers

    settings.SCHEDULER_TIMER_LOOKAHEAD_SECONDS = 0  # only the timers due now
    loop = Loop(threads=1, handoff=True)
    loop.start()
    loop.step()
    ticket = timed_ticket("hr", django_capture_on_commit_callbacks)
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
    assert wakeup_scores()["hr"] == pytest.approx((timer.due_at + timedelta(seconds=30)).timestamp(), abs=0.1)
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


def test_a_visit_with_only_timers_due_costs_one_query(hr, django_capture_on_commit_callbacks):
    from integrations.scheduler.work import TickReport, TimerHandoff, visit

    ticket = timed_ticket("hr", django_capture_on_commit_callbacks)
    with schema_context("hr"):
        OutboxEvent.objects.update(processed_at=timezone.now())  # as a worker would
        timer = Timer.objects.get(ticket=ticket, kind="transition")
        report, at = TickReport(), timer.due_at + timedelta(milliseconds=10)
        due_module.read_due(now=at)  # the tenant's due statement prepared (a first visit)
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
    ticket = timed_ticket("hr", django_capture_on_commit_callbacks)
    with schema_context("hr"):
        OutboxEvent.objects.update(processed_at=timezone.now())  # as a worker would
        timer = Timer.objects.get(ticket=ticket, kind="transition")
        soon, later = (
            Timer.objects.create(
                ticket=ticket,
                kind=Timer.Kind.TRANSITION,
                state_key=ticket.state_key,
                state_entry=ticket.state_entry,
                transition_key="expire",
                due_at=timer.due_at + timedelta(seconds=seconds),
            )
            for seconds in (20, 45)
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
    assert wakeup_scores()["hr"] == pytest.approx(later.due_at.timestamp(), abs=0.1)
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

    ticket = timed_ticket("hr", django_capture_on_commit_callbacks)
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


def test_the_due_query_is_prepared_once_per_tenant_and_connection(django_db_setup, django_db_blocker):
    """Each tenant gets its own prepared statement on a connection (a `search_path` change would make
    PostgreSQL plan a shared one again), prepared on the first visit and only executed after; it
    answers what the query answers unprepared."""
    import threading

    from core.prepared import run_prepared

    now = timezone.now()
    params: dict[str, Any] = {
        "now": now,
        "horizon": now + timedelta(seconds=30),
        "handed": now + timedelta(seconds=30),
        "relay_grace": timedelta(seconds=30),
        "job_grace": timedelta(seconds=60),
        "calendar": "default",
        "lease": timedelta(seconds=300),
        "timer_batch": 500,
    }
    seen: dict[str, Any] = {}

    def run() -> None:
        try:
            with schema_context("it"):
                for visit in ("first", "second"):
                    with CaptureQueriesContext(connection) as queries:
                        seen[visit] = due_module.read_due(now=now)
                    seen[f"{visit} sql"] = [query["sql"].split()[0] for query in queries.captured_queries]
                seen["prepared row"] = run_prepared(due_module._sql(), params, due_module.PARAMETER_TYPES)
                with connection.cursor() as cursor:
                    cursor.execute(due_module._sql(), params)
                    seen["plain row"] = cursor.fetchone()
                    cursor.execute("SELECT count(*) FROM pg_prepared_statements")
                    seen["statements"] = cursor.fetchone()[0]
        finally:
            connection.close()

    with django_db_blocker.unblock():
        thread = threading.Thread(target=run)
        thread.start()
        thread.join()
    # (the SETs: the tenant's search_path on the new connection, and the generic plans)
    assert [verb for verb in seen["first sql"] if verb != "SET"] == ["DEALLOCATE", "PREPARE", "EXECUTE"]
    assert seen["second sql"] == ["EXECUTE"]
    assert seen["first"] == seen["second"]
    assert seen["prepared row"] == seen["plain row"]
    assert seen["statements"] == 1
