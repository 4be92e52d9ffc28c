"""Typed request and response bodies of the ticket endpoints: actions, reads, attachments, statistics."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from ninja import Schema
from pydantic import BaseModel, Field, StringConstraints

from core.pagination import DEFAULT_LIMIT, MAX_LIMIT
from core.schemas import IsoDatetime
from engine.tickets.filters import SORTS
from engine.tickets.models import Ticket
from engine.workflows.definitions.schema import Clock, FieldDef, WorkflowDocument

STATUSES = tuple(Ticket.Status.values)


FIELD_FILTER = r"^[A-Za-z_][A-Za-z0-9_]{0,63}:"  # <key>:<value>, as selectors.FIELD_KEY reads it


VIEW_PATTERN = "^(todo|created|handled|related|all)$"


class TicketQuery(Schema):
    """A ticket list's filters and sort (what a saved view keeps)."""

    workflow: int | None = Field(None, description="Workflow id")
    state: str | None = Field(None, max_length=64, description="State key")
    # The patterns say what engine.tickets.selectors checks, so the OpenAPI document tells a client.
    status: str | None = Field(None, pattern=f"^({'|'.join(STATUSES)})?$")
    serial: str | None = Field(None, max_length=40, description="An exact serial or a prefix")
    title: str | None = Field(None, max_length=200, description="Part of the title (any case)")
    created_after: IsoDatetime | None = None
    created_before: IsoDatetime | None = None
    field: list[Annotated[str, StringConstraints(pattern=FIELD_FILTER)]] = Field(
        default_factory=list, max_length=20, description="`<key>:<value>` (repeatable): values contain it"
    )
    q: str | None = Field(
        None,
        max_length=200,
        description="Search the serial, title and text fields (every word, any language)",
    )
    creator: int | None = Field(None, ge=1, le=2**63 - 1, description="Created by this user id")
    handler: int | None = Field(None, ge=1, le=2**63 - 1, description="Waiting for this user id")
    sort: str | None = Field(
        None,
        pattern=f"^-?({'|'.join(SORTS)})$",
        description="The column to sort by, `-` first for descending (default: newest first)",
    )


class TicketListParams(TicketQuery):
    view: str = Field("related", pattern=VIEW_PATTERN)
    cursor: str | None = Field(None, max_length=500)
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)


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


class QuickTransitionOut(Out):
    key: str
    name: str
    attribute: str = Field(description="agree, reject or other.")


class WaitingOut(PersonOut):
    kind: str = Field(description="handler, candidate (may claim) or consulted.")


class MyStepOut(Out):
    branch: str = Field(description='The branch ("": the ticket\'s own path).')
    state: StateRefOut
    role: str = Field(description="handler, candidate (claim first) or consulted.")
    on_behalf_of: PersonOut | None = Field(
        None, description="Whose turn this is, when a delegation gave it to you (null: your own)."
    )
    quick: list[QuickTransitionOut] = Field(
        default_factory=list,
        description="The transitions you may take from a list (they need no field filled in): "
        "for `POST /tickets/bulk-handle` or a row's approve and reject buttons.",
    )


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
    my_steps: list[MyStepOut] = Field(
        default_factory=list,
        description="Where you are asked to act: one entry per branch of the ticket you handle "
        "(a ticket is listed once, with all of them).",
    )
    waiting_for: list[WaitingOut] = Field(
        default_factory=list,
        description="In lists: whom the ticket waits on (its first handlers; `waiting_count` says how many).",
    )
    waiting_count: int = 0


class TicketPageOut(Out):
    items: list[TicketSummaryOut]
    next_cursor: str | None


class TicketCountsOut(Out):
    # Open tickets only (not finished or closed): what still waits, for the menu's badges.
    todo: int = Field(description="Open tickets waiting for me (my turn, to claim, or asked for an opinion).")
    created: int = Field(description="Open tickets I created.")
    handled: int = Field(description="Open tickets I acted on.")
    related: int = Field(description="Open tickets I created, handle or handled.")
    can_list_all: bool = Field(description="Whether I may list all tickets (view=all answers, not 403).")


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
    branch: str = Field("", description='The branch they handle ("": the ticket\'s own path).')
    on_behalf_of: PersonOut | None = Field(
        None, description="Whose turn they hold, when a delegation gave it to them."
    )


class SlaDueOut(Out):
    due_at: datetime
    clock: str = Field(description="wall, working or working_days: what the SLA counts.")
    remaining_seconds: float = Field(
        description="Left until due_at on that clock (working seconds for a working clock); "
        "negative: overdue."
    )
    overdue: bool
    warn_at: datetime | None = Field(
        None, description="When the warning falls due (`warn_before_seconds` before due_at); null: none."
    )
    warning: bool = Field(False, description="The warning time has passed and the SLA has not run out yet.")


