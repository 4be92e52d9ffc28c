"""Schemas of the compat API's admin endpoints (the 2.x endpoints speak 2.x's own JSON)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from ninja import Field, Schema
from pydantic import StrictBool, StringConstraints, field_validator

AppName = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$")]
ActingName = Annotated[str, StringConstraints(min_length=1, max_length=150)]
# A 2.x token kept on migration: printable ASCII, as it travels nowhere but into md5(timestamp + token).
LegacyToken = Annotated[str, StringConstraints(pattern=r"^[\x21-\x7e]{16,100}$")]


class CompatSettingsIn(Schema):
    enabled: StrictBool


class CompatSettingsOut(Schema):
    enabled: bool


class CompatAppOut(Schema):
    id: int
    name: str
    description: str
    is_active: bool
    token_hint: str = Field(description="The token's last four characters.")
    token_rotated_at: datetime | None
    workflow_ids: list[int]
    acting_usernames: list[str] = Field(description='Whom the `username` header may name; ["*"]: anyone.')
    created_at: datetime


class CompatAppCreateIn(Schema):
    name: AppName = Field(description="The `appname` header its clients send (`loonflow` is reserved).")
    description: Annotated[str, StringConstraints(max_length=200)] = ""
    workflow_ids: list[int] = Field(default_factory=list, max_length=1000)
    acting_usernames: list[ActingName] = Field(default_factory=list, max_length=10_000)
    token: LegacyToken | None = Field(
        default=None,
        description="Keep an existing 2.x app's token (its clients sign with it); omit for a new one.",
    )

    @field_validator("workflow_ids")
    @classmethod
    def _positive(cls, value: list[int]) -> list[int]:
        if any(item < 1 or item > 2**62 for item in value):
            raise ValueError("workflow ids are positive integers")
        return value


class CompatAppPatchIn(Schema):
    description: Annotated[str, StringConstraints(max_length=200)] | None = None
    is_active: StrictBool | None = None
    workflow_ids: list[int] | None = Field(default=None, max_length=1000)
    acting_usernames: list[ActingName] | None = Field(default=None, max_length=10_000)

    @field_validator("workflow_ids")
    @classmethod
    def _positive(cls, value: list[int] | None) -> list[int] | None:
        if value is not None and any(item < 1 or item > 2**62 for item in value):
            raise ValueError("workflow ids are positive integers")
        return value


class CompatAppIssuedOut(CompatAppOut):
    token: str = Field(description="The app token, shown this once: 2.x clients sign md5(timestamp + token).")


class CompatTokenOut(Schema):
    token: str = Field(description="The new app token, shown this once; the old one no longer works.")
