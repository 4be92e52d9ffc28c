"""Writing audit records: `audit_record(...)`, for endpoints (through `recording.audited`) and for
callers without a request (management commands, the directory sync run by a job).

Each record is chained to the one before it in the same schema: `hash = sha256(prev_hash + the
record's canonical content)`. Inserts take an advisory lock per schema, so two writers never chain
onto the same predecessor.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC
from typing import Any

from django.db import transaction
from django.utils import timezone

from core.audit.models import AuditRecord
from core.audit.redaction import redact
from core.locks import advisory_xact_lock

GENESIS = "0" * 64
_LOCK = "audit-chain"


@dataclass(frozen=True)
class Actor:
    """Who did it: a person, an app (maybe acting for a person), the system, or nobody signed in."""

    kind: str
    user_id: int | None = None
    name: str = ""
    app_name: str = ""
    acting_for: str = ""
    address: str = ""
    request_id: str = ""


SYSTEM = Actor(kind=AuditRecord.ActorKind.SYSTEM, name="system")

# The fields the hash covers, in this order (everything but id and the hashes themselves).
_CONTENT = (
    "at",
    "actor_kind",
    "actor_user_id",
    "actor_name",
    "app_name",
    "acting_for",
    "address",
    "action",
    "target_type",
    "target_id",
    "target_label",
    "before",
    "after",
    "request_id",
)


def canonical(record: AuditRecord) -> str:
    """The record's content as one canonical JSON text (the same for the row written and read back)."""
    content = {name: getattr(record, name) for name in _CONTENT}
    content["at"] = record.at.astimezone(UTC).isoformat()
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def chain_hash(prev_hash: str, record: AuditRecord) -> str:
    return hashlib.sha256((prev_hash + canonical(record)).encode()).hexdigest()


def _jsonable(value: Any) -> Any:
    # What jsonb will give back: plain JSON types (dates as ISO text), so the hash survives the trip.
    return None if value is None else json.loads(json.dumps(value, default=str))


def audit_record(
    *,
    action: str,
    actor: Actor,
    target_type: str = "",
    target_id: object = "",
    target_label: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditRecord:
    """Append one record to the current schema's trail (in the caller's transaction, if any)."""
    record = AuditRecord(
        actor_kind=actor.kind,
        actor_user_id=actor.user_id,
        actor_name=actor.name[:150],
        app_name=actor.app_name[:100],
        acting_for=actor.acting_for[:150],
        address=actor.address[:64],
        action=action,
        target_type=target_type,
        target_id="" if target_id is None else str(target_id)[:64],
        target_label=(target_label or "")[:200],
        before=_jsonable(redact(before)),
        after=_jsonable(redact(after)),
        request_id=actor.request_id[:64],
    )
    with transaction.atomic():
        advisory_xact_lock(_LOCK)
        previous = AuditRecord.objects.order_by("-id").values_list("hash", flat=True).first()
        record.prev_hash = previous or GENESIS
        record.at = timezone.now()
        record.hash = chain_hash(record.prev_hash, record)
        record.save(force_insert=True)
    return record
