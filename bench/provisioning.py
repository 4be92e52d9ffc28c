"""Tenant provisioning speed: clone-from-template vs. replaying every migration.

    make bench        (or: python tools/stack.py --profile test exec -- python bench/provisioning.py)

Creates N throw-away tenants (default 50) by cloning the template schema, as the platform API
does, then a few by replaying migrations for comparison, prints the figures, and deletes them all.
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
from django.test import override_settings  # noqa: E402

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tenants", type=int, default=50)
    parser.add_argument(
        "--migrate-tenants", type=int, default=5, help="tenants created by replaying migrations"
    )
    args = parser.parse_args()

    call_command("bootstrap", verbosity=0)
    prefixes = ("benchc", "benchm", "bencha")
    for prefix in prefixes:
        _cleanup(prefix)
    try:
        cloned = _create("benchc", args.tenants)
        with_admin = _create("bencha", 5, with_admin=True)
        with override_settings(TENANT_CREATION_FAKES_MIGRATIONS=False):
            migrated = _create("benchm", args.migrate_tenants)
    finally:
        for prefix in prefixes:
            _cleanup(prefix)
    print(
        f"tenant provisioning, schema + domain ({Tenant.objects.count()} tenant rows remain after clean-up)"
    )
    _report("clone template schema", cloned)
    _report("replay migrations", migrated)
    _report("clone + first admin user", with_admin)
    print(f"speed-up: {statistics.mean(migrated) / statistics.mean(cloned):.1f}x")


if __name__ == "__main__":
    main()
