"""Typed bodies of the saved ticket views and the list export."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from ninja import Schema
from pydantic import ConfigDict, Field

from core.schemas import Name
from engine.tickets.schemas import VIEW_PATTERN, TicketQuery


class SavedQueryIn(TicketQuery):
    model_config = ConfigDict(extra="forbid")


class SavedViewIn(Schema):
    model_config = ConfigDict(extra="forbid")

    name: Name
    view: str = Field("related", pattern=VIEW_PATTERN)
    query: SavedQueryIn = Field(default_factory=SavedQueryIn)


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
    format: Literal["csv"] = "csv"
