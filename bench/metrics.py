"""What a Prometheus scrape of /metrics costs with many departments.

    make bench-metrics  (or: python tools/stack.py --profile bench exec -- python bench/metrics.py)

Creates N throw-away tenants (default 200) by cloning the template, fills one of them with a large
ticket table (default 1,000,000 rows, every status) and a backlog of unprocessed outbox events, then
times what the scheduler pays to read one tenant's figures (`tenants.figures.figures_refresh`, for an
empty tenant and for the large one), the business figures' read behind a scrape
(`metrics.business.take_snapshot`: the stored figures of every tenant, one query, plus one Redis
pipeline) and the whole /metrics body. Deletes the tenants after.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "backend"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django

django.setup()

from django.db import connection  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402
from metrics.business import take_snapshot  # noqa: E402
from metrics.exposition import render  # noqa: E402

from engine.tickets.services import ticket_create  # noqa: E402
from engine.tickets.tests.test_actions import LEAVE, _as, _seed  # noqa: E402
from tenants.figures import figures_refresh  # noqa: E402
from tenants.models import Tenant  # noqa: E402
from tenants.services import tenant_create, tenant_delete  # noqa: E402

PREFIX = "mx"


def _cleanup() -> None:
    for tenant in Tenant.objects.filter(schema_name__startswith=PREFIX):
        tenant_delete(tenant=tenant)


def _fill(schema: str, tickets: int) -> None:
    """One real ticket (and its outbox events), then copies of it with every status."""
    with schema_context(schema):
        leave = _seed()["leave"]
        ticket = ticket_create(workflow=leave, principal=_as("alice"), values=LEAVE, transition="submit")
        with connection.cursor() as cursor:
            cursor.execute(
                """
                INSERT INTO engine_ticket (serial, title, workflow_id, version_id, state_key, state_entry,
                    state_entered_at, status, creator_id, "values", row_version, created_at, updated_at)
                SELECT 'B-' || g, title, workflow_id, version_id, state_key, state_entry, state_entered_at,
                    (ARRAY['draft','in_progress','returned','finished','closed'])[1 + g %% 5], creator_id,
                    "values", 1, created_at - make_interval(secs => g), updated_at
                FROM engine_ticket, generate_series(1, %s) AS g WHERE id = %s
                """,
                [tickets - 1, ticket.pk],
            )
            cursor.execute("ANALYZE engine_ticket")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tenants", type=int, default=200)
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()

    _cleanup()
    started = time.perf_counter()
    for index in range(args.tenants):
        tenant_create(key=f"{PREFIX}{index}", name=f"Metrics {index}")
    print(f"created {args.tenants} tenants in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    started = time.perf_counter()
    _fill(f"{PREFIX}0", args.tickets)
    print(
        f"filled {PREFIX}0 with {args.tickets} tickets in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    try:
        refreshes: dict[str, list[float]] = {"empty": [], "large": []}
        for index in range(args.tenants):
            with schema_context(f"{PREFIX}{index}"):
                began = time.perf_counter()
                figures_refresh()
                refreshes["large" if index == 0 else "empty"].append(time.perf_counter() - began)
        with schema_context(f"{PREFIX}0"):
            for _ in range(args.rounds - 1):
                began = time.perf_counter()
                figures_refresh()
                refreshes["large"].append(time.perf_counter() - began)
        snapshots, bodies = [], []
        for _ in range(args.rounds):
            began = time.perf_counter()
            snapshot = take_snapshot()
            snapshots.append(time.perf_counter() - began)
            assert snapshot.database_ok
            assert snapshot.redis_ok
            assert sum(n for schema, _status, n in snapshot.tickets if schema == f"{PREFIX}0") == args.tickets
        for _ in range(args.rounds):
            began = time.perf_counter()
            body, _type = render()
            bodies.append(time.perf_counter() - began)
        series = sum(1 for line in body.decode().splitlines() if line and not line.startswith("#"))
        print(f"/metrics with {len(snapshot.tenants)} tenants, one holding {args.tickets:,} tickets")
        for kind, times in refreshes.items():
            print(
                f"figures of one tenant ({kind}), the scheduler's read: "
                f"p50={statistics.median(times) * 1000:7.1f} ms  max={max(times) * 1000:7.1f} ms"
                f"  (n={len(times)})"
            )
        print(
            f"business figures (uncached read): p50={statistics.median(snapshots) * 1000:7.1f} ms  "
            f"max={max(snapshots) * 1000:7.1f} ms"
        )
        print(
            f"whole body (cached figures):      p50={statistics.median(bodies) * 1000:7.1f} ms  "
            f"max={max(bodies) * 1000:7.1f} ms  ({len(body) / 1024:.0f} KiB, {series} series)"
        )
    finally:
        _cleanup()


if __name__ == "__main__":
    main()
