"""Bodies of the action-link endpoints."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Token = Annotated[str, StringConstraints(min_length=1, max_length=200)]


class LinkIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    token: Token = Field(description="The token from the link (`/act/<token>`)")


class LinkUseIn(LinkIn):
    comment: Annotated[str, StringConstraints(max_length=2000)] = ""


class LinkPersonOut(BaseModel):
    username: str
    display_name: str


class LinkTicketOut(BaseModel):
    id: int
    serial: str
    title: str


class LinkTransitionOut(BaseModel):
    key: str
    name: str
    attribute: Literal["agree", "reject", "other"]


class LinkOut(BaseModel):
    person: LinkPersonOut = Field(description="Whom the link acts as")
    ticket: LinkTicketOut
    state_name: str
    transition: LinkTransitionOut
    expires_at: datetime
    requires_session: bool = Field(description="Only in this person's signed-in session (chat links)")


class LinkDoneOut(BaseModel):
    ticket: LinkTicketOut
    transition: LinkTransitionOut
    state_name: str = Field(description="The state the ticket is in now")
    status: str
