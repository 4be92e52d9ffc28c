"""The scheduler: one process that fires due timers and re-sends what the broker never got.

It visits only the tenants that need it. Whatever hands work on after a commit (the outbox relay,
a job row sent to the broker, a timer armed, a delegation set to start) also publishes a wake-up
(`core.wakeups`): the tenant's schema in a Redis sorted set, scored with when the scheduler is
needed there. Each step (`loop.Loop.step`) takes the due wake-ups and, in each such tenant,
1. hands the timers that are due to the workers (`engine.tickets.tasks.fire_timers`), or fires them
   itself (each in its own transaction; `engine.tickets.runtime.background.timer_fire` is idempotent
   and ignores timers whose ticket moved on);
2. starts the delegations due that hand waiting turns over (`engine.delegations.services`);
3. sweeps the outbox and the job tables for work that was never handed to a worker (Redis was
   down, a worker died mid-job) and sends it again;
— only the parts due (`due.read_due`, one query) — then publishes the tenant's next wake-up, read
from its tables. Wake-ups that could not reach Redis wait in a public table; a slow rotation
(SCHEDULER_SAFETY_SWEEP_SECONDS) re-reads every tenant's next wake-up as the safety net, and does
4. the idempotency purge: `Idempotency-Key` records past their retention (in the public schema
   too: the platform API takes keys as well);
5. housekeeping, at most every ATTACHMENT_SWEEP_SECONDS per tenant: uploads no ticket took up
   within ATTACHMENT_ORPHAN_HOURS (`engine.tickets.attachments.attachments_sweep_orphans`),
   notifications read more than INBOX_READ_RETENTION_DAYS ago
   (`integrations.inbox.services.inbox_sweep_read`) and action links expired or used more than
   ACTION_LINK_RETENTION_DAYS ago (`integrations.actionlinks.services.action_links_sweep`).

`tick` is the full pass of old — every part in every tenant — for `run_scheduler --once` and tests.
Timers are rows, so a restart loses nothing: the scheduler starts with a pass over every tenant's
next wake-up, and whatever fell due while it was down fires then. Only one scheduler acts at a
time: it holds a PostgreSQL advisory lock, and a second one stands by until the first one's
connection goes away.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import connection
from django.utils import timezone
from django_tenants.utils import schema_context

from core.idempotency import idempotency_records_purge
from core.wakeups import wake
from integrations.scheduler.due import next_wake, read_due
from integrations.scheduler.loop import IDEMPOTENCY_PURGE_SECONDS, Loop, active_schemas
from integrations.scheduler.work import HOUSEKEEPING, TickReport, housekeep, run_due

__all__ = ["HOUSEKEEPING", "LOCK_KEY", "Loop", "TickReport", "run", "tick"]

logger = logging.getLogger(__name__)

LOCK_KEY = 0x10F1_5C4D  # the advisory lock only one scheduler holds


@dataclass
class Periodic:
    """Work a full pass does only every `seconds()` (read when asked, so settings apply at once).
    Due when it never ran, the last run is that old, or `now` went back (tests tick at chosen times)."""

    seconds: Callable[[], float]
    last: datetime | None = None

    def due(self, now: datetime) -> bool:
        if self.last is not None and 0 <= (now - self.last).total_seconds() < self.seconds():
            return False
        self.last = now
        return True

    def forget(self) -> None:
        """Make the next pass run it (tests)."""
        self.last = None


idempotency_purge = Periodic(lambda: IDEMPOTENCY_PURGE_SECONDS)
housekeeping = Periodic(lambda: settings.ATTACHMENT_SWEEP_SECONDS)


def tick(*, now: datetime | None = None) -> TickReport:
    """One full pass: every part of the work in every active tenant, then each tenant's next
    wake-up published. Failures in one tenant do not stop the others."""
    report = TickReport()
    now = now or timezone.now()
    purge = idempotency_purge.due(now)
    housekeep_now = housekeeping.due(now)
    for schema in active_schemas():
        report.tenants += 1
        try:
            with schema_context(schema):
                run_due(report, now)
                if purge:
                    report.idempotency_purged += idempotency_records_purge(now=now)
                if housekeep_now:
                    housekeep(report, now)
                at = next_wake(read_due(now=now), now=now)
        except Exception:
            logger.exception("scheduler tick failed in tenant %s", schema)
            continue
        if at is not None:
            wake(schema, at)
    if purge:
        try:
            with schema_context("public"):
                report.idempotency_purged += idempotency_records_purge(now=now)
        except Exception:
            logger.exception("idempotency purge failed in the public schema")
    return report


def _take_lock() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [LOCK_KEY])
        (taken,) = cursor.fetchone()
    return bool(taken)


def run(*, interval: float = 1.0, stop: threading.Event | None = None) -> None:
    """Step until `stop` is set (or forever), sleeping until the earliest wake-up, at most
    `interval` seconds (a wake-up published meanwhile waits at most that long)."""
    stop = stop or threading.Event()
    while not stop.is_set() and not _take_lock():
        logger.info("another scheduler holds the lock; standing by")
        stop.wait(5)
    logger.info("scheduler running (a step at least every %.1fs)", interval)
    loop = Loop()
    loop.start()
    try:
        _steps(loop, interval, stop)
    finally:
        loop.close()


def _steps(loop: Loop, interval: float, stop: threading.Event) -> None:
    while not stop.is_set():
        started = time.monotonic()
        try:
            report = loop.step()
        except Exception:  # e.g. the database restarting: try again on the next step
            logger.exception("scheduler step failed")
            stop.wait(interval)
            continue
        if report.busy():
            logger.info(
                "step: %s tenants visited, %s timers fired, %s handed to the workers, resent %s, deleted %s",
                len(report.visited),
                report.timers_fired,
                report.timers_handed_over,
                report.resent,
                report.deleted,
            )
        stop.wait(max(0.0, min(loop.pause(interval), interval - (time.monotonic() - started))))
