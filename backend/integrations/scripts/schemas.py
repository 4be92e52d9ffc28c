"""Typed request and response bodies of the script endpoints."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from ninja import Schema
from pydantic import Field, StrictBool, StringConstraints

from core.pagination import DEFAULT_LIMIT, MAX_LIMIT
from core.schemas import Code, Name
from core.stored_text import CODE_DOC, LastErrorResolvers
from integrations.scripts.models import ScriptRun

ScriptSource = Annotated[str, StringConstraints(min_length=1, max_length=100 * 1024)]

ScriptDescription = Annotated[str, StringConstraints(max_length=4000)]


class ScriptSummaryOut(Schema):
    id: int
    code: str
    name: str
    description: str
    is_active: bool
    created_at: datetime
    updated_at: datetime


class ScriptOut(ScriptSummaryOut):
    source: str


class ScriptIn(Schema):
    code: Code
    name: Name
    description: ScriptDescription = ""
    source: ScriptSource = Field(
        description='Python 3: reads the ticket (JSON) on stdin, prints {"fields": {…}, "transition": key}.'
    )
    is_active: StrictBool = True


class ScriptPatchIn(Schema):
    code: Code | None = None
    name: Name | None = None
    description: ScriptDescription | None = None
    source: ScriptSource | None = None
    is_active: StrictBool | None = None


class ScriptRunListParams(Schema):
    cursor: str | None = Field(None, max_length=500)
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)


class ScriptRunOut(LastErrorResolvers):
    id: int
    script_id: int
    ticket_id: int
    ticket_serial: str
    state_key: str
    state_entry: int
    status: str
    attempts: int
    outcome: str
    result: dict[str, Any]
    duration_ms: int
    robot: bool = Field(
        description="The run of a state's script participant (its result moves the ticket on)."
    )
    last_error: str
    last_error_code: str | None = Field(description=CODE_DOC)
    created_at: datetime
    finished_at: datetime | None

    @staticmethod
    def resolve_ticket_serial(run: ScriptRun) -> str:
        return run.ticket.serial


class ScriptRunPageOut(Schema):
    items: list[ScriptRunOut]
    next_cursor: str | None
