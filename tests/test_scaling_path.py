"""The path past one database server stays open (docs/scaling.md).

Citus's schema-based sharding places each tenant schema on one node, whole, and keeps the tables
every node needs as reference tables. That works only while
- no foreign key leaves a tenant schema (a tenant table points only at tables of its own schema),
- nothing outside a tenant schema points into one, and
- every statement a tenant's request runs reads either that tenant's tables or the shared
  reference tables (the tenant and domain lists), never both at once and never another schema.

The first two are read from the catalog of provisioned tenants; the last from the SQL that a
tenant's everyday requests actually run (sign in, file, approve, lists, search, export, ticket page).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django_tenants.utils import schema_context

from conftest import PASSWORD
from core.access.models import User
from engine.workflows.tests.factories import LEAVE, login_client, post_json, seed_samples

pytestmark = pytest.mark.django_db

# What docs/scaling.md makes reference tables (or leaves on the coordinator): the shared tables a
# tenant's request may read on their own, to find the tenant by its host.
REFERENCE_TABLES = {"tenants_tenant", "tenants_domain"}
# Functions in public that tenant tables use (an index expression): created on every node.
SHARED_FUNCTIONS = {"ticket_search_vector", "core_audit_refuse"}
_IDENTIFIER = re.compile(r'"?([a-z_][a-z0-9_]*)"?\s*\.\s*"?([a-z_][a-z0-9_]*)"?')
_QUOTED = re.compile(r'"([a-z_][a-z0-9_]*)"')
_AFTER_KEYWORD = re.compile(r"\b(?:from|join|into|update|table)\s+([a-z_][a-z0-9_]*)\b")


def _tables_of(schema: str) -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = %s AND c.relkind IN ('r', 'p')",
            [schema],
        )
        return {name for (name,) in cursor.fetchall()}


def _foreign_keys() -> list[tuple[str, str, str, str]]:
    """(schema, table, referenced schema, referenced table) of every foreign key in the database."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT ns.nspname, src.relname, nt.nspname, dst.relname
            FROM pg_constraint c
            JOIN pg_class src ON src.oid = c.conrelid JOIN pg_namespace ns ON ns.oid = src.relnamespace
            JOIN pg_class dst ON dst.oid = c.confrelid JOIN pg_namespace nt ON nt.oid = dst.relnamespace
            WHERE c.contype = 'f'
            """
        )
        return list(cursor.fetchall())


def test_no_foreign_key_leaves_a_tenant_schema_or_points_into_one(tenant_it: Any, tenant_hr: Any) -> None:
    tenant_schemas = {"it", "hr", "tenant_template"}
    keys = _foreign_keys()
    crossing = [key for key in keys if key[0] != key[2]]
    assert crossing == [], "foreign keys across schemas block schema-based sharding"
    # The check has something to check: tenant tables do have foreign keys (to their own schema).
    assert {schema for schema, *_ in keys} >= tenant_schemas
    # And the shared tables a tenant request reads are all in public, beside nothing of a tenant's.
    assert _tables_of("public") >= REFERENCE_TABLES
    assert not _tables_of("it") & REFERENCE_TABLES


def test_shared_functions_are_the_known_ones(tenant_it: Any) -> None:
    """Each one must be created on every node; a new one needs a line in docs/scaling.md."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
            " WHERE n.nspname = 'public'"
        )
        assert {name for (name,) in cursor.fetchall()} == SHARED_FUNCTIONS


class Statements:
    """Every SQL statement run while it is installed (on this thread's connection)."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, execute: Callable[..., Any], sql: str, params: Any, many: bool, context: Any) -> Any:
        self.seen.append(sql if isinstance(sql, str) else str(sql))
        return execute(sql, params, many, context)


def _everyday_requests(leave_id: int, client_for: Any) -> None:
    alice, lead = login_client(client_for, "alice"), login_client(client_for, "lead")
    created = post_json(
        alice, "/api/v1/tickets", {"workflow_id": leave_id, "fields": LEAVE, "transition": "submit"}
    )
    assert created.status_code == 201, created.content
    ticket = created.json()
    for path in (
        "/api/v1/me",
        "/api/v1/tickets?view=todo",
        "/api/v1/tickets?view=todo&q=family",
        "/api/v1/tickets/counts",
        f"/api/v1/tickets/{ticket['id']}/actions",
        f"/api/v1/tickets/{ticket['id']}",
        f"/api/v1/tickets/{ticket['id']}/flow-log",
        "/api/v1/tickets/export?view=todo&format=csv",
    ):
        response = lead.get(path)
        assert response.status_code == 200, (path, response.status_code)
        if response.streaming:  # the export: its rows are read while it streams
            b"".join(response.streaming_content)
    handled = post_json(lead, f"/api/v1/tickets/{ticket['id']}/handle", {"transition": "lead_approve"})
    assert handled.status_code == 200, handled.content
    assert alice.get("/api/v1/tickets?view=created").status_code == 200


def _problems(sql: str, tenant_tables: set[str], other_schemas: set[str]) -> list[str]:
    text = sql.lower()
    named = set(_QUOTED.findall(text)) | set(_AFTER_KEYWORD.findall(text))
    problems = []
    for qualifier, name in _IDENTIFIER.findall(text):
        if qualifier in other_schemas:
            problems.append(f"names another schema: {qualifier}.{name}")
        if qualifier == "public" and name not in REFERENCE_TABLES | SHARED_FUNCTIONS:
            problems.append(f"reads public.{name}, which every tenant schema has its own of")
    if named & REFERENCE_TABLES and named & tenant_tables:
        problems.append("joins a shared table with a tenant table")
    return problems


def test_a_tenant_requests_stay_in_its_schema(tenant_it: Any, tenant_hr: Any, client_for: Any) -> None:
    with schema_context("it"):
        workflows = seed_samples()
        for user in User.objects.all():
            user.set_password(PASSWORD)
            user.save()
    tenant_tables = _tables_of("it")
    with connection.cursor() as cursor:
        cursor.execute("SELECT nspname FROM pg_namespace")
        other_schemas = {name for (name,) in cursor.fetchall()} - {"it", "public"}
    assert {"hr", "tenant_template"} <= other_schemas

    statements = Statements()
    with connection.execute_wrapper(statements):
        _everyday_requests(workflows["leave"].pk, client_for)

    assert len(statements.seen) > 50, "the requests ran through this connection"
    found = {
        sql: problems for sql in statements.seen if (problems := _problems(sql, tenant_tables, other_schemas))
    }
    assert found == {}
    # The tenant was found by its host through the shared tables, and the rest read its own.
    texts = " ".join(statements.seen).lower()
    assert "tenants_domain" in texts
    assert '"engine_ticket"' in texts


@pytest.mark.parametrize(
    ("sql", "problem"),
    [
        ('SELECT "id" FROM "hr"."engine_ticket"', "names another schema: hr.engine_ticket"),
        (
            "SELECT id FROM public.core_user",
            "reads public.core_user, which every tenant schema has its own of",
        ),
        (
            'SELECT 1 FROM "tenants_domain" JOIN "engine_ticket" ON true',
            "joins a shared table with a tenant table",
        ),
    ],
)
def test_the_check_sees_what_it_looks_for(sql: str, problem: str) -> None:
    assert _problems(sql, {"engine_ticket", "core_user"}, {"hr"}) == [problem]
    assert (
        _problems(
            'SELECT "id" FROM "engine_ticket" WHERE public.ticket_search_vector(x)', {"engine_ticket"}, {"hr"}
        )
        == []
    )
