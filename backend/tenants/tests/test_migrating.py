"""A release migrates only the tenant schemas that miss a migration (`migrate_tenants`)."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django_tenants.migration_executors.standard import StandardExecutor

from tenants.migrating import latest_migrations, stale_schemas, tenant_schemas


def _forget_latest(schema: str) -> str:
    """Remove the record of a latest migration nothing depends on, in `schema` (as if a release
    had just added it)."""
    graph = MigrationLoader(None, ignore_no_migrations=True).graph
    latest = [tuple(label.split(".", 1)) for label in latest_migrations()]
    app, name = next(key for key in latest if not graph.node_map[key].children)
    with connection.cursor() as cursor:
        cursor.execute(f'DELETE FROM "{schema}".django_migrations WHERE app = %s AND name = %s', [app, name])
    return f"{app}.{name}"


@pytest.fixture
def visited(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    original = StandardExecutor.run_migrations

    def run_migrations(self: Any, tenants: Any = None) -> None:
        seen.extend(tenants)
        original(self, tenants=tenants)

    monkeypatch.setattr(StandardExecutor, "run_migrations", run_migrations)
    return seen


def test_an_up_to_date_deployment_has_no_stale_schema(db):
    schemas = tenant_schemas()
    assert "it" in schemas
    assert "public" not in schemas
    assert stale_schemas(schemas) == []


def test_a_schema_missing_a_migration_is_the_only_one_migrated(db, visited):
    _forget_latest("hr")
    schemas = tenant_schemas()
    assert stale_schemas(schemas) == ["hr"]
    out = StringIO()
    # --fake records the migration without running it again (its tables are there).
    call_command("migrate_tenants", fake=True, interactive=False, executor="standard", stdout=out)
    assert visited == ["hr"]
    assert f"1 of {len(schemas)} tenant schemas have migrations to apply" in out.getvalue()
    assert stale_schemas(schemas) == []


def test_nothing_pending_visits_no_schema_unless_asked(db, visited):
    call_command("migrate_tenants", interactive=False, executor="standard", verbosity=0)
    assert visited == []
    call_command(
        "migrate_tenants", every_schema=True, fake=True, interactive=False, executor="standard", verbosity=0
    )
    assert sorted(visited) == sorted(tenant_schemas())


def test_a_schema_without_migration_history_is_stale(db):
    with connection.cursor() as cursor:
        cursor.execute('CREATE SCHEMA "bare"')
    assert stale_schemas(["it", "bare"]) == ["bare"]
