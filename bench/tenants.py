"""Background work across many tenants: what the scheduler costs idle, how late timers fire, and how
long a lost outbox row takes to be re-sent.

    make bench-tenants BENCH_ARGS="--tenants 1000"
    (python tools/stack.py --profile bench exec -- python bench/tenants.py --tenants 1000)

Provisions N tenants `bt0000`… by cloning the template (an existing set is reused; `--drop` deletes
it after), each with two people, a published workflow whose review state has a one-day SLA that
reminds, and one ticket in review. Then, against the real `run_scheduler` process:
1. idle: the scheduler's CPU (from /proc) over `--idle` seconds, and that of this PostgreSQL
   server's processes (the scheduler's backend is almost all of it while nothing else runs);
2. timers: `--timers` SLA timers (default 10,000) spread over the tenants and over `--spread`
   seconds, each published as a writer would (`core.wakeups.wake` after the insert); lateness
   p50/p99/max = fired_at - due_at. The worker starts after the idle part; as at any boot, its
   processes' database lanes meet every tenant in the background first (WORKER_MEET_TENANTS), and
   the bench waits for that; `--warm` also fires one timer per tenant first (not measured);
3. lost outbox rows, with the rotation at `--safety` seconds: rows inserted with no publish (a
   process killed between its commit and its relay), and a ticket change committed while Redis is
   down (then Redis restarted empty); how long each took to be re-sent (relayed_at - created_at);
4. a flood (`--flood`, bench/worker.py in the same database): one tenant's webhook deliveries
   draining while another files tickets, and that quiet tenant's enqueue-to-delivery p95 against
   its p95 without the flood.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import signal
import statistics
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "backend"))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ["DEBUG"] = "0"
os.environ["DEMO_ENDPOINTS"] = "0"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402
from worker_log import WorkerLog  # noqa: E402

from core.access.auth import Principal  # noqa: E402
from core.access.models import User  # noqa: E402
from core.directory.schemas import DirectorySyncIn  # noqa: E402
from core.directory.sync import directory_sync  # noqa: E402
from core.redis import get_redis  # noqa: E402
from core.wakeups import wake  # noqa: E402
from engine.tickets.models import OutboxEvent, Ticket, Timer  # noqa: E402
from engine.tickets.services import ticket_create  # noqa: E402
from engine.workflows.definitions.schema import WorkflowDocument  # noqa: E402
from engine.workflows.models import Workflow  # noqa: E402
from engine.workflows.services import workflow_create, workflow_publish  # noqa: E402
from tenants.models import Tenant  # noqa: E402
from tenants.services import tenant_create, tenant_delete  # noqa: E402

# A Redis outage is staged here: its warnings (with tracebacks) would bury the figures.
for noisy in ("core.wakeups", "engine.tickets.tasks"):
    logging.getLogger(noisy).setLevel(logging.ERROR)

PREFIX = "bt"
TICKS = os.sysconf("SC_CLK_TCK")
DOCUMENT = {
    "serial_prefix": "BT",
    "states": [
        {"key": "draft", "name": "Draft", "type": "start"},
        {
            "key": "review",
            "name": "Review",
            "participant": {"kind": "users", "users": ["lead"]},
            "sla": {"duration_seconds": 86400, "action": "remind"},
        },
        {"key": "done", "name": "Done", "type": "end"},
    ],
    "transitions": [
        {"key": "submit", "name": "Submit", "source": "draft", "target": "review"},
        {"key": "approve", "name": "Approve", "source": "review", "target": "done"},
    ],
}


def _schemas(count: int) -> list[str]:
    return [f"{PREFIX}{index:04d}" for index in range(count)]


def _as(username: str) -> Principal:
    return Principal(user=User.objects.get(username=username))


def _fill(schema: str) -> None:
    """People, the workflow and one ticket in review (skipped when the tenant has them)."""
    with schema_context(schema):
        if Workflow.objects.filter(key="bench").exists():
            return
        directory_sync(
            payload=DirectorySyncIn.model_validate({"users": [{"username": "alice"}, {"username": "lead"}]}),
            actor="bench",
        )
        workflow = workflow_create(
            key="bench", name="Bench", document=WorkflowDocument.model_validate(DOCUMENT)
        )
        workflow_publish(workflow=workflow, actor=None)
        ticket_create(workflow=workflow, principal=_as("alice"), values={}, transition="submit")


def _provision(count: int) -> list[str]:
    call_command("bootstrap", verbosity=0)
    schemas = _schemas(count)
    existing = set(
        Tenant.objects.filter(schema_name__startswith=PREFIX).values_list("schema_name", flat=True)
    )
    started = time.perf_counter()
    created = 0
    for schema in schemas:
        if schema not in existing:
            tenant_create(key=schema, name=f"Bench {schema}")
            created += 1
        _fill(schema)
    print(
        f"tenants: {count} ({created} created, {count - created} reused) in "
        f"{time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    _quiet(schemas)
    return schemas


def _quiet(schemas: list[str]) -> None:
    """No work left over from an earlier run: timers cancelled, outbox events processed."""
    now = timezone.now()
    for schema in schemas:
        with schema_context(schema):
            Timer.objects.filter(fired_at=None, cancelled_at=None).update(cancelled_at=now)
            OutboxEvent.objects.filter(processed_at=None).update(processed_at=now)
    get_redis().flushdb()


# ---- processes ------------------------------------------------------------------------------------


class Worker:
    """Dramatiq on every queue: it fires the timers the scheduler hands over (`timers`) and fans out
    the events their reminders write (`events`)."""

    def __init__(self, processes: int, threads: int) -> None:
        self.proc = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "dramatiq"),
                "config.worker",
                *("--processes", str(processes), "--threads", str(threads)),
            ],
            cwd=ROOT / "backend",
            env={**os.environ, "LOG_LEVEL": "INFO"},
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        self.log = WorkerLog(self.proc, processes)

    def lanes_met(self, timeout: float) -> None:
        """Wait until every process's lanes have met the tenants (a worker that has run a while)."""
        print(f"worker booted; its lanes met {self.log.lanes_met(timeout)} (each process, in the background)")

    def stop(self) -> None:
        os.killpg(self.proc.pid, signal.SIGTERM)
        self.proc.wait(timeout=60)


