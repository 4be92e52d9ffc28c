"""Tenant provisioning as tenants accumulate: the time per tenant at 10, 100, 500 and 1,000 tenants.

    make bench   (its second part: python tools/stack.py --profile bench exec -- \
                  python bench/provisioning_scale.py)

Works in a database of its own (`<name>_provisioning` beside the bench stack's: fsync on; dropped at
the end unless --keep): bootstraps it, then creates `--tenants` (1,000) tenants one after another
with the platform's `tenant_create` (a clone of the template schema, and its domain), timing each.
For each count in `--at` it prints the tenants created up to that count (the last ten of them, all
of them below ten): mean, p50 and p95. Then it checks that every tenant has its schema with the
template's tables; a tenant missing or short of a table stops the run with an error.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

from own_database import drop_database, use_own_database

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "backend"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ["DEBUG"] = "0"
os.environ.setdefault("LOG_LEVEL", "WARNING")

PREFIX = "ps"
WINDOW = 10
TEMPLATE = "tenant_template"
TARGET_SECONDS = 0.3


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _line(label: str, timings: list[float]) -> str:
    return (
        f"{label:<22} n={len(timings):<4} mean={statistics.mean(timings) * 1000:7.1f} ms  "
        f"p50={_percentile(timings, 0.5) * 1000:7.1f} ms  p95={_percentile(timings, 0.95) * 1000:7.1f} ms"
    )


def _check(count: int) -> None:
    """Every tenant has its schema with as many tables as the template."""
    from django.db import connection

    from tenants.models import Tenant

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT n.nspname, count(c.oid) FROM pg_namespace n LEFT JOIN pg_class c"
            " ON c.relnamespace = n.oid AND c.relkind IN ('r', 'p')"
            " WHERE n.nspname = %s OR n.nspname LIKE %s GROUP BY n.nspname",
            [TEMPLATE, PREFIX + "%"],
        )
        tables = dict(cursor.fetchall())
    expected = tables.pop(TEMPLATE)
    tenants = Tenant.objects.filter(schema_name__startswith=PREFIX).count()
    short = sorted(schema for schema, found in tables.items() if found != expected)
    if tenants != count or len(tables) != count or short:
        raise SystemExit(
            f"FAILED: {tenants} tenant rows and {len(tables)} schemas for {count} tenants; "
            f"schemas short of the template's {expected} tables: {short[:10]}"
        )
    print(f"checked: {count} tenants, each schema with the template's {expected} tables")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tenants", type=int, default=1000)
    parser.add_argument("--at", default="10,100,500,1000", help="counts to report at")
    parser.add_argument("--keep", action="store_true", help="keep the database (and its tenants)")
    args = parser.parse_args()
    counts = sorted({int(part) for part in args.at.split(",") if int(part) <= args.tenants})

    admin, name = use_own_database("_provisioning", keep=False)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from tenants.services import tenant_create

    try:
        call_command("bootstrap", verbosity=0)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT current_setting('fsync'), current_setting('synchronous_commit'),"
                " current_setting('shared_buffers')"
            )
            fsync, commit, buffers = cursor.fetchone()
        print(
            f"configuration: database {name} (of its own), {os.cpu_count()} CPUs, PostgreSQL fsync={fsync} "
            f"synchronous_commit={commit} shared_buffers={buffers}; {args.tenants} tenants created one "
            f"after another in this process with tenants.services.tenant_create (schema clone + domain)"
        )
        timings: list[float] = []
        started = time.monotonic()
        for index in range(args.tenants):
            begun = time.perf_counter()
            tenant_create(key=f"{PREFIX}{index:04d}", name=f"Provisioning {index}")
            timings.append(time.perf_counter() - begun)
            if (index + 1) % 100 == 0:
                print(f"[bench] {index + 1} tenants, {time.monotonic() - started:.0f} s", file=sys.stderr)
        for count in counts:
            window = timings[max(0, count - WINDOW) : count]
            print(_line(f"at {count:>5} tenants", window))
        print(_line("all", timings) + f"  total={sum(timings):.0f} s")
        first = statistics.mean(timings[: min(WINDOW, len(timings))])
        last = statistics.mean(timings[-min(WINDOW, len(timings)) :])
        worst = max(statistics.mean(timings[max(0, c - WINDOW) : c]) for c in counts)
        print(
            f"target: <= {TARGET_SECONDS:.1f} s each, flat: the worst reported window {worst:.3f} s "
            f"({'met' if worst <= TARGET_SECONDS else 'NOT met'}); the last {WINDOW} against the "
            f"first {WINDOW}: {last / first:.2f}x"
        )
        _check(args.tenants)
    finally:
        connection.close()
        if not args.keep:
            drop_database(admin, name)


if __name__ == "__main__":
    main()
