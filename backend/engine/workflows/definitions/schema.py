"""The workflow definition document: fields, states, transitions and who may do what.

A published version's document is immutable; tickets are pinned to the version they were created
under. States, transitions and fields are addressed by `key`, stable across versions. The shape is
checked here (types, formats, bounds); the graph rules (one start state, reachability, references)
are checked by `engine.workflows.definitions.validation` on validate and publish, so a draft may be
incomplete while it is being designed.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal

from django.utils.translation import gettext as _
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from engine.workflows.definitions.patterns import MAX_PATTERN_LENGTH

Key = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")]
Label = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Text = Annotated[str, StringConstraints(max_length=4000)]
Username = Annotated[str, StringConstraints(min_length=1, max_length=150)]
Code = Annotated[str, StringConstraints(min_length=1, max_length=64)]

MAX_FIELDS = 200
MAX_STATES = 200
MAX_TRANSITIONS = 1000


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


# ---- fields -----------------------------------------------------------------------------------


class FieldType(StrEnum):
    STRING = "string"
    TEXT = "text"
    RICH_TEXT = "rich_text"
    INT = "int"
    DECIMAL = "decimal"
    BOOL = "bool"
    DATE = "date"
    DATETIME = "datetime"
    TIME = "time"
    RADIO = "radio"
    CHECKBOX = "checkbox"
    SELECT = "select"
    MULTI_SELECT = "multi_select"
    USER = "user"
    USERS = "users"
    DEPARTMENT = "department"
    ATTACHMENT = "attachment"
    TABLE = "table"


CHOICE_TYPES = {FieldType.RADIO, FieldType.CHECKBOX, FieldType.SELECT, FieldType.MULTI_SELECT}
NUMBER_TYPES = {FieldType.INT, FieldType.DECIMAL}
TEXT_TYPES = {FieldType.STRING, FieldType.TEXT, FieldType.RICH_TEXT}
USER_TYPES = {FieldType.USER, FieldType.USERS}


class Choice(Strict):
    value: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    label: Label


class FieldValidation(Strict):
    """Bounds: `min`/`max` for numbers (and dates as ISO strings), `min_length`/`max_length` for text
    and for the number of items of multi-valued fields, `regex` for text (a full match, run in linear
    time by RE2: no backreferences or lookaround; see docs/workflows.md)."""

    # Numbers parse as Decimal first so a bound reads back equal after a JSON round trip; dates stay strings.
    min: Decimal | str | None = Field(default=None, union_mode="left_to_right")
    max: Decimal | str | None = Field(default=None, union_mode="left_to_right")
    min_length: int | None = Field(default=None, ge=0, le=1_000_000)
    max_length: int | None = Field(default=None, ge=1, le=1_000_000)
    regex: Annotated[str, StringConstraints(max_length=MAX_PATTERN_LENGTH)] | None = None


class FieldDef(Strict):
    key: Key
    label: Label
    type: FieldType
    required: bool = True
    choices: list[Choice] = Field(default_factory=list, max_length=500)
    default: Any = None
    placeholder: Annotated[str, StringConstraints(max_length=200)] = ""
    help_text: Annotated[str, StringConstraints(max_length=1000)] = ""
    validation: FieldValidation | None = None
    order: int = 0
    # Sub-row columns of a `table` field (themselves not tables).
    columns: list[FieldDef] = Field(default_factory=list, max_length=50)


# ---- participants and distribution ------------------------------------------------------------


class ParticipantKind(StrEnum):
    NONE = "none"
    USERS = "users"
    DEPARTMENTS = "departments"
    ROLES = "roles"
    VARIABLE = "variable"
    FIELD = "field"
    PARENT_FIELD = "parent_field"
    HOOK = "hook"
    SCRIPT = "script"  # a tenant script (by code) run in the sandbox; its result picks the transition


class DepartmentScope(StrEnum):
    MEMBERS = "members"
    LEADER = "leader"
    APPROVER = "approver"


class Variable(StrEnum):
    CREATOR = "creator"
    CREATOR_LEADER = "creator_department_leader"
    CREATOR_APPROVER = "creator_department_approver"


class HookCall(Strict):
    url: Annotated[str, StringConstraints(min_length=1, max_length=2000, pattern=r"^https?://")]
    # wait=false: move on after a 2xx; wait=true: wait for the signed callback.
    wait: bool = False
    # The hook answers with the handlers (participant rule "a hook returns the handlers").
    returns_handlers: bool = False


class Participant(Strict):
    kind: ParticipantKind = ParticipantKind.NONE
    users: list[Username] = Field(default_factory=list, max_length=500)
    departments: list[Code] = Field(default_factory=list, max_length=200)
    department_scope: DepartmentScope = DepartmentScope.MEMBERS
    roles: list[Code] = Field(default_factory=list, max_length=200)
    variable: Variable | None = None
    field: Key | None = None
    hook: HookCall | None = None
    script: Code | None = None

    @property
    def robot(self) -> bool:
        """No person handles the state: a script, or a hook that answers itself (not with handlers);
        its result picks the way out."""
        if self.kind == ParticipantKind.SCRIPT:
            return True
        return self.kind == ParticipantKind.HOOK and self.hook is not None and not self.hook.returns_handlers


class DistributionKind(StrEnum):
    ANY = "any"  # any one of them; the first to act decides
    CLAIM = "claim"  # voluntary accept: one claims it first, then handles it
    DIRECT = "direct"  # every handler sees it; it goes to the first (designed for one handler)
    RANDOM = "random"  # one of them, picked at random
    COUNTERSIGN = "countersign"  # all / N of M / a percentage must agree


class CountersignMode(StrEnum):
    ALL = "all"
    COUNT = "count"
    PERCENT = "percent"


class Countersign(Strict):
    mode: CountersignMode = CountersignMode.ALL
    count: int | None = Field(default=None, ge=1, le=10_000)
    percent: int | None = Field(default=None, ge=1, le=100)
    veto_on_reject: bool = True


class Distribution(Strict):
    kind: DistributionKind = DistributionKind.ANY
    countersign: Countersign | None = None


# ---- states ---------------------------------------------------------------------------------------


class StateType(StrEnum):
    START = "start"
    NORMAL = "normal"
    END = "end"
    # Gateways: the engine passes them at once; nobody handles them and a ticket never rests there.
    PARALLEL_SPLIT = "parallel_split"  # every outgoing branch starts
    PARALLEL_JOIN = "parallel_join"  # continues once every branch of its split has arrived
    INCLUSIVE_SPLIT = "inclusive_split"  # the branches whose conditions hold start (at least one)
    INCLUSIVE_JOIN = "inclusive_join"  # continues once every branch its split started has arrived


# Each split names its join (`StateDef.join`), of the matching kind.
JOIN_OF_SPLIT = {
    StateType.PARALLEL_SPLIT: StateType.PARALLEL_JOIN,
    StateType.INCLUSIVE_SPLIT: StateType.INCLUSIVE_JOIN,
}
JOIN_TYPES = frozenset(JOIN_OF_SPLIT.values())
GATEWAY_TYPES = frozenset(JOIN_OF_SPLIT) | JOIN_TYPES


class FieldPermission(StrEnum):
    HIDDEN = "hidden"
    READ_ONLY = "read_only"
    OPTIONAL = "optional"
    REQUIRED = "required"


class SlaAction(StrEnum):
    REMIND = "remind"
    ESCALATE = "escalate"
    AUTO_TRANSITION = "auto_transition"


# What an SLA or timer counts (docs/workflows.md "SLA clock"; null means "wall"): every second
# ("wall"), the working calendar's working seconds ("working"), or whole working days
# ("working_days": the duration is N x 86400 seconds and means N working days).
Clock = Literal["wall", "working", "working_days"]


class Sla(Strict):
    duration_seconds: int = Field(ge=1, le=366 * 24 * 3600)
    clock: Annotated[
        Clock | None, Field(description='What it counts (docs/workflows.md "SLA clock"); null: wall.')
    ] = None
    action: SlaAction = SlaAction.REMIND
    escalate_to: Participant | None = None
    transition: Key | None = None
    warn_before_seconds: Annotated[
        int | None,
        Field(
            ge=1,
            le=366 * 24 * 3600,
            description="Warn the handlers this long before the SLA runs out, counted on the SLA's "
            "clock (working_days: whole days, N x 86400); null: no warning.",
        ),
    ] = None


class Position(Strict):
    x: float = Field(default=0, allow_inf_nan=False)
    y: float = Field(default=0, allow_inf_nan=False)


class Subprocess(Strict):
    """A state that waits for sub-tickets (it has a `subtickets` transition); see docs/workflows.md.

    With `workflow` (a published workflow's key) the engine files the sub-tickets when the ticket
    enters the state: one per row of the table field `rows`, or `count` of them, each value of
    `values` (child field → parent field or `row.<column>`) copied from the parent. Without it the
    state only accepts sub-tickets its handlers file. The state moves on when every sub-ticket has
    settled (`all_finished`), or at the first rejected one (`first_rejection`); with none at all it
    moves on at once (`when_none: continue`) or waits for the first (`wait`)."""

    workflow: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_-]{1,63}$")] | None = None
    rows: Key | None = None
    count: int | None = Field(default=None, ge=1, le=50)
    values: dict[Key, Annotated[str, StringConstraints(pattern=r"^(row\.)?[A-Za-z_][A-Za-z0-9_]{0,63}$")]] = (
        Field(default_factory=dict, max_length=200)
    )
    continue_on: Literal["all_finished", "first_rejection"] = "all_finished"
    when_none: Literal["continue", "wait"] = "continue"


class StateDef(Strict):
    key: Key
    name: Label
    type: StateType = StateType.NORMAL
    participant: Participant = Field(default_factory=Participant)
    distribution: Distribution = Field(default_factory=Distribution)
    # Fields not listed: in the start state the creator fills them (required or optional as the
    # field says); in every other state they are read-only. See `WorkflowDocument.permission`.
    field_permissions: dict[Key, FieldPermission] = Field(default_factory=dict)
    can_withdraw: bool = False
    reuse_last_handler: bool = False
    sla: Sla | None = None
    # Scripts (by code) run by the worker each time the ticket enters this state.
    scripts: list[Code] = Field(default_factory=list, max_length=10)
    # A split gateway's join: the state where its branches meet again.
    join: Key | None = None
    position: Position | None = None
    # How a state with a `subtickets` transition files and waits for sub-tickets (None: defaults).
    subprocess: Subprocess | None = None


# ---- transitions --------------------------------------------------------------------------------


class TransitionAttribute(StrEnum):
    AGREE = "agree"
    REJECT = "reject"
    OTHER = "other"


class TransitionKind(StrEnum):
    MANUAL = "manual"
    TIMER = "timer"  # fires `timer_seconds` after entering the source state unless the ticket left it
    HOOK = "hook"  # taken on the result of the source state's hook or script participant
    SUBTICKETS = "subtickets"  # taken when the sub-tickets allow it (see `Subprocess`)
    AUTO = "auto"  # out of a gateway: the engine takes it as it passes the gateway


class Branch(Strict):
    """One conditional branch: the first branch whose condition holds picks the target.

    Give the condition either structured (`condition`: OR of AND-groups of comparisons) or as an
    `expression` in the small condition language; both are parsed into the same tree.
    """

    condition: dict[str, Any] | None = None
    expression: Annotated[str, StringConstraints(max_length=4000)] | None = None
    target: Key


class TransitionDef(Strict):
    key: Key
    name: Label
    source: Key
    target: Key
    attribute: TransitionAttribute = TransitionAttribute.AGREE
    check_required_fields: bool = True
    confirm_text: Annotated[str, StringConstraints(max_length=500)] = ""
    kind: TransitionKind = TransitionKind.MANUAL
    timer_seconds: int | None = None
    timer_clock: Annotated[Clock | None, Field(description="What `timer_seconds` counts; null: wall.")] = None
    branches: list[Branch] = Field(default_factory=list, max_length=50)
    # Out of an inclusive split only: the branch starts when this holds (none given: it always does).
    condition: dict[str, Any] | None = None
    expression: Annotated[str, StringConstraints(max_length=4000)] | None = None
    # Scripts (by code) run by the worker each time the transition is taken.
    scripts: list[Code] = Field(default_factory=list, max_length=10)


# ---- who may, notifications, hooks ---------------------------------------------------------------


class Audience(Strict):
    """Everyone in the tenant, or the union of the listed users, departments (members) and roles."""

    everyone: bool = False
    users: list[Username] = Field(default_factory=list, max_length=1000)
    departments: list[Code] = Field(default_factory=list, max_length=500)
    roles: list[Code] = Field(default_factory=list, max_length=500)


class SubmitLimit(Strict):
    count: int = Field(ge=1, le=10_000)
    period_seconds: int = Field(ge=60, le=366 * 24 * 3600)


class WorkflowEvent(StrEnum):
    CREATED = "created"
    STATE_ENTERED = "state_entered"
    TRANSITION = "transition"
    FINISHED = "finished"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"
    SLA_BREACHED = "sla_breached"
    SLA_WARNING = "sla_warning"  # the SLA runs out soon (its `warn_before_seconds`)


class Recipient(StrEnum):
    HANDLERS = "handlers"
    CREATOR = "creator"
    PARTICIPANTS = "participants"


class NotificationRule(Strict):
    events: list[WorkflowEvent] = Field(min_length=1, max_length=10)
    channel: Code
    recipients: list[Recipient] = Field(default_factory=lambda: [Recipient.HANDLERS], max_length=3)
    template: Annotated[str, StringConstraints(max_length=4000)] = ""
    states: list[Key] = Field(default_factory=list, max_length=200)


class WebhookSubscription(Strict):
    events: list[WorkflowEvent] = Field(min_length=1, max_length=10)
    url: Annotated[str, StringConstraints(min_length=1, max_length=2000, pattern=r"^https?://")]
    active: bool = True


class WorkflowDocument(Strict):
    serial_prefix: Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9]{0,9}$")] = "TK"
    title_template: Annotated[str, StringConstraints(max_length=500)] = "{workflow} {serial}"
    fields: list[FieldDef] = Field(default_factory=list, max_length=MAX_FIELDS)
    states: list[StateDef] = Field(default_factory=list, max_length=MAX_STATES)
    transitions: list[TransitionDef] = Field(default_factory=list, max_length=MAX_TRANSITIONS)
    creators: Audience = Field(default_factory=lambda: Audience(everyone=True))
    viewers: Audience = Field(default_factory=Audience)
    intervenors: Audience = Field(default_factory=Audience)
    submit_limit: SubmitLimit | None = None
    notifications: list[NotificationRule] = Field(default_factory=list, max_length=100)
    webhooks: list[WebhookSubscription] = Field(default_factory=list, max_length=50)

    @field_validator("fields")
    @classmethod
    def _tables_are_flat(cls, fields: list[FieldDef]) -> list[FieldDef]:
        for field in fields:
            for column in field.columns:
                if column.columns or column.type == FieldType.TABLE:
                    raise ValueError(
                        _("table %(key)s: columns cannot be tables themselves") % {"key": repr(field.key)}
                    )
        return fields

    def state(self, key: str) -> StateDef | None:
        return next((state for state in self.states if state.key == key), None)

    def field(self, key: str) -> FieldDef | None:
        return next((field for field in self.fields if field.key == key), None)

    def start_state(self) -> StateDef | None:
        return next((state for state in self.states if state.type == StateType.START), None)

    def transitions_from(self, key: str) -> list[TransitionDef]:
        return [transition for transition in self.transitions if transition.source == key]

    def permission(self, state: StateDef, field: FieldDef) -> FieldPermission:
        """The effective permission of a field in a state (explicit, else the default)."""
        explicit = state.field_permissions.get(field.key)
        if explicit is not None:
            return FieldPermission(explicit)
        if state.type == StateType.START:
            return FieldPermission.REQUIRED if field.required else FieldPermission.OPTIONAL
        return FieldPermission.READ_ONLY


def starter_document() -> WorkflowDocument:
    """What a new workflow starts with: submit from the creator's state straight to done."""
    return WorkflowDocument(
        states=[
            StateDef(key="start", name="Draft", type=StateType.START, position=Position(x=0, y=0)),
            StateDef(key="done", name="Done", type=StateType.END, position=Position(x=300, y=0)),
        ],
        transitions=[TransitionDef(key="submit", name="Submit", source="start", target="done")],
    )