class Scheduler:
    def __init__(self, **env: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "manage.py", "run_scheduler"],
            cwd=ROOT / "backend",
            env={**os.environ, "LOG_LEVEL": "WARNING", **env},
        )

    def settled(self, tenants: int) -> None:
        """Wait until its first pass over every tenant is done (it marks the wake-ups complete when it
        starts that pass, 200 tenants a step)."""
        from core.wakeups import SENTINEL

        if not _wait_for(lambda: get_redis().exists(SENTINEL), 60):
            raise SystemExit("the scheduler did not start")
        time.sleep(2 + tenants / 200)

    def cpu(self) -> float:
        return _cpu_seconds(self.proc.pid)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


def _cpu_seconds(pid: int) -> float:
    """utime + stime of a process, in seconds (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS


def _postgres_pids() -> list[int]:
    """This server's processes: the postmaster (its pid from the data directory) and its children."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW data_directory")
        (data_dir,) = cursor.fetchone()
    postmaster = int(Path(data_dir, "postmaster.pid").read_text().split()[0])
    pids = [postmaster]
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(stat[1]) == postmaster:
                pids.append(int(entry.name))
    return pids


def _postgres_cpu(pids: list[int]) -> dict[int, float]:
    return {pid: _cpu_seconds(pid) for pid in pids}


def _wait_for(check: Any, seconds: float, every: float = 0.5) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(every)
    return False


# ---- the figures ----------------------------------------------------------------------------------


def _pg_settings() -> str:
    with connection.cursor() as cursor:
        shown = []
        for name in ("shared_buffers", "fsync", "synchronous_commit"):
            cursor.execute(f"SHOW {name}")
            shown.append(f"{name}={cursor.fetchone()[0]}")
    return " ".join(shown)


def _postgres_baseline(seconds: float) -> float:
    """The PostgreSQL server's own CPU share with no scheduler running (its background processes)."""
    connection.close()  # this process's backend stays out of the figure
    pids = _postgres_pids()
    connection.close()
    before = _postgres_cpu(pids)
    time.sleep(seconds)
    after = _postgres_cpu(pids)
    share = sum(after[pid] - before[pid] for pid in pids if after[pid]) / seconds
    print(f"PostgreSQL alone (no scheduler) over {seconds:.0f} s: {share * 100:.2f}% of a core")
    return share


