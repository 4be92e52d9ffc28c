"""Tamper evidence: the database refuses UPDATE, DELETE and TRUNCATE of audit rows, and the hash
chain shows a row changed or removed behind the trigger's back."""

from __future__ import annotations

import pytest
from django.db import DatabaseError, connection, transaction
from django_tenants.utils import schema_context

from core.audit.services import SYSTEM, audit_record


def _three(key: str = "it") -> list[int]:
    with schema_context(key):
        return [audit_record(action=f"test.{n}", actor=SYSTEM, after={"n": n}).pk for n in range(3)]


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE core_auditrecord SET action = 'x'",
        "DELETE FROM core_auditrecord",
        "TRUNCATE core_auditrecord",
    ],
)
@pytest.mark.parametrize("key", ["it", "public"])
def test_the_database_refuses_changing_records(db, statement, key):
    _three(key)
    with (
        schema_context(key),
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(statement)


def test_an_untouched_chain_verifies(db, admin):
    checked = admin.get("/api/v1/audit/verify").json()["checked"]
    _three()
    report = admin.get("/api/v1/audit/verify").json()
    assert report["ok"] is True
    assert report["broken"] is None
    assert report["checked"] == checked + 3


def _bypass(sql: str, params: list[int]) -> None:
    # What someone with the database's owner rights could do: switch the guard off and edit.
    with schema_context("it"), connection.cursor() as cursor:
        cursor.execute("ALTER TABLE core_auditrecord DISABLE TRIGGER core_audit_no_change")
        cursor.execute(sql, params)
        cursor.execute("ALTER TABLE core_auditrecord ENABLE TRIGGER core_audit_no_change")


def test_verify_finds_an_edited_record(db, admin):
    ids = _three()
    _bypass("UPDATE core_auditrecord SET after = '{\"n\": 42}' WHERE id = %s", [ids[1]])
    report = admin.get("/api/v1/audit/verify").json()
    assert report["ok"] is False
    assert report["broken"]["id"] == ids[1]
    assert report["broken"]["code"] == "content_changed"


def test_verify_finds_a_removed_record(db, admin):
    ids = _three()
    _bypass("DELETE FROM core_auditrecord WHERE id = %s", [ids[1]])
    report = admin.get("/api/v1/audit/verify").json()
    assert report["broken"]["id"] == ids[2]
    assert report["broken"]["code"] == "chain_broken"


def test_each_schema_has_its_own_chain(db):
    from core.audit.models import AuditRecord

    it_ids = _three("it")
    hr_ids = _three("hr")
    with schema_context("hr"):
        hr = list(AuditRecord.objects.filter(pk__in=hr_ids).order_by("id"))
    with schema_context("it"):
        it_hashes = set(AuditRecord.objects.values_list("hash", flat=True))
        assert AuditRecord.objects.filter(pk__in=it_ids).count() == 3
    assert [record.prev_hash for record in hr[1:]] == [record.hash for record in hr[:-1]]
    assert hr[0].prev_hash not in it_hashes
