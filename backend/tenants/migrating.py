"""Which tenant schemas a release has to migrate.

`migrate_schemas --tenant` runs Django's migrate in every schema, even when nothing is pending: with
1,000 tenants that is minutes of introspection (each schema's table list is read from a pg_class of
hundreds of thousands of rows) before the release can start. Migrations apply in order and Django
keeps each schema's history consistent, so a schema that has applied every app's latest migration
(the graph's leaves) is up to date. One query per hundred schemas finds those that are not.
"""

from __future__ import annotations

from django.db import connection
from django.db.migrations.loader import MigrationLoader
from psycopg2 import sql

from tenants.models import Tenant

CHUNK = 100  # schemas per statement


def latest_migrations() -> list[str]:
    """`app.name` of every app's latest migration on disk."""
    graph = MigrationLoader(None, ignore_no_migrations=True).graph
    return sorted(f"{app}.{name}" for app, name in graph.leaf_nodes())


def tenant_schemas() -> list[str]:
    """Every tenant schema, the template's included (not public), in a stable order."""
    return list(
        Tenant.objects.exclude(schema_name="public").order_by("pk").values_list("schema_name", flat=True)
    )


def stale_schemas(schemas: list[str]) -> list[str]:
    """The schemas among `schemas` that miss one of the latest migrations (or have no migration
    history at all), in the given order."""
    latest = latest_migrations()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relname = 'django_migrations' AND c.relkind = 'r' AND n.nspname = ANY(%s)",
            [schemas],
        )
        recorded = {row[0] for row in cursor.fetchall()}
        current: set[str] = set()
        listed = [schema for schema in schemas if schema in recorded]
        for start in range(0, len(listed), CHUNK):
            chunk = listed[start : start + CHUNK]
            query = sql.SQL(" UNION ALL ").join(
                sql.SQL(
                    "SELECT {name} FROM {table} WHERE app || '.' || name = ANY(%(latest)s) "
                    "HAVING count(*) = %(count)s"
                ).format(name=sql.Literal(schema), table=sql.Identifier(schema, "django_migrations"))
                for schema in chunk
            )
            cursor.execute(query, {"latest": latest, "count": len(latest)})
            current.update(row[0] for row in cursor.fetchall())
    return [schema for schema in schemas if schema not in current]