def _idle(scheduler: Scheduler, seconds: float, baseline: float) -> None:
    connection.close()
    pids = _postgres_pids()
    connection.close()
    before, pg_before = scheduler.cpu(), _postgres_cpu(pids)
    time.sleep(seconds)
    after, pg_after = scheduler.cpu(), _postgres_cpu(pids)
    pg = sum(pg_after[pid] - pg_before[pid] for pid in pids if pg_after[pid]) / seconds
    own = (after - before) / seconds
    print(
        f"idle over {seconds:.0f} s: scheduler {own * 100:.2f}% of a core, PostgreSQL {pg * 100:.2f}% "
        f"({max(0.0, pg - baseline) * 100:.2f}% above its baseline); scheduler + PostgreSQL's extra: "
        f"{(own + max(0.0, pg - baseline)) * 100:.2f}%"
    )


ARM_SECONDS_PER_TENANT = 0.02


def _arm_timers(schemas: list[str], count: int, spread: float) -> datetime:
    """`count` SLA timers due over `spread` seconds once all are armed, spread over the tenants,
    each tenant's earliest published as the writer's commit would. Returns when the first is due."""
    # Arming takes ~10 ms a tenant: the first timer falls due after the last is armed, or the
    # lateness of a timer armed after its due time would measure this loop, not the scheduler.
    start = timezone.now() + timedelta(seconds=5 + ARM_SECONDS_PER_TENANT * len(schemas))
    overdue = 0
    per_tenant = [count // len(schemas) + (1 if i < count % len(schemas) else 0) for i in range(len(schemas))]
    for schema, n in zip(schemas, per_tenant, strict=True):
        if not n:
            continue
        with schema_context(schema):
            ticket = Ticket.objects.filter(workflow__key="bench").order_by("pk").first()
            assert ticket is not None
            dues = sorted(start + timedelta(seconds=random.uniform(0, spread)) for _ in range(n))
            Timer.objects.bulk_create(
                Timer(
                    ticket=ticket,
                    kind=Timer.Kind.SLA,
                    state_key="review",
                    state_entry=ticket.state_entry,
                    due_at=at,
                )
                for at in dues
            )
        wake(schema, dues[0])
        overdue += sum(1 for at in dues if at < timezone.now())
    if overdue:
        print(f"WARNING: {overdue} timers were armed after their due time (arming was slow)")
    return start


def _fired(schemas: list[str], since: datetime) -> list[tuple[datetime, datetime]]:
    """(due_at, fired_at) of the timers armed this run (due from `since`) that fired."""
    rows: list[tuple[datetime, datetime]] = []
    for schema in schemas:
        with schema_context(schema):
            fired = Timer.objects.filter(kind=Timer.Kind.SLA, fired_at__isnull=False, due_at__gte=since)
            rows += list(fired.values_list("due_at", "fired_at"))
    return rows


def _left(schemas: list[str], done: set[str], count: Any, settled: bool = True) -> int:
    """`count()` summed over the tenants not already seen `done`; a tenant found with none left is
    done once `settled` (nothing new can arrive), and not counted again."""
    total = 0
    for schema in schemas:
        if schema in done:
            continue
        with schema_context(schema):
            left = count()
        total += left
        if not left and settled:
            done.add(schema)
    return total


def _unfired(schemas: list[str], done: set[str], last_due: datetime) -> int:
    """Due timers not fired yet (once the last armed one is due, none can become due any more)."""
    return _left(
        schemas,
        done,
        lambda: Timer.objects.filter(fired_at=None, cancelled_at=None, due_at__lte=timezone.now()).count(),
        settled=timezone.now() > last_due,
    )


def _unprocessed(schemas: list[str], done: set[str]) -> int:
    """Outbox events not fanned out yet."""
    return _left(schemas, done, lambda: OutboxEvent.objects.filter(processed_at=None).count())


def _timers(
    scheduler: Scheduler, schemas: list[str], count: int, spread: float, label: str = "timers"
) -> None:
    cpu = scheduler.cpu()
    began = time.monotonic()
    since = _arm_timers(schemas, count, spread)
    armed = (timezone.now() - since).total_seconds()
    print(f"{label}: armed {count} timers by {armed:+.1f} s from the first due time")
    time.sleep(max(0.0, (since - timezone.now()).total_seconds() + spread))
    done: set[str] = set()
    # Polled every 2 s, not 0.5: a poll is a query per unfinished tenant, load the run should not carry.
    last_due = since + timedelta(seconds=spread)
    _wait_for(lambda: _unfired(schemas, done, last_due) == 0, 180, every=2.0)
    fired = _fired(schemas, since)
    late = sorted((at - due).total_seconds() for due, at in fired)
    used = scheduler.cpu() - cpu
    if not late:
        print(f"{label}: none fired")
        return
    last = max(at for _due, at in fired)
    # The fan-out of their events runs after the timers (lower priority): wait for it, so that the
    # next part does not start with this one's backlog, and say how long it took.
    fanned: set[str] = set()
    drained = _wait_for(lambda: _unprocessed(schemas, fanned) == 0, 600, every=5.0)
    after = (timezone.now() - last).total_seconds()
    p99 = late[min(len(late) - 1, int(len(late) * 0.99))]
    span = (max(at for _due, at in fired) - since).total_seconds()
    print(
        f"{label}: {len(late)} fired of {count} due over {spread:.0f} s in {len(schemas)} tenants "
        f"({len(late) / max(span, 1):.0f}/s); lateness p50={statistics.median(late):.2f} s "
        f"p99={p99:.2f} s max={late[-1]:.2f} s; scheduler CPU "
        f"{used / (time.monotonic() - began) * 100:.0f}% of a core meanwhile; their events fanned out "
        f"{after:.0f} s after the last timer fired" + ("" if drained else " (NOT all within 600 s)")
    )


def _lost_rows(schemas: list[str], rows: int) -> list[tuple[str, int]]:
    """Unprocessed outbox rows with no relay and no wake-up (killed between commit and publish)."""
    lost = []
    for schema in random.sample(schemas, min(rows, len(schemas))):
        with schema_context(schema):
            ticket = Ticket.objects.filter(workflow__key="bench").order_by("pk").first()
            assert ticket is not None
            event = OutboxEvent.objects.create(
                event="commented", ticket=ticket, state_key=ticket.state_key, state_entry=ticket.state_entry
            )
            lost.append((schema, event.pk))
    return lost


def _resent_after(found: list[tuple[str, int]], seconds: float) -> list[float]:
    """Seconds from each row's creation to its re-send, waiting at most `seconds`."""

    def times() -> list[float]:
        out = []
        for schema, pk in found:
            with schema_context(schema):
                row = OutboxEvent.objects.get(pk=pk)
            if row.relayed_at is not None:
                out.append((row.relayed_at - row.created_at).total_seconds())
        return out

    _wait_for(lambda: len(times()) == len(found), seconds)
    return times()


def _redis_down_change(schema: str) -> list[tuple[str, int]]:
    """A ticket change committed while Redis is down; Redis comes back empty."""
    from tools.stack import Redis, profile_behind

    profile = profile_behind(settings.REDIS_URL)
    if profile is None:
        raise SystemExit("the Redis-down case needs this checkout's stack Redis")
    get_redis().shutdown(nosave=True)
    try:
        with schema_context(schema):
            workflow = Workflow.objects.get(key="bench")
            ticket = ticket_create(workflow=workflow, principal=_as("alice"), values={}, transition="submit")
            ids = list(OutboxEvent.objects.filter(ticket=ticket).values_list("pk", flat=True))
    finally:
        Redis(profile).start()
    return [(schema, pk) for pk in ids]


def _outbox(schemas: list[str], safety: int) -> None:
    grace = settings.OUTBOX_RESEND_AFTER_SECONDS
    scheduler = Scheduler(SCHEDULER_SAFETY_SWEEP_SECONDS=str(safety))
    try:
        scheduler.settled(len(schemas))
        lost = _resent_after(_lost_rows(schemas, 5), safety + grace + 30)
        print(
            f"lost outbox rows (no relay, no wake-up): re-sent after {_spread(lost)}; bound: the rotation "
            f"({safety} s) + the relay grace ({grace} s)"
        )
        down = _resent_after(_redis_down_change(random.choice(schemas)), grace + 60)
        print(
            f"a change committed with Redis down: re-sent after {_spread(down)}; bound: the relay grace "
            f"({grace} s) + a step"
        )
    finally:
        scheduler.stop()


def _flood(flood: int) -> None:
    """bench/worker.py's flood part, in this database (its two tenants beside these), with its worker
    as deployed (2 processes x 8 threads)."""
    command = [sys.executable, str(ROOT / "bench" / "worker.py"), "--backlog", "100", "--steady", "200"]
    command += ["--rate", "20", "--flood", str(flood)]
    print("a flood among them:", " ".join(command[1:]), flush=True)
    subprocess.run(command, check=True, env={**os.environ, "LOG_LEVEL": "WARNING"})


def _spread(values: list[float]) -> str:
    if not values:
        return "never (timed out)"
    return f"min {min(values):.1f} s, max {max(values):.1f} s ({len(values)} rows)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tenants", type=int, default=1000)
    parser.add_argument("--timers", type=int, default=10_000)
    parser.add_argument("--spread", type=float, default=60.0)
    parser.add_argument("--idle", type=float, default=30.0)
    parser.add_argument("--safety", type=int, default=60, help="the rotation period for the outbox part")
    parser.add_argument("--drop", action="store_true", help="delete the bench tenants after")
    parser.add_argument("--inline", action="store_true", help="the scheduler fires timers itself (no worker)")
    parser.add_argument("--worker-processes", type=int, default=2)
    parser.add_argument("--worker-threads", type=int, default=4)
    parser.add_argument("--no-outbox", action="store_true", help="skip the lost outbox rows part")
    parser.add_argument(
        "--warm",
        action="store_true",
        help="fire one timer per tenant first (not measured), as workers that have run a while have",
    )
    parser.add_argument(
        "--flood",
        type=int,
        default=2000,
        help="then bench/worker.py --flood N among these tenants: a quiet tenant's p95 while another "
        "tenant's N deliveries drain (0: skip)",
    )
    args = parser.parse_args()

    schemas = _provision(args.tenants)
    print(
        f"configuration: {args.tenants} tenants, {os.cpu_count()} CPUs, SCHEDULER_SAFETY_SWEEP_SECONDS="
        f"{settings.SCHEDULER_SAFETY_SWEEP_SECONDS}, OUTBOX_RESEND_AFTER_SECONDS="
        f"{settings.OUTBOX_RESEND_AFTER_SECONDS}, JOB_RESEND_AFTER_SECONDS="
        f"{settings.JOB_RESEND_AFTER_SECONDS}; PostgreSQL {_pg_settings()}"
    )
    baseline = _postgres_baseline(args.idle)
    worker = None
    scheduler = Scheduler(SCHEDULER_TIMERS="inline" if args.inline else "workers")
    try:
        scheduler.settled(args.tenants)
        _idle(scheduler, args.idle, baseline)
        if not args.inline:
            # Started after the idle part: its boot (its lanes meeting every tenant) is not idling.
            worker = Worker(args.worker_processes, args.worker_threads)
            if settings.WORKER_MEET_TENANTS:
                worker.lanes_met(300)
        print(
            "timers fired by "
            + (
                "the scheduler itself"
                if args.inline
                else f"a worker ({args.worker_processes} processes "
                f"x {args.worker_threads} threads, every queue)"
            )
        )
        if args.warm:
            # Long-running workers have met every tenant: their connections' catalogs are warm.
            _timers(scheduler, schemas, len(schemas), 10.0, label="warm-up (one timer per tenant)")
        _timers(scheduler, schemas, args.timers, args.spread)
    finally:
        scheduler.stop()
        if worker is not None:
            worker.stop()
    _quiet(schemas)
    if not args.no_outbox:
        _outbox(schemas, args.safety)
        _quiet(schemas)
    if args.flood:
        _flood(args.flood)
    if args.drop:
        for tenant in Tenant.objects.filter(schema_name__startswith=PREFIX):
            tenant_delete(tenant=tenant)


if __name__ == "__main__":
    main()
