"""Tenant provisioning speed: clone-from-template vs. replaying every migration.

    make bench        (or: python tools/stack.py --profile test exec -- python bench/provisioning.py)

Creates N throw-away tenants (default 50) by cloning the template schema, as the platform API
does, then, with those N in place, a few more by replaying migrations and a few schemas with
django-tenants' own SQL clone function, for comparison; prints the figures and deletes them all.
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

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import override_settings  # noqa: E402
from django_tenants.clone import CloneSchema  # noqa: E402

from tenants.models import Tenant  # noqa: E402
from tenants.services import tenant_create, tenant_delete  # noqa: E402


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _create(prefix: str, count: int, *, with_admin: bool = False) -> list[float]:
    """Time `tenant_create` (schema + domain; with `with_admin`, also the first admin user)."""
    admin = {"admin_username": "admin", "admin_password": "loonflow-bench"} if with_admin else {}
    timings = []
    for index in range(count):
        started = time.perf_counter()
        tenant_create(key=f"{prefix}{index}", name=f"Bench {index}", **admin)  # type: ignore[arg-type]
        timings.append(time.perf_counter() - started)
    return timings


def _report(label: str, timings: list[float]) -> None:
    print(
        f"{label:<28} n={len(timings):<4} mean={statistics.mean(timings) * 1000:7.1f} ms  "
        f"p50={_percentile(timings, 0.5) * 1000:7.1f} ms  p95={_percentile(timings, 0.95) * 1000:7.1f} ms  "
        f"total={sum(timings):6.2f} s"
    )


def _cleanup(prefix: str) -> None:
    for tenant in Tenant.objects.filter(schema_name__startswith=prefix):
        tenant_delete(tenant=tenant)
    with connection.cursor() as cur:
        cur.execute("SELECT nspname FROM pg_namespace WHERE nspname LIKE %s", [prefix + "%"])
        for (schema,) in cur.fetchall():
            cur.execute(f'DROP SCHEMA "{schema}" CASCADE')


def _django_tenants_clone(prefix: str, count: int) -> list[float]:
    """django-tenants' clone_schema() SQL function plus the faked migrate it runs after it."""
    timings = []
    for index in range(count):
        schema = f"{prefix}{index}"
        started = time.perf_counter()
        CloneSchema().clone_schema("tenant_template", schema, "DATA")
        call_command(
            "migrate_schemas", tenant=True, fake=True, schema_name=schema, interactive=False, verbosity=0
        )
        timings.append(time.perf_counter() - started)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tenants", type=int, default=50)
    parser.add_argument(
        "--migrate-tenants", type=int, default=5, help="tenants created by replaying migrations"
    )
    args = parser.parse_args()

    call_command("bootstrap", verbosity=0)
    prefixes = ("benchc", "benchm", "bencha", "benchd")
    for prefix in prefixes:
        _cleanup(prefix)
    try:
        cloned = _create("benchc", args.tenants)
        with_admin = _create("bencha", 5, with_admin=True)
        with override_settings(TENANT_CREATION_FAKES_MIGRATIONS=False):
            migrated = _create("benchm", args.migrate_tenants)
        dt_clone = _django_tenants_clone("benchd", args.migrate_tenants)
    finally:
        for prefix in prefixes:
            _cleanup(prefix)
    fifth = max(1, len(cloned) // 5)
    print(
        f"tenant provisioning, schema + domain ({Tenant.objects.count()} tenant rows remain after clean-up)"
    )
    _report("clone template (ours)", cloned)
    _report(f"  first {fifth}", cloned[:fifth])
    _report(f"  last {fifth}", cloned[-fifth:])
    _report("clone + first admin user", with_admin)
    print(f"with {args.tenants} more tenants in the database:")
    _report("replay migrations", migrated)
    _report("django-tenants SQL clone", dt_clone)
    print(
        f"ours: {statistics.mean(migrated) / statistics.mean(cloned):.1f}x faster than replaying migrations, "
        f"{statistics.mean(dt_clone) / statistics.mean(cloned):.1f}x faster than django-tenants' clone"
    )


if __name__ == "__main__":
    main()
