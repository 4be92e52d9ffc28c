"""Bodies of the getting-started endpoints."""

from __future__ import annotations

from typing import Literal

from ninja import Schema
from pydantic import Field, StrictBool


class ChecklistItemOut(Schema):
    key: Literal["directory", "workflow", "app_token", "webhook"]
    done: bool
    link: str = Field(description="The console page that does it.")


class ChecklistOut(Schema):
    items: list[ChecklistItemOut]
    complete: bool
    dismissed: bool = Field(description="An admin put the checklist away (for the whole tenant).")


class ChecklistDismissIn(Schema):
    dismissed: StrictBool
