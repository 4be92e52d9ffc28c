"""Typed request and response bodies of the hook callback and retry endpoints."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from django.utils.translation import gettext as _
from ninja import Schema
from pydantic import Field, StringConstraints, model_validator

from engine.tickets.schemas import TicketStateOut

HookComment = Annotated[str, StringConstraints(max_length=10_000)]


class HookCallbackIn(Schema):
    """The signed answer to a hook call that waits (`wait: true`)."""

    call: Annotated[str, StringConstraints(min_length=32, max_length=36)] = Field(
        description="The `call` key of the hook request (also sent as X-Loonflow-Delivery)."
    )
    decision: Literal["agree", "reject"] | None = Field(
        None, description="Take the state's agree or reject transition (hook transitions first)."
    )
    transition: Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")] | None = Field(
        None, description="Or take this transition out of the state, by key (instead of a `decision`)."
    )
    fields: dict[str, Any] = Field(default_factory=dict, description="Field values to set first, by key.")
    comment: HookComment = ""

    @model_validator(mode="after")
    def _one_way_out(self) -> HookCallbackIn:
        if self.decision is None and self.transition is None:
            raise ValueError(_("Give a `decision` or a `transition`."))
        return self


# Where the answered ticket stands: the same fields as every ticket action's answer.
class HookTicketOut(TicketStateOut):
    pass


class RetryOut(Schema):
    hook_calls: list[int] = Field(description="Ids of the hook calls sent again.")
    script_runs: list[int] = Field(description="Ids of the script runs sent again.")
