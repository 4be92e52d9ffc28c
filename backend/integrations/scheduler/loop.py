"""The scheduler's loop: visit only the tenants whose wake-up is due, plus a slow rotation.

Each step
1. moves wake-ups that missed Redis (the public fallback table) to Redis, or, while Redis is down,
   visits the due ones directly;
2. takes the due wake-ups from Redis (removing them first) and visits those tenants: the work that
   is due there, then the tenant's next wake-up, read from its tables, published again;
3. advances the rotation: a slice of all tenants per step, each once per
   SCHEDULER_SAFETY_SWEEP_SECONDS, visited the same way (the safety net for a wake-up lost between
   a commit and its publish) and housekept.
A tenant's figures (`tenants.figures`, what /metrics and the platform's tenant list read) are read
again after a due visit, at most once per TENANT_FIGURES_SECONDS (a visit that comes sooner wakes
the tenant again when the period is over), and with the hourly housekeeping.
Redis found without the sentinel (it lost its data), the scheduler's start, and Redis being
unreachable all make the rotation rush: every tenant within a few steps.
"""

from __future__ import annotations

import logging
import math
import random
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import NamedTuple

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.utils import timezone
from django_tenants.utils import schema_context

from core.connection_lanes import LongLived, lane_of
from core.idempotency import idempotency_records_purge
from core.lanes import promote_parked
from core.wakeups import wake
from integrations.scheduler import wakeset
from integrations.scheduler.work import TickReport, TimerHandoff, housekeep, visit
from tenants.figures import figures_read_times, figures_refresh
from tenants.models import Tenant
from tenants.selectors import department_tenants

logger = logging.getLogger(__name__)

BATCH = 200  # due tenants taken per step
RUSH_SLICE = 200  # tenants per step while the rotation rushes
TENANTS_REFRESH_SECONDS = 30.0
IDEMPOTENCY_PURGE_SECONDS = 300
PROMOTE_PARKED_SECONDS = 30.0


def active_schemas() -> list[str]:
    return list(
        department_tenants().filter(status=Tenant.Status.ACTIVE).values_list("schema_name", flat=True)
    )


class Visit(NamedTuple):
    schema: str
    due: bool = False  # its wake-up was due: it had work
    housekeeping: bool = False  # a rotation visit that may housekeep


@dataclass
class Rotation:
    """Every tenant once per `period` seconds, a slice per step (the credit carries fractions)."""

    schemas: list[str] = field(default_factory=list)
    cursor: int = 0
    credit: float = 0.0
    last: float | None = None
    rushing: int = 0  # tenants still to take in a rush

    def rush(self) -> None:
        self.rushing = len(self.schemas)

    def take(self, clock: float, period: float) -> tuple[list[str], bool]:
        """The next slice, and whether it is a rush (no housekeeping then)."""
        if not self.schemas:
            return [], False
        elapsed = 0.0 if self.last is None else max(0.0, clock - self.last)
        self.last = clock
        if self.rushing:
            count, rush = min(RUSH_SLICE, self.rushing), True
            self.rushing -= count
        else:
            self.credit += len(self.schemas) * elapsed / max(period, 1.0)
            count, rush = min(math.floor(self.credit), len(self.schemas)), False
            self.credit -= count
        taken = [self.schemas[(self.cursor + i) % len(self.schemas)] for i in range(count)]
        self.cursor = (self.cursor + count) % len(self.schemas)
        return taken, rush


