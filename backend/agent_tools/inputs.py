"""The typed arguments of each tool: their JSON Schema is what `tools/list` shows, and every call is
checked against the same model before any request is made."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

KEY_PATTERN = r"^[A-Za-z_][A-Za-z0-9_]{0,63}$"
# What the API accepts as an Idempotency-Key: 1-255 visible ASCII characters.
IDEMPOTENCY_PATTERN = r"^[!-~]{1,255}$"
BRANCH_PATTERN = r"^[A-Za-z0-9_:/]{1,300}$"

TicketId = Field(ge=1, le=2**53, description="The ticket's id (not its serial).")
Comment = Field(default="", max_length=10_000, description="A comment recorded with the action.")
IdempotencyKey = Field(
    default=None,
    pattern=IDEMPOTENCY_PATTERN,
    description="Send the same key again to repeat the call safely: the API answers the first result "
    "and does nothing twice (kept 24 hours).",
)


class Arguments(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MyTodoIn(Arguments):
    """The tickets waiting for you, newest first."""

    cursor: str | None = Field(default=None, max_length=1000, description="`next_cursor` of the page before.")
    limit: int = Field(default=20, ge=1, le=100, description="How many tickets per page.")


class GetTicketIn(Arguments):
    """One ticket: its fields, state, whose turn it is, what you may do, and its recent history."""

    ticket_id: int = TicketId
    history: int = Field(default=10, ge=0, le=100, description="How many of the latest history rows.")


class FileTicketIn(Arguments):
    """File a ticket of a workflow, with field values that fit its field schema (read the resource
    `loonflow://workflows/{workflow_id}/schema` first)."""

    workflow_id: int = Field(ge=1, le=2**53, description="The workflow's id.")
    fields: dict[str, Any] = Field(default_factory=dict, description="Field values by field key.")
    transition: str | None = Field(
        default=None,
        pattern=KEY_PATTERN,
        description="The start state's transition to submit with; may be left out when it has one.",
    )
    comment: str = Comment
    idempotency_key: str | None = IdempotencyKey


class TakeTransitionIn(Arguments):
    """Act on a ticket waiting for you: approve, reject, hand on… (one of its allowed transitions)."""

    ticket_id: int = TicketId
    transition: str = Field(pattern=KEY_PATTERN, description="The transition's key, as get_ticket lists it.")
    fields: dict[str, Any] = Field(default_factory=dict, description="Field values the state lets you set.")
    comment: str = Comment
    version: int | None = Field(
        default=None,
        ge=0,
        description="The ticket's row_version you decided on (from get_ticket); when someone changed the "
        "ticket since, the action is tried once more against the newer version.",
    )
    branch: str | None = Field(
        default=None, pattern=BRANCH_PATTERN, description="The parallel branch you act on."
    )
    idempotency_key: str | None = IdempotencyKey


class ClaimIn(Arguments):
    """Claim a ticket offered to a group you are in (its allowed actions list `accept`): it becomes
    yours to handle, and leaves the others' to-do."""

    ticket_id: int = TicketId
    branch: str | None = Field(
        default=None, pattern=BRANCH_PATTERN, description="The parallel branch you claim on."
    )


class CommentIn(Arguments):
    """Add a comment to a ticket you may see."""

    ticket_id: int = TicketId
    comment: str = Field(min_length=1, max_length=10_000, description="The comment.")


class SearchIn(Arguments):
    """Full-text search over the tickets you may see (serial, title, and text fields)."""

    query: str = Field(min_length=1, max_length=200, description="Words a ticket must all contain.")
    scope: Literal["related", "all"] = Field(
        default="related",
        description="`related`: the tickets you created, handle or handled. `all`: every ticket of the "
        "workflows you administer or may view (all of them for a tenant admin); refused when there are none.",
    )
    cursor: str | None = Field(default=None, max_length=1000, description="`next_cursor` of the page before.")
    limit: int = Field(default=20, ge=1, le=100, description="How many tickets per page.")
