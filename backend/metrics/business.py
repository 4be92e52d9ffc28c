"""Figures for /metrics: tickets by status, the outbox backlog and unfinished background jobs of every
tenant, read from the public table `tenant_figures` (one query however many tenants; the scheduler keeps
it current, see `tenants.figures`), and the broker's queues from Redis. One process of the whole
deployment reads them per METRICS_CACHE_SECONDS and shares the result through Redis, so scraping
many pods costs one read."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field

import redis
from django.conf import settings
from django.utils import timezone
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from core import lanes
from core.redis import get_redis
from tenants.models import TenantFigures
from tenants.selectors import department_tenants

# The Dramatiq queues the actors declare (docs/operations.md, "Worker queues").
# Each job kind's queue has an overflow lane (core/lanes.py) for delayed retries.
QUEUES = (
    "events",
    "events-overflow",
    "timers",
    "webhooks",
    "webhooks-overflow",
    "notifications",
    "notifications-overflow",
    "hooks",
    "hooks-overflow",
    "scripts",
    "scripts-overflow",
    "default",
)
BROKER_NAMESPACE = "loonflow"
# A worker whose heartbeat is older than this is not counted as alive.
WORKER_HEARTBEAT_SECONDS = 60


@dataclass
class Snapshot:
    tenants: list[tuple[str, str]] = field(default_factory=list)  # (schema, status)
    tickets: list[tuple[str, str, int]] = field(default_factory=list)  # (schema, status, count)
    outbox: list[tuple[str, int, float]] = field(default_factory=list)  # (schema, backlog, oldest age)
    jobs: list[tuple[str, str, str, int]] = field(default_factory=list)  # (schema, kind, status, n)
    figures_age: list[tuple[str, float]] = field(default_factory=list)  # (schema, seconds since read)
    queues: list[tuple[str, str, int]] = field(default_factory=list)  # (queue, state, count)
    workers_alive: int = 0
    database_ok: bool = True
    redis_ok: bool = True
    seconds: float = 0.0


def _read_database(snapshot: Snapshot) -> None:
    snapshot.tenants = list(department_tenants().order_by("schema_name").values_list("schema_name", "status"))
    now = timezone.now()
    rows = (
        TenantFigures.objects.filter(tenant__in=department_tenants())
        .order_by("tenant__schema_name")
        .values_list(
            "tenant__schema_name", "tickets", "outbox_backlog", "outbox_oldest_at", "jobs", "read_at"
        )
    )
    for schema, tickets, backlog, oldest_at, jobs, read_at in rows:
        snapshot.tickets.extend((schema, str(status), int(n)) for status, n in sorted(tickets.items()))
        age = max((now - oldest_at).total_seconds(), 0.0) if backlog and oldest_at else 0.0
        snapshot.outbox.append((schema, int(backlog), age))
        for kind, counts in sorted(jobs.items()):
            snapshot.jobs.extend((schema, kind, str(status), int(n)) for status, n in sorted(counts.items()))
        snapshot.figures_age.append((schema, max((now - read_at).total_seconds(), 0.0)))


def _read_redis(snapshot: Snapshot) -> None:
    client = get_redis()
    pipe = client.pipeline(transaction=False)
    for queue in QUEUES:
        base = f"{BROKER_NAMESPACE}:{queue}"
        pipe.llen(base)
        pipe.hlen(f"{base}.msgs")
        pipe.hlen(f"{base}.DQ.msgs")
        pipe.zcard(f"{base}.XQ")
    now_ms = int(time.time() * 1000)
    pipe.zcount(f"{BROKER_NAMESPACE}:__heartbeats__", now_ms - WORKER_HEARTBEAT_SECONDS * 1000, "+inf")
    results = pipe.execute()
    for index, queue in enumerate(QUEUES):
        ready, stored, delayed, dead = (int(value) for value in results[index * 4 : index * 4 + 4])
        snapshot.queues.extend(
            [
                (queue, "ready", ready),
                (queue, "in_progress", max(stored - ready, 0)),
                (queue, "delayed", delayed),
                (queue, "dead", dead),
            ]
        )
    snapshot.workers_alive = int(results[-1])
    snapshot.queues.extend(_parked(client))


def _parked(client: redis.Redis) -> list[tuple[str, str, int]]:
    """Messages parked by the fair lanes (core/lanes.py), by queue: only tenants over their share
    have any, so this reads a few lists, not one per tenant."""
    members = {queue: sorted(client.smembers(lanes.parked_set(queue))) for queue in lanes.FAIR_QUEUES}
    pipe = client.pipeline(transaction=False)
    for queue, schemas in members.items():
        for schema in schemas:
            pipe.llen(lanes.park_list(queue, schema.decode() if isinstance(schema, bytes) else schema))
    lengths = iter(pipe.execute())
    return [(queue, "parked", sum(int(next(lengths)) for _ in schemas)) for queue, schemas in members.items()]


def take_snapshot() -> Snapshot:
    snapshot = Snapshot()
    started = time.perf_counter()
    try:
        _read_database(snapshot)
    except Exception:  # a scrape reports an outage as a figure, it never fails
        snapshot.database_ok = False
    try:
        _read_redis(snapshot)
    except Exception:
        snapshot.redis_ok = False
    snapshot.seconds = time.perf_counter() - started
    return snapshot


_SHARED_KEY = "lf:metrics:snapshot"
_READING_KEY = "lf:metrics:reading"
_WAIT_FOR_READER_SECONDS = 10.0


def _encode(snapshot: Snapshot) -> str:
    return json.dumps(asdict(snapshot))


def _decode(raw: bytes | str) -> Snapshot:
    data = json.loads(raw)
    return Snapshot(
        tenants=[(row[0], row[1]) for row in data["tenants"]],
        tickets=[(row[0], row[1], row[2]) for row in data["tickets"]],
        outbox=[(row[0], row[1], row[2]) for row in data["outbox"]],
        jobs=[(row[0], row[1], row[2], row[3]) for row in data["jobs"]],
        figures_age=[(row[0], row[1]) for row in data.get("figures_age", [])],
        queues=[(row[0], row[1], row[2]) for row in data["queues"]],
        workers_alive=data["workers_alive"],
        database_ok=data["database_ok"],
        redis_ok=data["redis_ok"],
        seconds=data["seconds"],
    )


def _shared_snapshot() -> Snapshot:
    """Every API process of every pod is scraped; only one of them reads the data per period.

    The reader publishes its snapshot in Redis for METRICS_CACHE_SECONDS; the others take it from
    there (or wait a moment for the reader). Without Redis, each process reads for itself.
    """
    try:
        client = get_redis()
        raw = client.get(_SHARED_KEY)
        if raw:
            return _decode(raw)
        if client.set(_READING_KEY, "1", nx=True, ex=60):
            try:
                snapshot = take_snapshot()
                if snapshot.database_ok:
                    client.set(_SHARED_KEY, _encode(snapshot), ex=max(settings.METRICS_CACHE_SECONDS, 1))
                return snapshot
            finally:
                client.delete(_READING_KEY)
        deadline = time.monotonic() + _WAIT_FOR_READER_SECONDS
        while time.monotonic() < deadline:
            time.sleep(0.05)
            raw = client.get(_SHARED_KEY)
            if raw:
                return _decode(raw)
    except redis.RedisError:
        pass
    return take_snapshot()


class _Cache:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._taken_at = 0.0

    def get(self) -> Snapshot:
        with self._lock:
            age = time.monotonic() - self._taken_at
            if self._snapshot is None or age >= settings.METRICS_CACHE_SECONDS:
                self._snapshot = _shared_snapshot()
                self._taken_at = time.monotonic()
            return self._snapshot

    def clear(self) -> None:
        with self._lock:
            self._snapshot = None
        with contextlib.suppress(redis.RedisError):
            get_redis().delete(_SHARED_KEY, _READING_KEY)


cache = _Cache()


class BusinessCollector(Collector):
    def collect(self) -> Iterator[GaugeMetricFamily]:
        snapshot = cache.get()
        up = GaugeMetricFamily(
            "loonflow_metrics_source_up", "Whether the last read of a data source worked.", labels=["source"]
        )
        up.add_metric(["database"], 1 if snapshot.database_ok else 0)
        up.add_metric(["redis"], 1 if snapshot.redis_ok else 0)
        yield up
        yield GaugeMetricFamily(
            "loonflow_metrics_collect_seconds", "Time the last read of the data took.", value=snapshot.seconds
        )
        tenants = GaugeMetricFamily(
            "loonflow_tenants", "Tenants (departments), by status.", labels=["status"]
        )
        for status in ("active", "suspended"):
            tenants.add_metric([status], sum(1 for _schema, s in snapshot.tenants if s == status))
        yield tenants
        tickets = GaugeMetricFamily(
            "loonflow_tickets", "Tickets, by tenant schema and status.", labels=["tenant", "status"]
        )
        for schema, status, count in snapshot.tickets:
            tickets.add_metric([schema, status], count)
        yield tickets
        backlog = GaugeMetricFamily(
            "loonflow_outbox_backlog",
            "Outbox events not yet fanned out into jobs, by tenant schema.",
            labels=["tenant"],
        )
        oldest = GaugeMetricFamily(
            "loonflow_outbox_oldest_age_seconds",
            "Age of the oldest unprocessed outbox event (0 when there is none), by tenant schema.",
            labels=["tenant"],
        )
        for schema, count, age in snapshot.outbox:
            backlog.add_metric([schema], count)
            oldest.add_metric([schema], age)
        yield backlog
        yield oldest
        jobs = GaugeMetricFamily(
            "loonflow_jobs",
            "Background jobs not yet succeeded, by tenant schema, kind and status.",
            labels=["tenant", "kind", "status"],
        )
        for schema, kind, status, count in snapshot.jobs:
            jobs.add_metric([schema, kind, status], count)
        yield jobs
        figures_age = GaugeMetricFamily(
            "loonflow_tenant_figures_age_seconds",
            "How long ago the scheduler last read the tenant's figures above, by tenant schema "
            "(busy tenants every TENANT_FIGURES_SECONDS, idle ones hourly).",
            labels=["tenant"],
        )
        for schema, seconds in snapshot.figures_age:
            figures_age.add_metric([schema], seconds)
        yield figures_age
        queues = GaugeMetricFamily(
            "loonflow_queue_messages",
            "Messages in the broker's queues: ready, taken by a worker, delayed (retries), dead-lettered; "
            "and parked: past their tenant's share, waiting to be sent (fair lanes).",
            labels=["queue", "state"],
        )
        for queue, state, count in snapshot.queues:
            queues.add_metric([queue, state], count)
        yield queues
        yield GaugeMetricFamily(
            "loonflow_workers_alive",
            f"Worker processes with a broker heartbeat in the last {WORKER_HEARTBEAT_SECONDS} s.",
            value=snapshot.workers_alive,
        )
