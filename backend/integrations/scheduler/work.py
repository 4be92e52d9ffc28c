"""What the scheduler does inside one tenant's schema: fire due timers, start delegations, re-send
lost work (each part only when it is due, or all of them in a full pass), and housekeeping."""

from __future__ import annotations

import heapq
import logging
import math
import threading
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.utils import timezone

from core.tenancy import current_schema
from engine.delegations.services import delegations_start_due
from engine.tickets import events
from engine.tickets.attachments import attachments_sweep_orphans
from engine.tickets.runtime.background import due_timer_ids, timer_fire
from engine.tickets.tasks import fire_timers, relay_grace, sweep_outbox
from integrations.actionlinks.services import action_links_sweep
from integrations.inbox.services import inbox_sweep_read
from integrations.ldapsync.services import ldap_sync_due
from integrations.scheduler.due import (
    DELEGATIONS,
    HANDED_RECHECK,
    LDAP,
    OUTBOX,
    TIMER_BATCH,
    TIMERS,
    next_wake,
    read_due,
)

logger = logging.getLogger(__name__)

HOUSEKEEPING: list[tuple[str, Callable[..., int]]] = [
    ("orphan_attachments", attachments_sweep_orphans),
    ("read_notifications", inbox_sweep_read),
    ("old_action_links", action_links_sweep),
]


HANDOFF_RESEND_SECONDS = HANDED_RECHECK.total_seconds()
HANDOFF_CHUNK = 100  # timer ids per message


class TimerHandoff:
    """Hands due timers to the workers (the `timers` queue), remembering what it handed over, so the
    visits that follow while they are still unfired (every second) do not send them again.

    A visit also reads the timers due within `lookahead` and holds them here until due (`release`,
    from the loop): in a burst of timers a tenant is visited once per look-ahead rather than once
    per timer, and a timer leaves when due without a query. Held timers are lost with the process;
    the next scheduler's first pass reads every tenant again, and a timer still unfired
    HANDED_RECHECK after it was due is read and handed over again anyway."""

    def __init__(self, lookahead: timedelta = timedelta(0)) -> None:
        self.lookahead = lookahead
        self.sent: dict[tuple[str, int], float] = {}
        self.held: list[tuple[float, str, int]] = []  # a heap of (due, schema, timer id)
        self.lock = threading.Lock()

    def send(self, ids: list[int], now: datetime) -> int:
        """Send the timers not handed over lately; how many. Raises if the broker is down."""
        schema = current_schema()
        fresh = self._fresh(schema, ids, now.timestamp())
        self._send(schema, fresh)
        with self.lock:
            self.sent.update(dict.fromkeys(((schema, pk) for pk in fresh), now.timestamp()))
        return len(fresh)

    def hold(self, timers: Sequence[tuple[int, datetime]]) -> int:
        """Keep timers due soon until they are due (`release`); how many were not held already."""
        schema = current_schema()
        with self.lock:
            taken = 0
            for pk, due_at in timers:
                due = due_at.timestamp()
                if due - self.sent.get((schema, pk), -math.inf) >= HANDOFF_RESEND_SECONDS:
                    heapq.heappush(self.held, (due, schema, pk))
                    self.sent[(schema, pk)] = due  # handed over from its due time on
                    taken += 1
        return taken

    def release(self, now: datetime) -> tuple[int, list[str]]:
        """Send the held timers due by `now`: how many went, and the tenants whose timers the
        broker refused (to be visited, which fires them there)."""
        clock, due = now.timestamp(), defaultdict(list)
        with self.lock:
            while self.held and self.held[0][0] <= clock:
                _at, schema, pk = heapq.heappop(self.held)
                due[schema].append(pk)
        sent, refused = 0, []
        for schema, ids in due.items():
            try:
                self._send(schema, ids)
                sent += len(ids)
            except Exception:
                refused.append(schema)
                with self.lock:  # not with the workers after all
                    for pk in ids:
                        self.sent.pop((schema, pk), None)
        if refused:
            logger.warning("could not hand held timers of %d tenants to the workers", len(refused))
        return sent, refused

    def next_due(self) -> datetime | None:
        """When the first held timer is due."""
        with self.lock:
            return datetime.fromtimestamp(self.held[0][0], UTC) if self.held else None

    def _fresh(self, schema: str, ids: list[int], clock: float) -> list[int]:
        with self.lock:
            if len(self.sent) > 100_000:
                self._forget(clock)
            return [
                pk for pk in ids if clock - self.sent.get((schema, pk), -math.inf) >= HANDOFF_RESEND_SECONDS
            ]

    @staticmethod
    def _send(schema: str, ids: list[int]) -> None:
        # The tenant named (`core.broker.TENANT_OPTION`): held timers leave from the loop, outside
        # the tenant's schema.
        for start in range(0, len(ids), HANDOFF_CHUNK):
            fire_timers.send_with_options(args=(ids[start : start + HANDOFF_CHUNK],), tenant_schema=schema)

    def _forget(self, clock: float) -> None:
        for key, sent in list(self.sent.items()):
            if clock - sent >= HANDOFF_RESEND_SECONDS:
                del self.sent[key]


