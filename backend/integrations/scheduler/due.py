"""When a tenant next needs the scheduler, read from its own tables in one query.

Each kind of work has a "due" time, the moment the scheduler's part of it would find something:
- a timer: its `due_at` (partial index `timer_due`);
- a `move_waiting` delegation not handed over yet: its start (`delegation_live`);
- an unprocessed outbox event: when `sweep_outbox` would take it as lost, created + the relay grace,
  or twice the grace after it was last re-sent (partial index `outbox_pending`);
- a PENDING job row: its due time (or creation) + the job grace, when `resend_lost` would take it
  as lost in transit; a RUNNING one: the end of its lease, when its worker is presumed dead (the
  `(status, next_attempt_at)` index of each job table);
- the daily digests: the digest hour of the tenant's day, while someone's digest is still to go;
- an LDAP source's scheduled sync: its last run + its interval (now if it never ran) while no run of
  it is under way; a run a worker left running: its start + the job lease, when `ldap_sync_due`
  takes it back; a queued run: its message's sending + the lease, when it is sent again.

A visit runs only the parts that are due and then reads again for the next wake-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from django.conf import settings
from django.db import connection

from core.prepared import run_prepared
from engine.calendars.models import DEFAULT_KEY, WorkingCalendar
from engine.delegations.models import Delegation
from engine.tickets.models import OutboxEvent, Timer
from engine.tickets.tasks import relay_grace
from integrations.common.jobs import SWEEP_GRACE
from integrations.common.models import Job
from integrations.hooks.models import HookCall
from integrations.inbox.models import NotificationPreference
from integrations.ldapsync.models import LdapSource, LdapSyncRun
from integrations.notifications.digest import digests_due_at
from integrations.notifications.models import Notification, NotificationChannel
from integrations.scripts.models import ScriptRun
from integrations.webhooks.models import WebhookDelivery

TIMERS = "timers"
DELEGATIONS = "delegations"
OUTBOX = "outbox"
DIGESTS = "inbox"  # the inbox subscriber's sweep sends the digests
LDAP = "ldap_syncs"
# The job tables behind the event subscribers' sweeps (`integrations.apps`), by subscriber name.
JOB_KINDS: dict[str, type[Job]] = {
    "notifications": Notification,
    "webhook_deliveries": WebhookDelivery,
    "hook_calls": HookCall,
    "script_runs": ScriptRun,
}
# A tenant whose due work is left after a visit is visited again this long after.
REVISIT = timedelta(seconds=1)
# Timers handed to the workers and still unfired this long after are handed over again (the message
# was lost, or its worker died); `timer_fire` is idempotent, so a slow first attempt does no harm.
HANDED_RECHECK = timedelta(seconds=30)
TIMER_BATCH = 500  # due timers taken per visit
KINDS = (TIMERS, DELEGATIONS, OUTBOX, DIGESTS, LDAP, *JOB_KINDS)
# The due query's parameters, as its prepared statement declares them (`core.prepared`).
PARAMETER_TYPES = {
    "now": "timestamptz",
    "horizon": "timestamptz",
    "handed": "timestamptz",
    "relay_grace": "interval",
    "job_grace": "interval",
    "lease": "interval",
    "calendar": "text",
    "timer_batch": "integer",
}


@dataclass(frozen=True)
class Due:
    """When each kind of work is next due in the tenant (absent: nothing of that kind)."""

    at: dict[str, datetime] = field(default_factory=dict)
    # The first unfired timer due after the `handed` time the query was given.
    timers_after: datetime | None = None
    # The ids of the timers due at the query's `now`, soonest first (at most TIMER_BATCH, these and
    # `timers_ahead` together).
    timer_ids: tuple[int, ...] = ()
    # The timers due after `now` up to the query's `horizon`, soonest first: (id, due time).
    timers_ahead: tuple[tuple[int, datetime], ...] = ()

    def handed(self, until: datetime) -> Due:
        """What is due once the timers due by `until` are with the workers: those are looked at
        again only if still unfired HANDED_RECHECK later."""
        timers = self.at.get(TIMERS)
        if timers is None or timers > until:
            return self
        recheck = until + HANDED_RECHECK
        after = recheck if self.timers_after is None else min(self.timers_after, recheck)
        return Due({**self.at, TIMERS: after}, self.timers_after)

    def not_before(self, kind: str, at: datetime) -> Due:
        """The same, with `kind` due no sooner than `at`."""
        when = self.at.get(kind)
        if when is None or when >= at:
            return self
        return Due({**self.at, kind: at}, self.timers_after, self.timer_ids, self.timers_ahead)

    def now_due(self, now: datetime) -> set[str]:
        return {kind for kind, when in self.at.items() if when <= now}

    def next(self) -> datetime | None:
        return min(self.at.values(), default=None)


def _table(model: type) -> str:
    return connection.ops.quote_name(model._meta.db_table)  # type: ignore[attr-defined]


def _job_due(model: type[Job]) -> str:
    return (
        "(SELECT min(CASE WHEN status = 'running' THEN next_attempt_at "
        "ELSE COALESCE(next_attempt_at, created_at) + %(job_grace)s END) "
        f"FROM {_table(model)} WHERE status IN ('pending', 'running'))"
    )


@cache
def _sql() -> str:
    columns = [
        f"(SELECT min(due_at) FROM {_table(Timer)} WHERE fired_at IS NULL AND cancelled_at IS NULL)",
        # The first timer due after those handed to the workers (see `read_due`).
        f"(SELECT min(due_at) FROM {_table(Timer)} WHERE fired_at IS NULL AND cancelled_at IS NULL "
        "AND due_at > %(handed)s)",
        f"(SELECT min(starts_at) FROM {_table(Delegation)} WHERE cancelled_at IS NULL AND move_waiting "
        "AND moved_at IS NULL AND ends_at > %(now)s)",
        "(SELECT min(GREATEST(created_at + %(relay_grace)s, "
        "COALESCE(relayed_at + 2 * %(relay_grace)s, created_at))) "
        f"FROM {_table(OutboxEvent)} WHERE processed_at IS NULL)",
        # LDAP: the next scheduled sync of an enabled source with no run under way, a run a dead
        # worker left running, and a queued run whose message no worker took within the lease.
        f"LEAST((SELECT min(COALESCE((SELECT max(r.created_at) FROM {_table(LdapSyncRun)} r "
        "WHERE r.source_id = s.id) + s.interval_minutes * interval '1 minute', %(now)s)) "
        f"FROM {_table(LdapSource)} s WHERE s.enabled AND NOT EXISTS (SELECT 1 FROM {_table(LdapSyncRun)} b "
        "WHERE b.source_id = s.id AND b.status IN ('queued', 'running'))), "
        f"(SELECT min(started_at) + %(lease)s FROM {_table(LdapSyncRun)} WHERE status = 'running'), "
        f"(SELECT min(COALESCE(sent_at, created_at)) + %(lease)s FROM {_table(LdapSyncRun)} "
        "WHERE status = 'queued'))",
        *(_job_due(model) for model in JOB_KINDS.values()),
        # The digests: the oldest day sent (date.min for never) of those who want one, ...
        f"(SELECT min(COALESCE(digest_sent_on, DATE '0001-01-01')) FROM {_table(NotificationPreference)} "
        "WHERE digest)",
        # ... whether they can be sent, and the day's time zone.
        f"EXISTS (SELECT 1 FROM {_table(NotificationChannel)} WHERE kind = 'email' AND is_active "
        "AND is_default)",
        f"(SELECT time_zone FROM {_table(WorkingCalendar)} WHERE key = %(calendar)s)",
        # The timers due by the horizon themselves, so that a visit hands them over (or holds
        # them until due) without a second query.
        "(SELECT array_agg(ARRAY[id::float8, extract(epoch FROM due_at)::float8] ORDER BY due_at) "
        f"FROM (SELECT id, due_at FROM {_table(Timer)} "
        "WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= %(horizon)s "
        "ORDER BY due_at LIMIT %(timer_batch)s) AS due_timers)",
    ]
    return "SELECT " + ", ".join(columns)


def read_due(*, now: datetime, handed_until: datetime | None = None, horizon: datetime | None = None) -> Due:
    """What is due when in the current tenant (one query). `handed_until`: the timers due by then
    are with the workers, to be looked at again only if still unfired HANDED_RECHECK later.
    `horizon` (at least `now`): the timers due by then are read too (`Due.timers_ahead`), and
    `timers_after` is the first one after it."""
    horizon = max(now, horizon or now)
    params: dict[str, Any] = {
        "now": now,
        "horizon": horizon,
        "handed": max(handed_until or now, horizon),
        "relay_grace": relay_grace(),  # intervals
        "job_grace": SWEEP_GRACE,
        "calendar": DEFAULT_KEY,
        "lease": timedelta(seconds=settings.JOB_LEASE_SECONDS),
        "timer_batch": TIMER_BATCH,
    }
    row = run_prepared(_sql(), params, PARAMETER_TYPES)
    assert row is not None  # one row always (a SELECT of subqueries)
    timers, timers_after, delegations, outbox, ldap, *rest, timer_rows = row
    jobs = rest[: len(JOB_KINDS)]
    oldest_sent_on, has_channel, time_zone = rest[len(JOB_KINDS) :]
    at: dict[str, datetime | None] = {
        TIMERS: timers,
        DELEGATIONS: delegations,
        OUTBOX: outbox,
        LDAP: ldap,
        **dict(zip(JOB_KINDS, jobs, strict=True)),
        DIGESTS: digests_due_at(
            now=now, oldest_sent_on=oldest_sent_on, has_channel=bool(has_channel), time_zone=time_zone
        ),
    }
    cut = now.timestamp()
    rows = [(int(pk), epoch) for pk, epoch in timer_rows or ()]
    due = Due(
        {kind: when for kind, when in at.items() if when is not None},
        timers_after,
        tuple(pk for pk, epoch in rows if epoch <= cut),
        tuple((pk, datetime.fromtimestamp(epoch, UTC)) for pk, epoch in rows if epoch > cut),
    )
    return due if handed_until is None else due.handed(handed_until)


def next_wake(due: Due, *, now: datetime) -> datetime | None:
    """The wake-up to publish after a visit: the next due time, or, when due work is left (a batch
    limit, the broker down), a second from now rather than a busy loop."""
    at = due.next()
    if at is not None and at <= now:
        return now + REVISIT
    return at