class Loop:
    """The state of one running scheduler (it holds the advisory lock)."""

    def __init__(self, *, threads: int | None = None, handoff: bool | None = None) -> None:
        threads = settings.SCHEDULER_THREADS if threads is None else threads
        handoff = settings.SCHEDULER_TIMERS == "workers" if handoff is None else handoff
        # Due timers go to the workers (many processes) rather than firing in this one process.
        lookahead = timedelta(seconds=settings.SCHEDULER_TIMER_LOOKAHEAD_SECONDS)
        self.handoff = TimerHandoff(lookahead) if handoff else None
        # Tenants are visited in parallel when several are due: a visit waits on the database and
        # Redis, so one thread alone would let timers fall behind. A tenant always goes to the same
        # lane (one thread, one connection): a PostgreSQL backend keeps the catalog entries of the
        # tables it planned against (schema by schema, about 0.4 MB a tenant), so a lane plans
        # against the schemas it has seen before and its backend holds 1/threads of the tenants.
        self.lanes = (
            [ThreadPoolExecutor(1, thread_name_prefix=f"visit-{lane}") for lane in range(threads)]
            if threads > 1
            else []
        )
        self.tenants: set[str] = set()
        self.tenants_read = -math.inf
        self.rotation = Rotation()
        self.housekept: dict[str, datetime] = {}
        self.figured: dict[str, datetime] = {}  # when each tenant's figures were last read
        self.purged_public: datetime | None = None
        self.promoted = -math.inf
        self.redis_up = True
        self.next_at: datetime | None = None  # the earliest wake-up known after the last step
        self._kept = threading.local()  # each lane thread's LongLived connection

    def close(self) -> None:
        for lane in self.lanes:
            lane.shutdown()

    def start(self) -> None:
        """Right after taking the lock: read the tenants and rush through all of them once."""
        self._refresh_tenants(force=True)
        self.rotation.rush()
        try:
            self.figured = figures_read_times()
        except Exception:  # read again as tenants are visited
            logger.exception("could not read when the tenants' figures were last read")

    def _refresh_tenants(self, *, force: bool = False) -> None:
        clock = time.monotonic()
        if not force and clock - self.tenants_read < TENANTS_REFRESH_SECONDS:
            return
        schemas = active_schemas()
        self.tenants, self.tenants_read = set(schemas), clock
        position = self.rotation.schemas[self.rotation.cursor] if self.rotation.schemas else None
        self.rotation.schemas = schemas
        self.rotation.cursor = schemas.index(position) if position in self.tenants else 0
        if self.rotation.rushing:
            self.rotation.rushing = min(self.rotation.rushing, len(schemas))

    def _known(self, schema: str) -> bool:
        """An active department tenant (read again once, for a tenant created since)."""
        if schema not in self.tenants:
            self._refresh_tenants(force=True)
        return schema in self.tenants

    def step(self, *, now: datetime | None = None) -> TickReport:
        now = now or timezone.now()
        report = TickReport()
        self._refresh_tenants()
        self._release_held(report, now)
        due = []
        for schema in dict.fromkeys(self._take(now)):
            if self._known(schema):
                due.append(schema)
            else:
                logger.warning("wake-up for unknown or inactive tenant %r dropped", schema)
        slice_, rush = self.rotation.take(time.monotonic(), settings.SCHEDULER_SAFETY_SWEEP_SECONDS)
        visits = [Visit(schema, due=True) for schema in due]
        visits += [Visit(schema, housekeeping=not rush) for schema in slice_ if schema not in due]
        for (schema, *_rest), (at, part) in zip(visits, self._run(visits, now), strict=True):
            report.add(part)
            if at is not None:
                if self.redis_up:  # while Redis is down the rush looks again anyway, and once it is back
                    wake(schema, at)
                self.next_at = at if self.next_at is None else min(self.next_at, at)
        report.visited = due
        report.rotated = len(visits) - len(due)
        self._purge_public(report, now)
        self._promote_parked()
        report.tenants = len(visits)
        return report

    def _run(self, visits: list[Visit], now: datetime) -> list[tuple[datetime | None, TickReport]]:
        """Visit the tenants: on this thread, or each in its lane (each lane its own connection)."""
        if not self.lanes:
            return [self._visit(job, now) for job in visits]
        futures: list[Future[tuple[datetime | None, TickReport]]] = [
            self.lanes[lane_of(job.schema, len(self.lanes))].submit(self._visit, job, now, pooled=True)
            for job in visits
        ]
        return [future.result() for future in futures]

    def _release_held(self, report: TickReport, now: datetime) -> None:
        """Send the held timers now due; a tenant whose timers the broker refused is woken now (its
        visit fires them itself)."""
        if self.handoff is None:
            return
        sent, refused = self.handoff.release(now)
        report.timers_handed_over += sent
        for schema in refused:
            wake(schema, now)

    def _take(self, now: datetime) -> list[str]:
        """The tenants due now: fallback rows first, then Redis's set."""
        fallback = wakeset.fallback_rows()
        try:
            if fallback:
                wakeset.publish_many(fallback)
                wakeset.forget_fallback(fallback)
            taken = wakeset.take_due(now=now, limit=BATCH)
        except Exception:
            if self.redis_up:
                logger.warning("Redis unreachable: visiting the fallback table and every tenant in turn")
            self.redis_up = False
            self.rotation.rush()  # the wake-ups in Redis are out of reach: look everywhere
            due = {schema: at for schema, at in fallback.items() if at <= now}
            wakeset.forget_fallback(due)
            self.next_at = None
            return list(due)
        if not self.redis_up or not taken.kept:
            # Back, or back empty (no sentinel: the wake-ups were lost): look everywhere once.
            logger.info("wake-ups may be missing in Redis: every tenant's next wake-up is read again")
            self.redis_up = True
            self.rotation.rush()
            wakeset.keep()
        self.next_at = now if taken.full else taken.earliest
        return taken.schemas

    def _visit(
        self, job: Visit, now: datetime, *, pooled: bool = False
    ) -> tuple[datetime | None, TickReport]:
        """Visit one tenant: what it did, and when the tenant next needs the scheduler. Failures
        there do not stop the others."""
        report, schema = TickReport(), job.schema
        if pooled:
            self._check_connection()
        try:
            with schema_context(schema):
                at = visit(report, now, self.handoff)
                housekept = job.housekeeping and self._housekeep(report, schema, now)
                try:
                    again = self._figures(schema, now, busy=job.due, housekept=housekept)
                except Exception:  # figures are for reading; the tenant's work goes on without them
                    logger.exception("figures of tenant %s not read", schema)
                    again = None
                if again is not None:
                    at = again if at is None else min(at, again)
        except Exception:
            logger.exception("scheduler visit failed in tenant %s", schema)
            at = now + timedelta(seconds=5)  # try again soon, not in a loop
        return at, report

    def _check_connection(self) -> None:
        """Keep this lane thread's connection as long as a worker's lanes (its worth is the catalog
        of its tenants that its backend has read), closed if it broke or aged; a visit that fails on
        a broken one is tried again in 5 s."""
        kept = getattr(self._kept, "connection", None)
        if kept is None:
            kept = self._kept.connection = LongLived(connections[DEFAULT_DB_ALIAS])
        kept.check()

    def _figures(self, schema: str, now: datetime, *, busy: bool, housekept: bool) -> datetime | None:
        """Read the tenant's figures again when it was busy (at most once per TENANT_FIGURES_SECONDS;
        sooner, it is woken again when the period is over), when it was housekept, or when it has
        none; returns that later wake-up, if any."""
        last = self.figured.get(schema)
        if not (busy or housekept) and last is not None:
            return None
        period = timedelta(seconds=settings.TENANT_FIGURES_SECONDS)
        if busy and not housekept and last is not None and timedelta(0) <= now - last < period:
            return last + period
        self.figured[schema] = figures_refresh(now=now)
        return None

    def _housekeep(self, report: TickReport, schema: str, now: datetime) -> bool:
        """Housekeeping and the idempotency purge, at most every ATTACHMENT_SWEEP_SECONDS; whether
        it ran."""
        period = settings.ATTACHMENT_SWEEP_SECONDS
        last = self.housekept.get(schema)
        if last is None:
            # First seen since the start: as if housekept at some point of the last period, so a
            # restart spreads the tenants' housekeeping over a period instead of bunching it.
            last = self.housekept[schema] = now - timedelta(seconds=random.uniform(0, period))  # noqa: S311
        if 0 <= (now - last).total_seconds() < period:
            return False
        self.housekept[schema] = now
        housekeep(report, now)
        report.idempotency_purged += idempotency_records_purge(now=now)
        return True

    def _promote_parked(self) -> None:
        """Now and then, send parked messages whose tenant's places were forgotten (`core.lanes`)."""
        clock = time.monotonic()
        if clock - self.promoted < PROMOTE_PARKED_SECONDS or not self.redis_up:
            return
        self.promoted = clock
        try:
            if sent := promote_parked():
                logger.info("sent %d parked messages whose places had been forgotten", sent)
        except Exception:
            logger.warning("parked messages not looked at (Redis)", exc_info=True)

    def _purge_public(self, report: TickReport, now: datetime) -> None:
        last = self.purged_public
        if last is not None and 0 <= (now - last).total_seconds() < IDEMPOTENCY_PURGE_SECONDS:
            return
        self.purged_public = now
        try:
            with schema_context("public"):
                report.idempotency_purged += idempotency_records_purge(now=now)
        except Exception:
            logger.exception("idempotency purge failed in the public schema")

    def pause(self, cap: float) -> float:
        """Seconds to sleep before the next step: until the earliest wake-up or held timer, at most
        `cap`."""
        held = self.handoff.next_due() if self.handoff is not None else None
        next_at = min((at for at in (self.next_at, held) if at is not None), default=None)
        if next_at is None:
            return cap
        return min(cap, max(0.0, (next_at - timezone.now()).total_seconds()))
