"""Typed request and response bodies of the single sign-on endpoints."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from django.utils.translation import gettext as _
from ninja import Schema
from pydantic import ConfigDict, Field, StrictBool, StringConstraints, field_validator

from core.ninja_api import absent_or_value

ProviderKey = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=50, pattern=r"^[a-z0-9][a-z0-9-]*$"),
]
Label = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
IssuerUrl = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=1, max_length=500, pattern=r"^[hH][tT][tT][pP][sS]?://\S+$"
    ),
]
ClientId = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=255)]
ClientSecret = Annotated[str, StringConstraints(max_length=1000)]
Scopes = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300, pattern=r"^[\x21-\x7e ]+$")
]
ClaimName = Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)]
MapKey = Annotated[str, StringConstraints(min_length=1, max_length=200)]
MapValue = Annotated[str, StringConstraints(min_length=1, max_length=64)]
ClaimMap = Annotated[dict[MapKey, MapValue], Field(max_length=200)]
MatchClaim = Literal["email", "preferred_username", "sub"]
Username = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=150)]

_FIELDS_NOT_NULL = (
    "label",
    "issuer",
    "client_id",
    "client_secret",
    "scopes",
    "match_claim",
    "create_users",
    "department_claim",
    "department_map",
    "role_claim",
    "role_map",
    "is_enabled",
)


class ProviderIn(Schema):
    key: ProviderKey = Field(description="Lower-case letters, digits, dashes; part of the login URL.")
    label: Label = Field(description='Shown on the login page as "Sign in with <label>".')
    issuer: IssuerUrl = Field(description="The issuer URL; its /.well-known/openid-configuration is fetched.")
    client_id: ClientId
    client_secret: ClientSecret = Field("", description="Write-only: stored encrypted, never returned.")
    scopes: Scopes = "openid email profile"
    match_claim: MatchClaim = "email"
    create_users: StrictBool = False
    department_claim: ClaimName = ""
    department_map: ClaimMap = Field(default_factory=dict, description="Claim value → department code.")
    role_claim: ClaimName = "groups"
    role_map: ClaimMap = Field(default_factory=dict, description="Group (claim value) → role code.")
    is_enabled: StrictBool = True


class ProviderPatchIn(Schema):
    model_config = ConfigDict(json_schema_extra=absent_or_value(*_FIELDS_NOT_NULL))

    label: Label | None = None
    issuer: IssuerUrl | None = None
    client_id: ClientId | None = None
    client_secret: ClientSecret | None = Field(None, description="Absent: keep the stored secret.")
    scopes: Scopes | None = None
    match_claim: MatchClaim | None = None
    create_users: StrictBool | None = None
    department_claim: ClaimName | None = None
    department_map: ClaimMap | None = None
    role_claim: ClaimName | None = None
    role_map: ClaimMap | None = None
    is_enabled: StrictBool | None = None

    @field_validator(*_FIELDS_NOT_NULL)
    @classmethod
    def _not_null(cls, value: Any) -> Any:
        # Absent keeps the value; an explicit null would erase a required one.
        if value is None:
            raise ValueError(_("must not be null"))
        return value


class ProviderOut(Schema):
    id: int
    key: str
    label: str
    issuer: str
    client_id: str
    has_client_secret: bool
    scopes: str
    match_claim: str
    create_users: bool
    department_claim: str
    department_map: dict[str, str]
    role_claim: str
    role_map: dict[str, str]
    is_enabled: bool
    discovery_status: Literal["pending", "ok", "failed"]
    discovery_error: str
    discovered_at: datetime | None
    end_session_supported: bool
    redirect_path: str = Field(description="Register <your tenant's URL> + this path at the provider.")
    created_at: datetime
    updated_at: datetime

    @staticmethod
    def resolve_has_client_secret(obj: Any) -> bool:
        return bool(getattr(obj, "client_secret_encrypted", ""))

    @staticmethod
    def resolve_end_session_supported(obj: Any) -> bool:
        return bool((getattr(obj, "metadata", None) or {}).get("end_session_endpoint"))

    @staticmethod
    def resolve_redirect_path(obj: Any) -> str:
        return "/api/v1/sso/callback"


class SsoSettingsIn(Schema):
    passwords_enabled: StrictBool
    break_glass_usernames: Annotated[list[Username], Field(max_length=20)] = Field(
        default_factory=list,
        description="Tenant admins who keep password sign-in when passwords are off (at least one then).",
    )


class SsoSettingsOut(Schema):
    passwords_enabled: bool
    break_glass_usernames: list[str]
    updated_at: datetime | None


class LoginProviderOut(Schema):
    key: str
    label: str
    start_url: str


class LoginOptionsOut(Schema):
    passwords_enabled: bool = Field(description="False: only break-glass admins may use a password.")
    providers: list[LoginProviderOut]


class LogoutOut(Schema):
    redirect_to: str = Field(description="Where the browser goes next: the provider's logout, or /login.")
