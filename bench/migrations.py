"""Migrating many tenant schemas: one by one (standard executor) and in parallel (multiprocessing).

    make bench-migrations   (python tools/stack.py --profile bench exec -- python bench/migrations.py)

Works in a database of its own (`<name>_migrations` beside the stack's, dropped at the end unless
--keep): bootstraps it, creates N tenants (default 200) with the real provisioning service (clone
of the template schema), then times `manage.py migrate_schemas --tenant --skip-checks` in a fresh
process (default verbosity), for each executor:

1. a release with pending migrations, applied to every tenant schema and the template:
   `--release one` (default) engine 0005, which creates engine_attachment; `--release two` also
   integrations 0001 (a new app: nine tables);
2. a release with nothing to migrate: the fixed cost of visiting every schema;

and last `manage.py bootstrap` (what the release job runs) with TENANT_MIGRATION_EXECUTOR=
multiprocessing on a pending release. `--skip-checks` matches bootstrap, whose call_command skips
the system checks that a plain `manage.py migrate_schemas` repeats for every schema.

Roll-backs are not timed. Django unapplies the release in the template schema once; what that
removed (tables, migration records) is then removed from every schema with plain SQL before each
timed run, and every schema's relations are checked to match the template's. After each run every
schema must have the same relations as before the roll-back and the migration records, and the
command's output must show it visited every schema (and applied the release in each): an
accidental no-op cannot pass for a fast run. Progress goes to stderr, the table to stdout.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from own_database import drop_database, use_own_database

ROOT = Path(__file__).resolve().parent.parent
BACKEND = ROOT / "backend"
sys.path.insert(0, str(BACKEND))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ["DEBUG"] = "0"
os.environ["DEMO_ENDPOINTS"] = "0"
os.environ.setdefault("LOG_LEVEL", "WARNING")
for _name in ("EXECUTOR", "TENANT_MIGRATION_EXECUTOR", "TENANT_MULTIPROCESSING_MAX_PROCESSES"):
    os.environ.pop(_name, None)

# A release, undone before each timed run: (app, target of the roll-back) in order, and the
# migrations that removes (checked), applied again by each timed run.
RELEASES: dict[str, tuple[list[tuple[str, str]], set[tuple[str, str]]]] = {
    # one migration that creates a table (engine_attachment)
    "one": ([("engine", "0004_outboxevent_timer")], {("engine", "0005_attachment")}),
    # ... and a new app's first migration (the nine integrations tables)
    "two": (
        [("integrations", "zero"), ("engine", "0004_outboxevent_timer")],
        {("engine", "0005_attachment"), ("integrations", "0001_initial")},
    ),
}
TEMPLATE = "tenant_template"
PREFIX = "mig"


def _log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def _manage(*args: str, env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Run `manage.py ARGS` in a fresh process: (wall seconds, CPU seconds of it and its children, stdout)."""
    command = [sys.executable, "manage.py", *args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        command, cwd=BACKEND, env={**os.environ, **(env or {})}, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.stderr.write(done.stdout[-3000:] + done.stderr[-3000:])
        raise RuntimeError(f"manage.py {' '.join(args)} exited with {done.returncode}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return elapsed, cpu, done.stdout


def _migrate(executor: str, processes: int, *args: str) -> tuple[float, float, str]:
    return _manage(
        "migrate_schemas",
        "--tenant",
        *args,
        "--executor",
        executor,
        "--noinput",
        "--skip-checks",
        env={"TENANT_MULTIPROCESSING_MAX_PROCESSES": str(processes)},
    )


class Schemas:
    """The tenant schemas (template included) and what is in them."""

    def __init__(self, release: str) -> None:
        from django_tenants.utils import get_public_schema_name

        from tenants.models import Tenant

        self.names = list(
            Tenant.objects.exclude(schema_name=get_public_schema_name())
            .order_by("schema_name")
            .values_list("schema_name", flat=True)
        )
        self.migrated: dict[str, list[str]] = {}  # relations of a schema with everything applied
        self.rolled_back: dict[str, list[str]] = {}  # ... and after Django unapplied the release
        self.drop_tables: list[str] = []
        self.drop_records: list[tuple[str, str]] = []
        self.rollback, self.pending = RELEASES[release]

    def __len__(self) -> int:
        return len(self.names)

    @staticmethod
    def _query(sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
        from django.db import connection

        with connection.cursor() as cur:
            cur.execute(sql, params)
            rows = cur.fetchall()
        connection.close()
        return rows

    def relations(self, names: list[str]) -> dict[str, list[str]]:
        """Every table, index and sequence per schema, by name."""
        rows = self._query(
            """
            SELECT n.nspname, array_agg(c.relname::text ORDER BY c.relname)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY(%s) GROUP BY n.nspname
            """,
            [names],
        )
        return {schema: list(rels) for schema, rels in rows}

    def records(self, schema: str) -> set[tuple[str, str]]:
        return set(self._query(f'SELECT app, name FROM "{schema}".django_migrations', []))

    def pending_recorded(self) -> dict[str, int]:
        """Per schema, how many of the release's migrations django_migrations records."""
        union = " UNION ALL ".join(
            f'SELECT %s, count(*) FROM "{schema}".django_migrations WHERE (app, name) IN %s'
            for schema in self.names
        )
        params: list[Any] = []
        for schema in self.names:
            params += [schema, tuple(self.pending)]
        return dict(self._query(union, params))

    def learn_rollback(self) -> None:
        """Let Django unapply the release in the template; remember what that removed."""
        self.migrated = self.relations(self.names)
        before_tables = set(self._tables(TEMPLATE))
        before_records = self.records(TEMPLATE)
        for app, target in self.rollback:
            _migrate("standard", 1, "--schema", TEMPLATE, app, target)
        self.drop_tables = sorted(before_tables - set(self._tables(TEMPLATE)))
        self.drop_records = sorted(before_records - self.records(TEMPLATE))
        if set(self.drop_records) != self.pending:
            raise RuntimeError(f"the roll-back removed {self.drop_records}, expected {sorted(self.pending)}")
        template = self.relations([TEMPLATE])[TEMPLATE]
        self.rolled_back = {schema: template for schema in self.names}
        _log(f"the release creates {', '.join(self.drop_tables)}")

    def _tables(self, schema: str) -> list[str]:
        return [
            row[0] for row in self._query("SELECT tablename FROM pg_tables WHERE schemaname = %s", [schema])
        ]

    def roll_back(self) -> None:
        from django.db import connection, transaction

        started = time.perf_counter()
        tables = ", ".join(f'"{{schema}}"."{table}"' for table in self.drop_tables)
        for schema in self.names:
            with transaction.atomic(), connection.cursor() as cur:
                cur.execute(f"DROP TABLE IF EXISTS {tables.format(schema=schema)} CASCADE")
                cur.execute(
                    f'DELETE FROM "{schema}".django_migrations WHERE (app, name) IN %s',
                    [tuple(self.drop_records)],
                )
        connection.close()
        self.check("roll-back", self.rolled_back, 0)
        _log(f"rolled {len(self)} schemas back in {time.perf_counter() - started:.1f}s")

    def check(self, what: str, expected: dict[str, list[str]], records: int) -> None:
        relations = self.relations(self.names)
        recorded = self.pending_recorded()
        wrong = [s for s in self.names if relations.get(s) != expected[s] or recorded[s] != records]
        if wrong:
            raise RuntimeError(
                f"{what}: {len(wrong)} of {len(self)} schemas not as expected, e.g. {wrong[:3]}"
            )


def _timed(schemas: Schemas, label: str, pending: bool, run: Any, visit: str) -> tuple[float, float]:
    """Run (wall, cpu, stdout) = run(); check the output (`visit`: a schema's start) and the schemas."""
    if pending:
        schemas.roll_back()
    wall, cpu, out = run()
    visited = len(re.findall(visit, out))
    applied = out.count("Applying engine.0005_attachment")
    expected = len(schemas) if pending else 0
    if visited != len(schemas) or applied != expected:
        raise RuntimeError(
            f"{label}: visited {visited} schemas, applied engine.0005 in {applied}; "
            f"expected {len(schemas)} and {expected}"
        )
    schemas.check(label, schemas.migrated, len(schemas.pending))
    _log(f"{label:<28} {'pending' if pending else 'no-op  '} {wall:6.1f}s  cpu {cpu:6.1f}s  (verified)")
    return wall, cpu


def _create_tenants(count: int) -> None:
    from tenants.models import Tenant
    from tenants.services import tenant_create

    have = set(Tenant.objects.filter(schema_name__startswith=PREFIX).values_list("schema_name", flat=True))
    todo = [key for key in (f"{PREFIX}{index:04d}" for index in range(count)) if key not in have]
    started = time.perf_counter()
    for done, key in enumerate(todo, 1):
        tenant_create(key=key, name=f"Department {key}")
        if done % 50 == 0:
            _log(f"created {done}/{len(todo)} tenants")
    if todo:
        _log(f"created {len(todo)} tenants in {time.perf_counter() - started:.1f}s")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tenants", type=int, default=200)
    parser.add_argument("--processes", default="2,4", help="multiprocessing pool sizes, comma-separated")
    parser.add_argument("--release", choices=sorted(RELEASES), default="one", help="migrations to apply")
    parser.add_argument("--keep", action="store_true", help="keep (and reuse) the database and its tenants")
    args = parser.parse_args()
    runs = [("standard", 1)] + [
        ("multiprocessing", int(value)) for value in args.processes.split(",") if value.strip()
    ]

    admin, name = use_own_database("_migrations", args.keep)
    _log(f"database {name}")
    load_before = os.getloadavg()[0]
    try:
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connection

        started = time.perf_counter()
        call_command("bootstrap", verbosity=0)
        _log(f"bootstrapped in {time.perf_counter() - started:.1f}s")
        _create_tenants(args.tenants)
        connection.close()
        schemas = Schemas(args.release)
        _log(f"{len(schemas)} tenant schemas (template included)")
        schemas.learn_rollback()

        figures: dict[tuple[str, str, int], tuple[float, float]] = {}
        applying = f"pending ({len(schemas.pending)} migration{'s' if len(schemas.pending) > 1 else ''})"
        for release, pending in ((applying, True), ("nothing to migrate", False)):
            for executor, count in runs:
                figures[release, executor, count] = _timed(
                    schemas,
                    f"{executor} p={count}",
                    pending,
                    lambda executor=executor, count=count: _migrate(executor, count),
                    "=== Starting migration",
                )
        # What the release job runs: bootstrap, with the executor from the environment.
        count = runs[-1][1]
        bootstrap = _timed(
            schemas,
            f"bootstrap multiprocessing p={count}",
            True,
            lambda: _manage(
                "bootstrap",
                "--verbosity",
                "2",
                env={
                    "TENANT_MIGRATION_EXECUTOR": "multiprocessing",
                    "TENANT_MULTIPROCESSING_MAX_PROCESSES": str(count),
                },
            ),
            r"multiprocessing:[^\]]*\] === Starting migration",
        )
        startup, _, _ = _manage("version")
    finally:
        from django.db import connections

        connections.close_all()
        if not args.keep:
            drop_database(admin, name)
            _log(f"dropped {name}")

    n = len(schemas)
    print(
        f"migrate_schemas --tenant, {n} schemas ({args.tenants} tenants + template); {os.cpu_count()} cores; "
        f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after; "
        f"a fresh manage.py per run (process start alone: {startup:.1f}s)"
    )
    print(
        f"{'release':<24} {'executor':<15} {'procs':>5} {'schemas':>7} {'wall s':>7} {'schemas/s':>9} "
        f"{'ms/schema':>9} {'speed-up':>8} {'cpu s':>6}"
    )
    for (release, executor, count), (wall, cpu) in figures.items():
        base = figures[release, "standard", 1][0]
        print(
            f"{release:<24} {executor:<15} {count:>5} {n:>7} {wall:>7.1f} {n / wall:>9.1f} "
            f"{wall / n * 1000:>9.0f} {base / wall:>7.2f}x {cpu:>6.1f}"
        )
    wall, cpu = bootstrap
    base = figures[applying, "standard", 1][0]
    print(
        f"{'bootstrap, pending':<24} {'multiprocessing':<15} {count:>5} {n:>7} {wall:>7.1f} {n / wall:>9.1f} "
        f"{wall / n * 1000:>9.0f} {base / wall:>7.2f}x {cpu:>6.1f}"
    )


if __name__ == "__main__":
    main()
