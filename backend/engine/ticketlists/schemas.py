"""Typed bodies of the saved ticket views and the list export."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from ninja import Schema
from pydantic import ConfigDict, Field, Strict

from core.schemas import Name
from engine.tickets.schemas import VIEW_PATTERN, TicketQuery

# JSON numbers only (no true/false for an id), as the list's query reads them.
StrictId = Annotated[int, Strict(), Field(ge=1, le=2**63 - 1)]


class SavedQueryIn(TicketQuery):
    model_config = ConfigDict(extra="forbid")

    workflow: StrictId | None = Field(None, description="Workflow id")
    creator: StrictId | None = Field(None, description="Created by this user id")
    handler: StrictId | None = Field(None, description="Waiting for this user id")


class SavedViewIn(Schema):
    model_config = ConfigDict(extra="forbid")

    name: Name
    view: str = Field("related", pattern=VIEW_PATTERN)
    query: SavedQueryIn = Field(default_factory=lambda: SavedQueryIn.model_validate({}))


class SavedViewPatchIn(Schema):
    model_config = ConfigDict(extra="forbid")

    name: Name | None = None
    view: str | None = Field(None, pattern=VIEW_PATTERN)
    query: SavedQueryIn | None = None


class SavedViewOut(Schema):
    id: int
    name: str
    view: str
    query: TicketQuery
    created_at: datetime
    updated_at: datetime


class ExportParams(TicketQuery):
    view: str = Field("related", pattern=VIEW_PATTERN)
    format: Literal["csv", "xlsx"] = Field("csv", description="csv (streamed as read) or xlsx")