class BranchOut(Out):
    key: str = Field(description='`<split>:<transition>`, nested branches joined by "/".')
    state: StateRefOut
    status: str = Field(description="active, or arrived (at its join, waiting for the others).")
    entered_at: datetime
    handlers: list[HandlerOut]
    due_at: datetime | None = Field(None, description="When the SLA of its state falls due (null: no SLA).")
    sla: SlaDueOut | None = None


class TicketDetailOut(TicketSummaryOut):
    version: int
    fields: list[FieldValueOut]
    handlers: list[HandlerOut]
    branches: list[BranchOut] = Field(
        default_factory=list, description="The parallel branches running now (none on a single path)."
    )
    parent_id: int | None = None
    due_at: datetime | None = Field(
        None, description="When the SLA of the current state falls due (null: none; branches have their own)."
    )
    sla: SlaDueOut | None = None


class ActionOut(Out):
    action: str
    transition: str | None = None
    name: str | None = None
    attribute: str | None = None
    confirm_text: str | None = None
    # For "handle": whether taking the transition checks that required fields are filled in.
    check_required_fields: bool | None = None
    branch: str | None = Field(
        None, description="The branch the action is on; send it back when you act on several at once."
    )


class FieldChangeOut(Out):
    field: str = Field(description="The field's key.")
    old: Any = Field(description="Its value before, as the ticket stores it (null: none).")
    new: Any = Field(description="Its value after, as the ticket stores it (null: none).")


class FlowLogOut(Out):
    id: int
    action: str
    actor: PersonOut | None
    on_behalf_of: PersonOut | None = Field(
        None, description="Whose turn the actor took, when a delegation gave it to them (Y on behalf of X)."
    )
    via_app: str
    transition: str
    from_state: str
    to_state: str
    comment: str = Field(description="As written; an engine's or worker's note in the reader's language.")
    comment_code: str | None = Field(None, description="The note's machine code (null: a person's comment).")
    branch: str = Field("", description='The branch the row happened on ("": the ticket\'s own path).')
    changed_fields: dict[str, Any] = Field(
        description="The new values of the fields the action changed, by key (deliver and consult: "
        '`{"to": username}`; other actions may note other data). Fields hidden from you are left out.'
    )
    field_changes: list[FieldChangeOut] = Field(
        description="Old and new value of each field the action changed, in the fields' order "
        "(on create, every first value, old null). Fields hidden from you are left out; rows "
        "written before this existed have none."
    )
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


class StepBranchOut(Out):
    key: str
    state: str
    status: str


class StepsOut(Out):
    states: list[StepOut]
    branches: list[StepBranchOut] = Field(
        default_factory=list, description="The parallel branches running now; their states are current."
    )
    transitions: list[TransitionRefOut]
    path: list[str]


Comment = Annotated[str, StringConstraints(max_length=10_000)]


TransitionKey = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")]


class TicketCreateIn(Schema):
    workflow_id: int
    fields: dict[str, Any] = Field(default_factory=dict, description="Field values by key.")
    transition: TransitionKey | None = Field(
        default=None,
        description="Submit at once with this transition of the start state; omit to save a draft.",
    )
    comment: Comment = ""
    parent_id: int | None = Field(
        default=None,
        description="File it as a sub-ticket of this ticket: you must handle that ticket's current "
        "state (or be an admin of its workflow); otherwise 404.",
    )


# A branch's key: `<split>:<transition>`, nested ones joined by "/".
BranchKey = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_:/]{1,300}$")]
BRANCH_HELP = (
    "Which of the ticket's parallel branches you act on; needed only when you are on several at once "
    "(else 409 branch_required lists them)."
)


class TicketHandleIn(Schema):
    transition: TransitionKey
    comment: Comment = ""
    fields: dict[str, Any] = Field(default_factory=dict)
    branch: BranchKey | None = Field(None, description=BRANCH_HELP)


Username = Annotated[str, StringConstraints(min_length=1, max_length=150)]


class PassOnIn(Schema):
    to: Username = Field(description="The username to pass the ticket to / to ask.")
    comment: Comment = ""
    branch: BranchKey | None = Field(None, description=BRANCH_HELP)


class CommentIn(Schema):
    comment: Annotated[str, StringConstraints(min_length=1, max_length=10_000)]


class ConsultReplyIn(CommentIn):
    branch: BranchKey | None = Field(None, description=BRANCH_HELP)


class OptionalCommentIn(Schema):
    comment: Comment = ""


