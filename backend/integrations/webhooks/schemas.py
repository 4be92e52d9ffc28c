"""Typed request and response bodies of the webhook, delivery and integration settings endpoints."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from django.utils.translation import gettext as _
from ninja import Schema
from pydantic import ConfigDict, Field, StrictBool, StringConstraints, field_validator

from core.ninja_api import absent_or_value
from core.pagination import DEFAULT_LIMIT, MAX_LIMIT
from core.stored_text import CODE_DOC, LastErrorResolvers, code_of, shown
from engine.workflows.definitions.schema import WorkflowEvent
from integrations.common.references import TicketRefFilters, TicketRefOut
from integrations.webhooks.models import WebhookDelivery

WebhookName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]

# http(s) only, as integrations.common.outbound checks (the schema says it too; private hosts are
# checked there).
WebhookUrl = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=1, max_length=2000, pattern=r"^[hH][tT][tT][pP][sS]?://\S+$"
    ),
]

WebhookEvents = Annotated[list[WorkflowEvent], Field(min_length=1, max_length=20)]

DeliveryStatus = Literal["pending", "running", "succeeded", "failed"]

AllowListEntry = Annotated[str, StringConstraints(max_length=300)]


class WebhookIn(Schema):
    name: WebhookName
    url: WebhookUrl = Field(description="http(s) URL; private addresses only if the allow-list covers them.")
    events: WebhookEvents
    workflow_id: int | None = Field(None, description="Only this workflow's tickets; null: every workflow.")
    is_active: StrictBool = True


class WebhookPatchIn(Schema):
    model_config = ConfigDict(json_schema_extra=absent_or_value("name", "url", "events", "is_active"))

    name: WebhookName | None = None
    url: WebhookUrl | None = None
    events: WebhookEvents | None = None
    workflow_id: int | None = Field(None, description="null: every workflow.")
    is_active: StrictBool | None = None

    @field_validator("name", "url", "events", "is_active")
    @classmethod
    def _not_null(cls, value: Any) -> Any:
        # Absent keeps the value; an explicit null would erase a required one.
        if value is None:
            raise ValueError(_("must not be null"))
        return value


class WebhookOut(Schema):
    id: int
    name: str
    url: str
    events: list[str]
    workflow_id: int | None
    is_active: bool
    created_at: datetime
    updated_at: datetime


class WebhookCreatedOut(WebhookOut):
    secret: str = Field(description="The signing secret. Shown only in this answer; store it now.")


class WebhookSecretOut(Schema):
    secret: str = Field(description="The new signing secret. Shown only in this answer; store it now.")


class DeliveryListParams(TicketRefFilters):
    webhook_id: int | None = None
    status: DeliveryStatus | None = None
    ticket_id: int | None = None
    cursor: str | None = Field(None, max_length=500)
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)


class DeliveryOut(TicketRefOut, LastErrorResolvers):
    id: int
    key: str = Field(description="The X-Loonflow-Delivery header: the same on every attempt.")
    webhook_id: int | None = Field(description="null: a subscription in the workflow document.")
    event_id: int | None
    ticket_id: int | None
    event: str
    url: str
    status: str
    attempts: int = Field(description="Attempts since the delivery was created or last redelivered.")
    last_status_code: int | None
    last_error: str
    last_error_code: str | None = Field(description=CODE_DOC)
    next_attempt_at: datetime | None
    created_at: datetime
    finished_at: datetime | None

    @staticmethod
    def resolve_key(row: WebhookDelivery) -> str:
        return str(row.key)

    @staticmethod
    def resolve_event(row: WebhookDelivery) -> str:
        return row.event_name


class DeliveryAttemptOut(Schema):
    number: int
    status_code: int | None
    latency_ms: int
    error: str
    error_code: str | None = Field(description=CODE_DOC)
    response_excerpt: str
    created_at: datetime

    @staticmethod
    def resolve_error(row: Any) -> str:
        return shown(row, "error")

    @staticmethod
    def resolve_error_code(row: Any) -> str | None:
        return code_of(row, "error")


class DeliveryDetailOut(DeliveryOut):
    payload: dict[str, Any]
    attempt_log: list[DeliveryAttemptOut]


class DeliveryPageOut(Schema):
    items: list[DeliveryOut]
    next_cursor: str | None


class IntegrationSettingsOut(Schema):
    allow_list: list[str] = Field(
        description="CIDR networks, addresses or host names outbound calls may reach."
    )


class IntegrationSettingsIn(Schema):
    allow_list: list[AllowListEntry] = Field(max_length=1000)


class SettingsSecretOut(Schema):
    secret: str = Field(
        description="The tenant's new signing secret. Shown only in this answer; store it now."
    )
