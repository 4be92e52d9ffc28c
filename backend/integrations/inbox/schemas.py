"""Bodies of the inbox endpoints."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from ninja import Schema
from pydantic import BaseModel, ConfigDict, Field, StrictBool

from core.pagination import DEFAULT_LIMIT, MAX_LIMIT
from integrations.inbox.models import InboxItem

KindName = Literal["turn", "moved", "comment", "mention", "consult", "sla"]
ChannelName = Literal["in_app", "email", "chat"]


class InboxQuery(Schema):
    unread: bool = Field(False, description="Only the unread notifications")
    cursor: str | None = Field(None, max_length=500)
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)


class InboxTicketOut(Schema):
    id: int
    serial: str
    title: str


class InboxItemOut(Schema):
    id: int
    kind: KindName
    ticket: InboxTicketOut
    actor: str | None = Field(description="Who caused it (display name); null: the engine")
    state_name: str = Field(description="The state the event is about")
    excerpt: str = Field(description="The comment's first words, for comments and mentions")
    due_at: datetime | None = Field(
        description="For an SLA warning (kind sla): when the SLA runs out; null for a breach and other kinds"
    )
    read: bool
    created_at: datetime

    @staticmethod
    def resolve_actor(obj: InboxItem) -> str | None:
        return obj.actor.name if obj.actor is not None else None

    @staticmethod
    def resolve_read(obj: InboxItem) -> bool:
        return obj.read_at is not None


class InboxPageOut(Schema):
    items: list[InboxItemOut]
    next_cursor: str | None


class UnreadCountOut(Schema):
    unread: int


class MarkedOut(Schema):
    marked: int = Field(description="How many notifications were unread and are now read")


class PreferencesOut(Schema):
    channels: dict[KindName, list[ChannelName]] = Field(
        description="Per kind of event, the channels it reaches (in_app: the inbox; email; chat robots)"
    )
    digest: bool = Field(description="Email comes once a day as a digest instead of one mail per event")


class PreferencesIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    channels: dict[KindName, list[ChannelName]] = Field(
        default_factory=dict, description="Kinds left out keep every channel"
    )
    digest: StrictBool = False
