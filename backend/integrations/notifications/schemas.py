"""Typed request and response bodies of the notification channel and notification endpoints."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from ninja import Schema
from pydantic import Field, StrictBool, StringConstraints

from core.pagination import DEFAULT_LIMIT, MAX_LIMIT
from core.schemas import Code, Name, Username
from core.stored_text import CODE_DOC, LastErrorResolvers
from integrations.common.references import TicketRefFilters, TicketRefOut
from integrations.notifications.models import Notification, NotificationChannel

ChannelKind = Literal["email", "webhook", "wecom", "dingtalk", "feishu", "slack"]

JobStatus = Literal["pending", "running", "waiting", "succeeded", "failed"]

ChannelSecret = Annotated[str, StringConstraints(max_length=500)]


class NotificationChannelOut(Schema):
    id: int
    code: str
    name: str
    kind: str
    config: dict[str, Any]
    has_secret: bool = Field(description="Whether an SMTP password / robot secret is set (never shown).")
    is_default: bool
    is_active: bool
    created_at: datetime
    updated_at: datetime

    @staticmethod
    def resolve_has_secret(channel: NotificationChannel) -> bool:
        return bool(channel.secret_encrypted)


class NotificationChannelIn(Schema):
    code: Code
    name: Name
    kind: ChannelKind
    config: dict[str, Any] = Field(
        default_factory=dict,
        description="email: host, port, username, from_email, use_tls, use_ssl, timeout; robots: url.",
    )
    secret: ChannelSecret | None = Field(
        None, description="SMTP password, or the robot's signing secret (DingTalk, Feishu). Write-only."
    )
    is_default: StrictBool = False
    is_active: StrictBool = True


class NotificationChannelPatchIn(Schema):
    code: Code | None = None
    name: Name | None = None
    kind: ChannelKind | None = None
    config: dict[str, Any] | None = Field(None, description="Replaces the whole config.")
    secret: ChannelSecret | None = Field(None, description='Absent or null keeps it; "" removes it.')
    is_default: StrictBool | None = None
    is_active: StrictBool | None = None


class ChannelTestIn(Schema):
    recipients: list[Username] = Field(
        default_factory=list, max_length=20, description="Usernames; default: you."
    )


class ChannelTestOut(Schema):
    id: int
    status: Literal["pending", "running", "succeeded", "failed"] = Field(
        description="pending/running until the worker reports back."
    )
    ok: bool | None = Field(description="null while the test has not run yet.")
    error: str | None = Field(description="Why it failed (one generic message for connection failures).")
    error_code: str | None = Field(description=CODE_DOC)
    recipients: list[str]
    status_url: str = Field(description="GET it for the outcome.")
    created_at: datetime
    finished_at: datetime | None


class NotificationListParams(TicketRefFilters):
    status: JobStatus | None = None
    channel_id: int | None = None
    ticket_id: int | None = None
    cursor: str | None = Field(None, max_length=500)
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)


class NotificationOut(TicketRefOut, LastErrorResolvers):
    id: int
    key: str
    status: str
    attempts: int
    next_attempt_at: datetime | None
    last_error: str
    last_error_code: str | None = Field(description=CODE_DOC)
    created_at: datetime
    finished_at: datetime | None
    channel_id: int
    channel_code: str
    event: str | None
    rule_index: int
    ticket_id: int | None
    recipients: list[str]
    subject: str
    body: str

    @staticmethod
    def resolve_key(row: Notification) -> str:
        return str(row.key)

    @staticmethod
    def resolve_channel_code(row: Notification) -> str:
        return row.channel.code

    @staticmethod
    def resolve_event(row: Notification) -> str | None:
        return row.event.event if row.event is not None else None


class NotificationPageOut(Schema):
    items: list[NotificationOut]
    next_cursor: str | None
