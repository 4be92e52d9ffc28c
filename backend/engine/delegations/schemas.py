"""Typed bodies of the delegation endpoints."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from ninja import Schema
from pydantic import BaseModel, Field, StringConstraints

from core.pagination import DEFAULT_LIMIT, MAX_LIMIT
from core.schemas import IsoDatetime, Username


class DelegationIn(Schema):
    delegate: Username = Field(description="Who takes the turns (an active user's username).")
    starts_at: IsoDatetime
    ends_at: IsoDatetime = Field(description="Exclusive; after starts_at, at most 366 days later.")
    workflow_ids: list[Annotated[int, Field(ge=1, le=2**31 - 1)]] = Field(
        default_factory=list, max_length=100, description="The workflows it covers (empty: all)."
    )
    move_waiting: bool = Field(
        False, description="Also hand over the turns already waiting for the delegator when it starts."
    )
    note: Annotated[str, StringConstraints(max_length=500)] = ""
    delegator: Username | None = Field(
        None, description="Whose turns (tenant admins only, for someone else; default: yours)."
    )


class DelegationListParams(Schema):
    scope: str = Field(
        "mine", pattern="^(mine|all)$", description="mine: given or received; all: everyone's (admins)."
    )
    delegator: Username | None = Field(None, description="Only those of this person (with scope=all).")
    delegate: Username | None = Field(None, description="Only those to this person (with scope=all).")
    include_past: bool = Field(False, description="Also the ended and cancelled ones.")
    cursor: str | None = Field(None, max_length=500)
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)


class DelegationPersonOut(BaseModel):
    id: int
    username: str
    display_name: str


class DelegationOut(BaseModel):
    id: int
    delegator: DelegationPersonOut
    delegate: DelegationPersonOut
    starts_at: datetime
    ends_at: datetime
    workflow_ids: list[int]
    move_waiting: bool
    moved_at: datetime | None
    note: str
    created_by: DelegationPersonOut | None
    created_at: datetime
    cancelled_at: datetime | None
    running: bool = Field(description="Whether it runs now (started, not ended, not cancelled).")


class DelegationPageOut(BaseModel):
    items: list[DelegationOut]
    next_cursor: str | None
