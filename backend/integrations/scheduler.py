"""The scheduler: one process that fires due timers and re-sends what the broker never got.

Every tick it visits each active tenant's schema and
1. fires the timers that are due (each in its own transaction; `engine.tickets.runtime.background.timer_fire`
   is idempotent and ignores timers whose ticket moved on);
2. starts the delegations due that hand waiting turns over (`engine.delegations.services`);
3. sweeps the outbox and the job tables for work that was never handed to a worker (Redis was
   down, a worker died mid-job) and sends it again;
4. every IDEMPOTENCY_PURGE_SECONDS, deletes `Idempotency-Key` records past their retention (in the
   public schema too: the platform API takes keys as well);
5. every ATTACHMENT_SWEEP_SECONDS, housekeeping: deletes uploads no ticket took up within
   ATTACHMENT_ORPHAN_HOURS (`engine.tickets.attachments.attachments_sweep_orphans`), notifications
   read more than INBOX_READ_RETENTION_DAYS ago (`integrations.inbox.services.inbox_sweep_read`)
   and action links expired or used more than ACTION_LINK_RETENTION_DAYS ago
   (`integrations.actionlinks.services.action_links_sweep`), in small batches.

Timers are rows, so a restart loses nothing: whatever fell due while the scheduler was down fires
on the first tick after. Only one scheduler acts at a time: it holds a PostgreSQL advisory lock,
and a second one stands by until the first one's connection goes away.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db import connection
from django.utils import timezone
from django_tenants.utils import schema_context

from core.idempotency import idempotency_records_purge
from engine.delegations.services import delegations_start_due
from engine.tickets import events
from engine.tickets.attachments import attachments_sweep_orphans
from engine.tickets.runtime.background import due_timer_ids, timer_fire
from engine.tickets.tasks import sweep_outbox
from integrations.actionlinks.services import action_links_sweep
from integrations.inbox.services import inbox_sweep_read
from integrations.ldapsync.services import ldap_sync_due
from tenants.models import Tenant
from tenants.selectors import department_tenants

logger = logging.getLogger(__name__)

LOCK_KEY = 0x10F1_5C4D  # the advisory lock only one scheduler holds
# Purging idempotency records is housekeeping: every few minutes is plenty, not every tick.
IDEMPOTENCY_PURGE_SECONDS = 300


@dataclass
class TickReport:
    tenants: int = 0
    timers_fired: int = 0
    resent: dict[str, int] = field(default_factory=dict)
    idempotency_purged: int = 0
    # Delegations that started and handed their delegator's waiting turns over.
    delegations_started: int = 0
    # LDAP sources whose interval passed: a run queued for each.
    ldap_syncs_queued: int = 0
    # What housekeeping deleted, by kind.
    deleted: dict[str, int] = field(default_factory=dict)


@dataclass
class Periodic:
    """Work a tick does only every `seconds()` (read when asked, so settings apply at once). Due when
    it never ran, the last run is that old, or `now` went back (tests tick at chosen times)."""

    seconds: Callable[[], float]
    last: datetime | None = None

    def due(self, now: datetime) -> bool:
        if self.last is not None and 0 <= (now - self.last).total_seconds() < self.seconds():
            return False
        self.last = now
        return True

    def forget(self) -> None:
        """Make the next tick run it (tests)."""
        self.last = None


idempotency_purge = Periodic(lambda: IDEMPOTENCY_PURGE_SECONDS)
housekeeping = Periodic(lambda: settings.ATTACHMENT_SWEEP_SECONDS)
HOUSEKEEPING: list[tuple[str, Callable[..., int]]] = [
    ("orphan_attachments", attachments_sweep_orphans),
    ("read_notifications", inbox_sweep_read),
    ("old_action_links", action_links_sweep),
]


def _tenant_schemas() -> list[str]:
    return list(
        department_tenants().filter(status=Tenant.Status.ACTIVE).values_list("schema_name", flat=True)
    )


def tick(*, now: datetime | None = None) -> TickReport:
    """One pass over every active tenant. Failures in one tenant do not stop the others."""
    report = TickReport()
    now = now or timezone.now()
    purge = idempotency_purge.due(now)
    housekeep = housekeeping.due(now)
    for schema in _tenant_schemas():
        report.tenants += 1
        try:
            with schema_context(schema):
                _tick_tenant(report, now)
                if purge:
                    report.idempotency_purged += idempotency_records_purge(now=now)
                if housekeep:
                    _housekeep_tenant(report, now)
        except Exception:
            logger.exception("scheduler tick failed in tenant %s", schema)
    if purge:
        try:
            with schema_context("public"):
                report.idempotency_purged += idempotency_records_purge(now=now)
        except Exception:
            logger.exception("idempotency purge failed in the public schema")
    return report


def _housekeep_tenant(report: TickReport, now: datetime) -> None:
    for name, sweep in HOUSEKEEPING:
        count = sweep(now=now)
        if count:
            report.deleted[name] = report.deleted.get(name, 0) + count


def _tick_tenant(report: TickReport, now: datetime) -> None:
    for timer_id in due_timer_ids(now=now):
        outcome = timer_fire(timer_id=timer_id)
        if outcome != "skipped":
            report.timers_fired += 1
    report.delegations_started += delegations_start_due(now=now)
    try:
        report.ldap_syncs_queued += ldap_sync_due(now=now)
    except Exception:  # the broker is down: the next tick queues them
        logger.warning("queueing LDAP syncs failed; retrying next tick", exc_info=True)
    named: list[tuple[str, Callable[..., int]]] = [
        ("outbox", sweep_outbox),
        *((subscriber.name, subscriber.sweep) for subscriber in events.subscribers()),
    ]
    for name, sweep in named:
        try:
            count = sweep(now=now)
        except Exception:  # the broker is down: next tick tries again
            logger.warning("sweep %s failed; retrying next tick", name, exc_info=True)
            continue
        if count:
            report.resent[name] = report.resent.get(name, 0) + count


def _take_lock() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [LOCK_KEY])
        (taken,) = cursor.fetchone()
    return bool(taken)


def run(*, interval: float = 1.0, stop: threading.Event | None = None) -> None:
    """Tick every `interval` seconds until `stop` is set (or forever)."""
    stop = stop or threading.Event()
    while not stop.is_set() and not _take_lock():
        logger.info("another scheduler holds the lock; standing by")
        stop.wait(5)
    logger.info("scheduler running (tick every %.1fs)", interval)
    while not stop.is_set():
        started = time.monotonic()
        report = tick()
        if report.timers_fired or report.resent or report.deleted:
            logger.info(
                "tick: %s timers fired, resent %s, deleted %s",
                report.timers_fired,
                report.resent,
                report.deleted,
            )
        stop.wait(max(0.0, interval - (time.monotonic() - started)))