@dataclass
class TickReport:
    tenants: int = 0
    timers_fired: int = 0
    timers_handed_over: int = 0  # to the workers
    resent: dict[str, int] = field(default_factory=dict)
    idempotency_purged: int = 0
    # Delegations that started and handed their delegator's waiting turns over.
    delegations_started: int = 0
    # LDAP sources whose interval passed: a run queued for each.
    ldap_syncs_queued: int = 0
    # What housekeeping deleted, by kind.
    deleted: dict[str, int] = field(default_factory=dict)
    # The tenants visited because they were due (a wake-up), and those the rotation looked at.
    visited: list[str] = field(default_factory=list)
    rotated: int = 0

    def add(self, other: TickReport) -> None:
        """Count another visit's work in."""
        self.timers_fired += other.timers_fired
        self.timers_handed_over += other.timers_handed_over
        self.idempotency_purged += other.idempotency_purged
        self.delegations_started += other.delegations_started
        self.ldap_syncs_queued += other.ldap_syncs_queued
        for mine, theirs in ((self.resent, other.resent), (self.deleted, other.deleted)):
            for name, count in theirs.items():
                mine[name] = mine.get(name, 0) + count

    def busy(self) -> bool:
        return bool(
            self.timers_fired
            or self.timers_handed_over
            or self.resent
            or self.deleted
            or self.delegations_started
        )


def housekeep(report: TickReport, now: datetime) -> None:
    for name, sweep in HOUSEKEEPING:
        count = sweep(now=now)
        if count:
            report.deleted[name] = report.deleted.get(name, 0) + count


def fire_due_timers(
    report: TickReport,
    now: datetime,
    handoff: TimerHandoff | None,
    ids: Sequence[int] | None = None,
    ahead: Sequence[tuple[int, datetime]] = (),
) -> bool:
    """Hand the due timers (`ids` if already read, else read here) to the workers, and hold those
    due soon (`ahead`) until due, or fire the due ones here (no `handoff`, or the broker is down).
    True when every timer due at `now` is with the workers."""
    ids = list(ids) if ids is not None else due_timer_ids(now=now, limit=TIMER_BATCH)
    if handoff is not None and (ids or ahead):
        try:
            report.timers_handed_over += handoff.send(ids, now)
        except Exception:
            logger.warning("could not hand timers to the workers; firing them here", exc_info=True)
        else:
            handoff.hold(ahead)
            return len(ids) + len(ahead) < TIMER_BATCH
    for timer_id in ids:
        outcome = timer_fire(timer_id=timer_id)
        if outcome != "skipped":
            report.timers_fired += 1
    return False


def run_due(
    report: TickReport,
    now: datetime,
    kinds: Collection[str] | None = None,
    handoff: TimerHandoff | None = None,
    timer_ids: Sequence[int] | None = None,
    timers_ahead: Sequence[tuple[int, datetime]] = (),
) -> bool:
    """Do the tenant's work of `kinds` (None: every kind) due at `now`; `timer_ids`: the due timers
    if already read (and `timers_ahead`, those due soon). A failing sweep (the broker is down) is
    logged and left for the next visit. True when the timers read are with the workers."""
    handed = False
    if kinds is None or TIMERS in kinds:
        handed = fire_due_timers(report, now, handoff, timer_ids, timers_ahead)
    if kinds is None or DELEGATIONS in kinds:
        report.delegations_started += delegations_start_due(now=now)
    if kinds is None or LDAP in kinds:
        try:
            report.ldap_syncs_queued += ldap_sync_due(now=now)
        except Exception:  # the broker is down: the next visit queues them
            logger.warning("queueing LDAP syncs failed; retrying on the next visit", exc_info=True)
    named: list[tuple[str, Callable[..., int]]] = [
        (OUTBOX, sweep_outbox),
        *((subscriber.name, subscriber.sweep) for subscriber in events.subscribers()),
    ]
    for name, sweep in named:
        if kinds is not None and name not in kinds:
            continue
        try:
            count = sweep(now=now)
        except Exception:  # the broker is down: the next visit tries again
            logger.warning("sweep %s failed; retrying on the next visit", name, exc_info=True)
            continue
        if count:
            report.resent[name] = report.resent.get(name, 0) + count
    return handed


def visit(report: TickReport, now: datetime, handoff: TimerHandoff | None = None) -> datetime | None:
    """Do what is due in the current tenant and return when it next needs the scheduler. Nothing
    due costs one query; only timers due (or due within the handoff's look-ahead), one query and
    their handover."""
    horizon = now + handoff.lookahead if handoff is not None else now
    due = read_due(now=now, horizon=horizon)
    kinds = due.now_due(now)
    if due.timers_ahead:
        kinds.add(TIMERS)
    if not kinds:
        return due.next()
    timers = (due.timer_ids, due.timers_ahead) if TIMERS in kinds else (None, ())
    handed = run_due(report, now, kinds, handoff, *timers)
    later = max(now, timezone.now())
    if handed and kinds == {TIMERS}:
        # Only timers were due and the workers have them all (or hold them until due): nothing else
        # changed, so the first read says what comes next (a timer burst visits each tenant often).
        return next_wake(due.handed(horizon), now=later)
    # Timers with the workers are not looked at every second while they wait there.
    after = read_due(now=later, handed_until=horizon if handed else None)
    outbox = after.at.get(OUTBOX)
    if OUTBOX in kinds and outbox is not None and outbox > later:
        # The sweep took every event older than the grace (none is due now): those left are
        # younger, and are looked at together a grace from now rather than each when it turns
        # stale (in a burst, a visit per event).
        after = after.not_before(OUTBOX, now + relay_grace())
    return next_wake(after, now=later)
