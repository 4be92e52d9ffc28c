"""Typed request and response bodies of the app endpoints."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from django.utils.translation import gettext as _
from ninja import Schema
from pydantic import Field, StrictBool, StringConstraints, ValidationInfo, field_validator

from core.access.models import App, PersonalToken

Scope = Annotated[str, StringConstraints(pattern=r"^(directory:read|directory:write|workflows|admin)$")]


class AppOut(Schema):
    id: int
    name: str
    description: str
    scopes: list[str]
    is_active: bool
    require_signature: bool
    has_signing_secret: bool
    created_at: datetime

    @staticmethod
    def resolve_has_signing_secret(app: App) -> bool:
        return bool(app.signing_secret_encrypted)


NO_SCOPES_CONFIRMATION = Field(
    False, description="Must be true to leave the app without any scope (it can then call almost nothing)."
)


def _check_scopes_confirmed(scopes: list[str] | None, info: ValidationInfo) -> None:
    """An app without scopes is only ever meant explicitly (`confirm_no_scopes`)."""
    if scopes is not None and not scopes and not info.data.get("confirm_no_scopes"):
        raise ValueError(
            _("Choose at least one scope, or send confirm_no_scopes: true for an app without scopes.")
        )


class AppCreateIn(Schema):
    # Before `scopes`, so that their check sees it.
    confirm_no_scopes: StrictBool = NO_SCOPES_CONFIRMATION
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
    description: Annotated[str, StringConstraints(max_length=2000)] = ""
    scopes: list[Scope] = Field(default_factory=list, max_length=10, validate_default=True)
    require_signature: StrictBool = False

    @field_validator("scopes")
    @classmethod
    def unique_scopes(cls, value: list[str], info: ValidationInfo) -> list[str]:
        _check_scopes_confirmed(value, info)
        return sorted(set(value))


class AppPatchIn(Schema):
    confirm_no_scopes: StrictBool = NO_SCOPES_CONFIRMATION
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)] | None = None
    description: Annotated[str, StringConstraints(max_length=2000)] | None = None
    scopes: list[Scope] | None = Field(default=None, max_length=10)
    is_active: StrictBool | None = None
    require_signature: StrictBool | None = None

    @field_validator("scopes")
    @classmethod
    def confirmed_scopes(cls, value: list[str] | None, info: ValidationInfo) -> list[str] | None:
        _check_scopes_confirmed(value, info)
        return value


class TokenCreateIn(Schema):
    name: Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)] = ""
    expires_in_days: int | None = Field(default=None, ge=1, le=3650)


class TokenOut(Schema):
    id: int
    name: str
    prefix: str
    created_at: datetime
    expires_at: datetime | None
    last_used_at: datetime | None
    revoked_at: datetime | None


class TokenIssuedOut(TokenOut):
    token: str = Field(description="The token itself. Shown only in this answer; store it now.")


class SigningSecretOut(Schema):
    signing_secret: str = Field(description="Shown only in this answer; store it now.")


class GrantIn(Schema):
    workflow_key: Annotated[str, StringConstraints(pattern=r"^(\*|[A-Za-z0-9][A-Za-z0-9_.-]{0,63})$")]


class GrantsIn(Schema):
    grants: list[GrantIn] = Field(max_length=500)


class GrantOut(Schema):
    id: int
    workflow_key: str
    created_at: datetime


class PersonalTokenCreateIn(Schema):
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)] = Field(
        description="What the token is for (the agent or script), so it can be told apart later."
    )
    scopes: list[Scope] = Field(
        min_length=1,
        max_length=10,
        description="What the token may do, on top of what its person may: `workflows` (tickets, "
        "to-do, inbox), `directory:read`, `directory:write`, `admin` (all a tenant admin may).",
    )
    expires_in_days: int = Field(
        default=90, ge=1, le=PersonalToken.MAX_LIFETIME_DAYS, description="Days until it stops working."
    )

    @field_validator("scopes")
    @classmethod
    def unique_scopes(cls, value: list[str]) -> list[str]:
        return sorted(set(value))


class PersonalTokenOut(Schema):
    id: int
    name: str
    prefix: str
    scopes: list[str]
    created_at: datetime
    expires_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class PersonalTokenIssuedOut(PersonalTokenOut):
    token: str = Field(description="The token itself. Shown only in this answer; store it now.")


class PersonalTokenAdminOut(PersonalTokenOut):
    username: str

    @staticmethod
    def resolve_username(token: PersonalToken) -> str:
        return token.user.username
