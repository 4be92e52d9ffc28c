"""The platform API's shapes for Loonflow 2.x imports."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from ninja import Field, Schema
from pydantic import StringConstraints


class V2ImportIn(Schema):
    source_url: Annotated[str, StringConstraints(min_length=1, max_length=2000)] = Field(
        description="The 2.x database: postgresql://, mysql:// or sqlite:// (its password is stored "
        "encrypted until the run ends and is never shown)."
    )
    dry_run: bool = Field(False, description="Read everything and report, writing nothing.")
    only: list[Literal["users", "workflows", "apps", "tickets"]] = Field(
        default_factory=list, max_length=4, description="Parts to import; empty: all."
    )


class V2ImportRunOut(Schema):
    id: int
    tenant_id: int
    status: str = Field(description="queued, running, succeeded or failed.")
    source: str = Field(description="The source URL without its password.")
    dry_run: bool
    only: list[str]
    started_by: str
    progress: dict[str, Any] = Field(description='Where the run is: {"step": "tickets", "read": 1200}.')
    report: dict[str, Any] = Field(
        description="Counts per kind and outcome, and one entry per thing not carried over "
        "(docs/migration-loonflow2.md)."
    )
    error: dict[str, Any] | None = Field(description="code, message and details when the run failed.")
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
