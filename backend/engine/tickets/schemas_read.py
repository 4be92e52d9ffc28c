"""Response shapes of the ticket reads."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ninja import Schema
from pydantic import BaseModel, Field

from core.pagination import DEFAULT_LIMIT
from engine.definitions.schema import FieldDef


class TicketListParams(Schema):
    view: str = Field("related", max_length=16, description="todo, created, handled, related or all")
    workflow: int | None = Field(None, description="Workflow id")
    state: str | None = Field(None, max_length=64, description="State key")
    status: str | None = Field(None, max_length=16)
    serial: str | None = Field(None, max_length=40, description="An exact serial or a prefix")
    title: str | None = Field(None, max_length=200, description="Part of the title (any case)")
    created_after: datetime | None = None
    created_before: datetime | None = None
    field: list[str] = Field(
        default_factory=list, max_length=20, description="`<key>:<value>` (repeatable): values contain it"
    )
    cursor: str | None = Field(None, max_length=500)
    limit: int = DEFAULT_LIMIT


class Out(BaseModel):
    """Response shapes are plain pydantic models: the reads hand them dicts, and ninja's
    `Schema` (built to read ORM objects) costs several times more to validate a long list."""


class PersonOut(Out):
    id: int
    username: str
    display_name: str


class WorkflowRefOut(Out):
    id: int
    key: str
    name: str


class StateRefOut(Out):
    key: str
    name: str


class TicketSummaryOut(Out):
    id: int
    serial: str
    title: str
    workflow: WorkflowRefOut
    state: StateRefOut
    status: str
    creator: PersonOut
    created_at: datetime
    updated_at: datetime
    row_version: int
    my_role: str | None = None


class TicketPageOut(Out):
    items: list[TicketSummaryOut]
    next_cursor: str | None


class TicketCountsOut(Out):
    todo: int
    created: int
    handled: int
    related: int


class FieldValueOut(Out):
    key: str
    label: str
    type: str
    value: Any = None
    permission: str
    # The whole definition (choices, validation, columns…), so a form can edit the value properly.
    field: FieldDef


class HandlerOut(PersonOut):
    kind: str


class TicketDetailOut(TicketSummaryOut):
    version: int
    fields: list[FieldValueOut]
    handlers: list[HandlerOut]
    parent_id: int | None = None


class ActionOut(Out):
    action: str
    transition: str | None = None
    name: str | None = None
    attribute: str | None = None
    confirm_text: str | None = None
    # For "handle": whether taking the transition checks that required fields are filled in.
    check_required_fields: bool | None = None


class FlowLogOut(Out):
    id: int
    action: str
    actor: PersonOut | None
    via_app: str
    transition: str
    from_state: str
    to_state: str
    comment: str
    changed_fields: dict[str, Any]
    created_at: datetime


class PositionOut(Out):
    x: float
    y: float


class StepOut(Out):
    key: str
    name: str
    type: str
    current: bool
    visited: bool
    # Where the designer placed the state (None: never placed; the SPA lays the graph out itself).
    position: PositionOut | None = None


class TransitionRefOut(Out):
    key: str
    name: str
    source: str
    target: str


class StepsOut(Out):
    states: list[StepOut]
    transitions: list[TransitionRefOut]
    path: list[str]
