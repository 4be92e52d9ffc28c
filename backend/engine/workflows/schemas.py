"""Typed request and response bodies of the workflow endpoints (definitions, versions, import/export)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from ninja import Schema
from pydantic import Field, StringConstraints

from engine.workflows.definitions.schema import FieldDef, WorkflowDocument

WorkflowKey = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[a-z][a-z0-9_-]{1,63}$")]

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]

Description = Annotated[str, StringConstraints(max_length=4000)]

Category = Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)]


class WorkflowOut(Schema):
    id: int
    key: str
    name: str
    description: str
    category: str
    admin_ids: list[int]
    current_version: int | None = Field(description="The published version new tickets start in.")
    draft_version: int | None
    draft_etag: str | None
    can_manage: bool
    created_at: datetime
    updated_at: datetime


class WorkflowCreateIn(Schema):
    key: WorkflowKey
    name: Name
    description: Description = ""
    category: Category = ""
    admin_ids: list[int] = Field(default_factory=list, max_length=200)


class WorkflowPatchIn(Schema):
    name: Name | None = None
    description: Description | None = None
    category: Category | None = None
    admin_ids: list[int] | None = Field(default=None, max_length=200)


class VersionSummaryOut(Schema):
    number: int
    status: str
    revision: int
    etag: str
    comment: str
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None
    published_by: str | None


class VersionOut(VersionSummaryOut):
    document: WorkflowDocument


class DraftIn(Schema):
    document: WorkflowDocument
    comment: Annotated[str, StringConstraints(max_length=500)] = ""


class ValidateIn(Schema):
    document: WorkflowDocument | None = Field(
        default=None, description="Validate this document instead of the saved draft (unsaved edits)."
    )


class ProblemOut(Schema):
    path: str
    code: str
    message: str
    severity: Literal["error", "warning"] = Field(
        default="error", description="An error blocks publishing; a warning only informs."
    )


class ValidationOut(Schema):
    valid: bool = Field(description="No errors (warnings do not block publishing).")
    problems: list[ProblemOut] = Field(description="The errors: publishing is refused while there are any.")
    warnings: list[ProblemOut] = Field(
        default_factory=list,
        description="What may go wrong at run time, e.g. a state whose participants may resolve to nobody.",
    )


class PublishIn(Schema):
    comment: Annotated[str, StringConstraints(max_length=500)] = ""


class CloneIn(Schema):
    key: WorkflowKey
    name: Name
    version: int | None = Field(default=None, description="Clone this version instead of the draft.")


class ChangeOut(Schema):
    op: Literal["added", "removed", "changed"]
    path: str
    before: Any = None
    after: Any = None


class DiffOut(Schema):
    from_version: int
    to_version: int
    changes: list[ChangeOut]


class InitFieldOut(Schema):
    field: FieldDef
    permission: str


class InitTransitionOut(Schema):
    key: str
    name: str
    attribute: str
    confirm_text: str
    check_required_fields: bool


class InitStateOut(Schema):
    key: str
    name: str


class InitOut(Schema):
    workflow_id: int
    key: str
    name: str
    version: int
    can_create: bool
    start_state: InitStateOut
    fields: list[InitFieldOut]
    transitions: list[InitTransitionOut]


class TemplateStateOut(Schema):
    key: str
    name: str
    type: str | None = None
    position: dict[str, float] | None = None


class TemplateTransitionOut(Schema):
    key: str
    name: str
    source: str
    target: str


class TemplatePreviewOut(Schema):
    fields: list[str] = Field(description="The form's field labels, in order.")
    states: list[TemplateStateOut]
    transitions: list[TemplateTransitionOut]


class TemplateOut(Schema):
    key: str
    name: str
    category: str
    description: str
    preview: TemplatePreviewOut


class TemplateUseIn(Schema):
    key: WorkflowKey | None = Field(
        None, description="The new workflow's key (default: the template's, made unique)."
    )
    name: Name | None = None
