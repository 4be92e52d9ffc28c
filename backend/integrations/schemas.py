"""Typed request and response bodies of the integrations API (notifications, webhooks)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from ninja import Schema
from pydantic import ConfigDict, Field, StrictBool, StringConstraints, field_validator

from core.ninja_api import absent_or_value
from core.pagination import DEFAULT_LIMIT, MAX_LIMIT
from core.schemas import Code, Name, Username
from engine.workflows.definitions.schema import WorkflowEvent

# ---- notifications --------------------------------------------------------------------------

ChannelKind = Literal["email", "webhook", "wecom", "dingtalk", "feishu", "slack"]
JobStatus = Literal["pending", "running", "waiting", "succeeded", "failed"]
ChannelSecret = Annotated[str, StringConstraints(max_length=500)]


class NotificationChannelOut(Schema):
    id: int
    code: str
    name: str
    kind: str
    config: dict[str, Any]
    has_secret: bool = Field(description="Whether an SMTP password / robot secret is set (never shown).")
    is_default: bool
    is_active: bool
    created_at: datetime
    updated_at: datetime


class NotificationChannelIn(Schema):
    code: Code
    name: Name
    kind: ChannelKind
    config: dict[str, Any] = Field(
        default_factory=dict,
        description="email: host, port, username, from_email, use_tls, use_ssl, timeout; robots: url.",
    )
    secret: ChannelSecret | None = Field(
        None, description="SMTP password, or the robot's signing secret (DingTalk, Feishu). Write-only."
    )
    is_default: StrictBool = False
    is_active: StrictBool = True


class NotificationChannelPatchIn(Schema):
    code: Code | None = None
    name: Name | None = None
    kind: ChannelKind | None = None
    config: dict[str, Any] | None = Field(None, description="Replaces the whole config.")
    secret: ChannelSecret | None = Field(None, description='Absent or null keeps it; "" removes it.')
    is_default: StrictBool | None = None
    is_active: StrictBool | None = None


class ChannelTestIn(Schema):
    recipients: list[Username] = Field(
        default_factory=list, max_length=20, description="Usernames; default: you."
    )


class ChannelTestOut(Schema):
    id: int
    status: Literal["pending", "running", "succeeded", "failed"] = Field(
        description="pending/running until the worker reports back."
    )
    ok: bool | None = Field(description="null while the test has not run yet.")
    error: str | None = Field(description="Why it failed (one generic message for connection failures).")
    recipients: list[str]
    status_url: str = Field(description="GET it for the outcome.")
    created_at: datetime
    finished_at: datetime | None


class NotificationListParams(Schema):
    status: JobStatus | None = None
    channel_id: int | None = None
    ticket_id: int | None = None
    cursor: str | None = Field(None, max_length=500)
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)


class NotificationOut(Schema):
    id: int
    key: str
    status: str
    attempts: int
    next_attempt_at: datetime | None
    last_error: str
    created_at: datetime
    finished_at: datetime | None
    channel_id: int
    channel_code: str
    event: str | None
    rule_index: int
    ticket_id: int | None
    ticket_serial: str | None
    recipients: list[str]
    subject: str
    body: str


class NotificationPageOut(Schema):
    items: list[NotificationOut]
    next_cursor: str | None


# ---- end of notifications -------------------------------------------------------------------


# ---- webhooks and integration settings --------------------------------------------------------

WebhookName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
# http(s) only, as integrations.outbound checks (the schema says it too; private hosts are checked there).
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
            raise ValueError("must not be null")
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


class DeliveryListParams(Schema):
    webhook_id: int | None = None
    status: DeliveryStatus | None = None
    ticket_id: int | None = None
    cursor: str | None = Field(None, max_length=500)
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)


class DeliveryOut(Schema):
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
    next_attempt_at: datetime | None
    created_at: datetime
    finished_at: datetime | None


class DeliveryAttemptOut(Schema):
    number: int
    status_code: int | None
    latency_ms: int
    error: str
    response_excerpt: str
    created_at: datetime


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


# ---- end of webhooks and integration settings -------------------------------------------------


# ---- hooks and scripts ------------------------------------------------------------------------

HookComment = Annotated[str, StringConstraints(max_length=10_000)]
ScriptSource = Annotated[str, StringConstraints(min_length=1, max_length=100 * 1024)]
ScriptDescription = Annotated[str, StringConstraints(max_length=4000)]


class HookCallbackIn(Schema):
    """The signed answer to a hook call that waits (`wait: true`)."""

    call: Annotated[str, StringConstraints(min_length=32, max_length=36)] = Field(
        description="The `call` key of the hook request (also sent as X-Loonflow-Delivery)."
    )
    decision: Literal["agree", "reject"] = Field(
        description="Take the state's agree or reject transition (hook transitions first)."
    )
    fields: dict[str, Any] = Field(default_factory=dict, description="Field values to set first, by key.")
    comment: HookComment = ""


class HookTicketOut(Schema):
    id: int
    serial: str
    title: str
    state: str
    status: str
    row_version: int


class RetryOut(Schema):
    hook_calls: list[int] = Field(description="Ids of the hook calls sent again.")
    script_runs: list[int] = Field(description="Ids of the script runs sent again.")


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


class ScriptRunOut(Schema):
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
    last_error: str
    created_at: datetime
    finished_at: datetime | None


class ScriptRunPageOut(Schema):
    items: list[ScriptRunOut]
    next_cursor: str | None


# ---- end of hooks and scripts -----------------------------------------------------------------
