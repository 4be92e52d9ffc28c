"""Reading the audit trail: one filtered page, every matching row in batches (export), the chain check."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Q, QuerySet
from django_tenants.utils import schema_context

from core.audit.models import AuditRecord
from core.audit.services import GENESIS, chain_hash
from core.pagination import Page, paginate
from core.tenancy import current_schema

BATCH = 1000


@dataclass(frozen=True)
class AuditFilters:
    """The list's and the export's filters; each one set narrows the rows (all are indexed but `q`)."""

    action: str | None = None  # a prefix: "role" matches role.create, role.update...
    actor: str | None = None  # a username or app name (also matches the person an app acted for)
    target_type: str | None = None
    target_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    q: str | None = None  # free text in the target's label


def audit_rows(filters: AuditFilters) -> QuerySet[AuditRecord]:
    rows = AuditRecord.objects.all()
    if filters.action:
        rows = rows.filter(action__startswith=filters.action)
    if filters.actor:
        rows = rows.filter(Q(actor_name=filters.actor) | Q(acting_for=filters.actor))
    if filters.target_type:
        rows = rows.filter(target_type=filters.target_type)
    if filters.target_id:
        rows = rows.filter(target_id=filters.target_id)
    if filters.since is not None:
        rows = rows.filter(at__gte=filters.since)
    if filters.until is not None:
        rows = rows.filter(at__lt=filters.until)
    if filters.q:
        rows = rows.filter(target_label__icontains=filters.q)
    return rows


def audit_list(*, filters: AuditFilters, cursor: str | None, limit: int) -> Page[AuditRecord]:
    """One page, newest first."""
    return paginate(audit_rows(filters), ordering=["-id"], cursor=cursor, limit=limit)


def audit_batches(filters: AuditFilters, *, batch: int = BATCH) -> Iterator[AuditRecord]:
    """Every matching row, newest first, `batch` at a time (keyset on id): memory stays flat however
    long the trail. Each batch is read in the schema current now, even when the caller iterates later
    (a streamed response runs after the view returned)."""
    schema = current_schema()
    last: int | None = None
    while True:
        with schema_context(schema):
            rows = audit_rows(filters)
            if last is not None:
                rows = rows.filter(id__lt=last)
            chunk = list(rows.order_by("-id")[:batch])
        yield from chunk
        if len(chunk) < batch:
            return
        last = chunk[-1].pk


def audit_verify(*, batch: int = BATCH) -> dict[str, Any]:
    """Walk the chain from the first record: each must name its predecessor's hash and hash to its
    own. Reports the first broken link (an edited row, or a gap where rows were removed)."""
    previous, checked, last_id = GENESIS, 0, 0
    while True:
        chunk = list(AuditRecord.objects.filter(id__gt=last_id).order_by("id")[:batch])
        for record in chunk:
            problem = _problem(record, previous)
            if problem:
                return {"ok": False, "checked": checked, "head": previous, "broken": problem}
            previous, checked = record.hash, checked + 1
        if len(chunk) < batch:
            return {"ok": True, "checked": checked, "head": previous, "broken": None}
        last_id = chunk[-1].pk


def _problem(record: AuditRecord, previous: str) -> dict[str, Any] | None:
    if record.prev_hash != previous:
        reason = "The record does not follow the one before it (a record was removed or inserted)."
        return {"id": record.pk, "code": "chain_broken", "message": reason}
    if chain_hash(previous, record) != record.hash:
        reason = "The record's content does not match its hash (it was changed)."
        return {"id": record.pk, "code": "content_changed", "message": reason}
    return None
