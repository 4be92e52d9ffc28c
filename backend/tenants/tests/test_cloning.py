"""The template clone reproduces the template exactly: tables, columns, constraints, indexes, data."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django_tenants.utils import schema_context

from tenants.cloning import CloneError, clone_schema

CATALOG = {
    "columns": """
        SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity,
            a.attgenerated, pg_get_expr(d.adbin, d.adrelid), a.attstattarget
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.attgenerated <> ''
        WHERE c.relnamespace = %s::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
    """,
    "constraints": """
        SELECT conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid)
        FROM pg_constraint WHERE connamespace = %s::regnamespace
    """,
    "indexes": """
        SELECT c.relname, replace(pg_get_indexdef(i.indexrelid), %s || '.', '')
        FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relnamespace = %s::regnamespace
    """,
    "triggers": """
        SELECT c.relname, t.tgname, replace(pg_get_triggerdef(t.oid), %s || '.', '')
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE c.relnamespace = %s::regnamespace AND NOT t.tgisinternal
    """,
}


def _catalog(schema: str) -> dict[str, list[Any]]:
    found = {}
    with connection.cursor() as cur:
        cur.execute(f"SET LOCAL search_path TO {schema}")
        for name, query in CATALOG.items():
            cur.execute(query, [schema, schema] if name in ("indexes", "triggers") else [schema])
            found[name] = sorted(cur.fetchall())
    return found


def test_clone_matches_the_template(db):
    clone_schema(source="tenant_template", target="clonecheck")
    template, clone = _catalog("tenant_template"), _catalog("clonecheck")
    assert template["columns"]
    assert template["indexes"]
    assert any(row[2] == "f" for row in template["constraints"])
    assert {row[1] for row in template["triggers"]} == {"core_audit_no_change", "core_audit_no_truncate"}
    assert clone == template


def test_clone_copies_rows_and_continues_identities(db):
    clone_schema(source="tenant_template", target="clonerows")
    with connection.cursor() as cur:
        cur.execute("SELECT count(*), max(id) FROM tenant_template.django_migrations")
        count, max_id = cur.fetchone()
        cur.execute("SELECT count(*) FROM clonerows.django_migrations")
        assert cur.fetchone()[0] == count > 0
        insert = "INSERT INTO clonerows.django_migrations (app, name, applied) VALUES ('x', 'y', now())"
        cur.execute(insert + " RETURNING id")
        assert cur.fetchone()[0] == max_id + 1
        cur.execute("SELECT count(*) FROM tenant_template.django_migrations")
        assert cur.fetchone()[0] == count  # the template's own sequence and rows are untouched


def test_cloned_foreign_keys_point_into_the_clone(db):
    clone_schema(source="tenant_template", target="clonefk")
    with connection.cursor() as cur:
        cur.execute(
            """
            SELECT DISTINCT confrelid::regclass::text FROM pg_constraint
            WHERE connamespace = 'clonefk'::regnamespace AND contype = 'f'
            """
        )
        targets = [row[0] for row in cur.fetchall()]
    assert targets
    assert all(target.startswith("clonefk.") for target in targets), targets


def test_a_tenant_created_from_the_clone_works(make_user):
    from core.directory.models import Department, DepartmentMembership

    user = make_user("it", "cloned-user")
    with schema_context("it"):
        dept = Department.objects.create(code="c1", name="C1", leader=user)
        DepartmentMembership.objects.create(user=user, department=dept)
        assert Department.objects.get(code="c1").leader_id == user.pk


def test_unsupported_template_objects_are_refused(db):
    with connection.cursor() as cur:
        cur.execute("CREATE SCHEMA oddtemplate")
        cur.execute("CREATE TABLE oddtemplate.t (id serial PRIMARY KEY)")
    with pytest.raises(CloneError, match="serial defaults: 1"):
        clone_schema(source="oddtemplate", target="oddclone")


def test_missing_template_is_an_error(db):
    with pytest.raises(CloneError, match="does not exist"):
        clone_schema(source="nosuchschema", target="whatever")