class ForceStateIn(Schema):
    state: TransitionKey
    comment: Comment = ""


class FieldsIn(Schema):
    fields: dict[str, Any]
    comment: Comment = ""
    branch: BranchKey | None = Field(None, description=BRANCH_HELP)


# Where a ticket stands after an action (its row_version is also the answer's ETag).
class TicketStateOut(Schema):
    id: int
    serial: str
    title: str
    state: str
    status: str
    row_version: int

    @staticmethod
    def resolve_state(ticket: Ticket) -> str:
        return ticket.state_key


class AttachmentOut(Schema):
    id: uuid.UUID
    name: str
    size: int
    content_type: str
    # The value to store in an `attachment` field (with name, size and content_type).
    url: str


# ---- test runs (engine/tickets/simulation.py) ------------------------------------------------------

StateKey = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")]


class SimulateIn(Schema):
    values: dict[str, Any] = Field(
        default_factory=dict, max_length=200, description="Field values by key, checked as a create would."
    )
    creator: int | None = Field(None, ge=1, description="The creator's user id (default: you).")
    choices: dict[StateKey, TransitionKey] = Field(
        default_factory=dict,
        max_length=200,
        description="The transition to take in a state (by key), where the default would not do.",
    )
    version: int | None = Field(None, ge=1, description="Simulate this version (default: the draft).")
    document: WorkflowDocument | None = Field(
        None,
        description="Simulate this document instead (the designer's unsaved edits); `version` is ignored.",
    )
    max_steps: int = Field(200, ge=1, le=1000, description="Stop after this many states.")


class SimulatedTimerOut(Out):
    transition: str
    seconds: int
    clock: Clock | None = Field(None, description="What `seconds` counts; null: wall.")


class SimulatedHookOut(Out):
    host: str
    wait: bool
    returns_handlers: bool


class SimulatedSubticketsOut(Out):
    workflow: str | None
    rows: str | None
    count: int | None


class SimulatedSlaOut(Out):
    seconds: int
    clock: Clock | None = Field(None, description="What `seconds` counts; null: wall.")
    warn_before_seconds: int | None = Field(
        None, description="Handlers are warned this long before the SLA runs out (same clock); null: none."
    )
    action: str
    transition: str | None


class SimulatedDistributionOut(Out):
    kind: str
    required: int | None = Field(description="Countersign: the agreements that carry the vote.")


class SimulatedStepOut(Out):
    state: str
    state_name: str
    state_type: str
    branch: str = Field(description="The branch the state is visited on (empty: the ticket's own path).")
    handlers: list[PersonOut] = Field(description="Who would be asked (the first 50).")
    handlers_total: int
    distribution: SimulatedDistributionOut | None
    timers: list[SimulatedTimerOut]
    hooks: list[SimulatedHookOut]
    subtickets: SimulatedSubticketsOut | None
    sla: SimulatedSlaOut | None
    scripts: list[str]
    transition_taken: str | None


class SimulationOut(Out):
    steps: list[SimulatedStepOut]
    branches: list[list[str]] = Field(description="The branch keys each split would start together.")
    outcome: Literal["finished", "waits", "no_handlers", "no_branch", "too_many_steps"]
    end_state: str | None
    stopped_at: str | None = Field(description="Where the walk stopped short of an end state.")
    message: str


BULK_MAX = 100


class BulkTicketIn(Schema):
    id: int = Field(ge=1, le=2**63 - 1)
    row_version: int | None = Field(
        None, ge=1, le=2**31 - 1, description="The version you saw (as If-Match): stale answers 412."
    )
    branch: BranchKey | None = Field(None, description=BRANCH_HELP)


class BulkHandleIn(Schema):
    tickets: list[BulkTicketIn] = Field(min_length=1, max_length=BULK_MAX)
    transition: TransitionKey | None = Field(None, description="The transition to take on each ticket.")
    attribute: Literal["agree", "reject"] | None = Field(
        None,
        description="Instead of `transition`: on each ticket, its one manual transition with this "
        "attribute (approve or reject); 409 `transition_ambiguous` for a ticket with several.",
    )
    comment: Comment = ""


class BulkErrorOut(Out):
    code: str
    message: str
    status: int


class BulkResultOut(Out):
    id: int
    ok: bool
    transition: str | None = Field(None, description="The transition taken (ok) or chosen.")
    state: str | None = Field(None, description="The ticket's state after it (ok).")
    status: str | None = None
    row_version: int | None = None
    error: BulkErrorOut | None = Field(None, description="Why this ticket was left as it was.")


class BulkHandleOut(Out):
    results: list[BulkResultOut]
    succeeded: int
    failed: int
