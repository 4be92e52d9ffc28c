"""The audit trail's response bodies (there are no request bodies: records are never written by API)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from ninja import Field, Schema

from core.pagination import DEFAULT_LIMIT, MAX_LIMIT
from core.schemas import IsoDatetime


class AuditRecordOut(Schema):
    id: int
    at: datetime
    actor_kind: str = Field(description="person, app, system or anonymous")
    actor_user_id: int | None
    actor_name: str = Field(description="The person's username, or the app's name")
    app_name: str
    acting_for: str = Field(description="The username an app acted for (X-Acting-User)")
    address: str = Field(description="The client's IP address (behind TRUSTED_PROXIES, the one they saw)")
    action: str = Field(description='A stable code: "role.update", "workflow.publish", "tenant.suspend"')
    target_type: str
    target_id: str
    target_label: str
    before: dict[str, Any] | None = Field(description="The changed keys' old values (secrets: ***)")
    after: dict[str, Any] | None = Field(description="The changed keys' new values (secrets: ***)")
    request_id: str
    prev_hash: str
    hash: str


class AuditPageOut(Schema):
    items: list[AuditRecordOut]
    next_cursor: str | None


class AuditQuery(Schema):
    """Filters of the list and the export (all optional; combined with AND)."""

    action: str | None = Field(None, max_length=64, description='A prefix: "role" or "role.update"')
    actor: str | None = Field(None, max_length=150, description="A username or an app name")
    target_type: str | None = Field(None, max_length=40)
    target_id: str | None = Field(None, max_length=64)
    since: IsoDatetime | None = Field(None, description="From this time on (inclusive)")
    until: IsoDatetime | None = Field(None, description="Before this time")
    q: str | None = Field(None, max_length=100, description="Text in the target's label")


class AuditListQuery(AuditQuery):
    cursor: str | None = None
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)


class AuditExportQuery(AuditQuery):
    format: Literal["csv", "json"] = "csv"


class AuditBrokenOut(Schema):
    id: int
    code: str = Field(description="chain_broken (a record removed or inserted) or content_changed")
    message: str


class AuditVerifyOut(Schema):
    ok: bool
    checked: int = Field(description="How many records were checked before the first broken link")
    head: str = Field(description="The hash of the last good record: note it to detect a cut-off tail")
    broken: AuditBrokenOut | None
