"""Typed request and response bodies of the tenant API's account, directory and app endpoints."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from ninja import Schema
from pydantic import EmailStr, Field, StrictBool, StringConstraints, field_validator

Username = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=150, pattern=r"^[\w.@+-]+$")
]
Code = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
    ),
]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Phone = Annotated[str, StringConstraints(strip_whitespace=True, max_length=32, pattern=r"^[0-9+() -]*$")]
Password = Annotated[str, StringConstraints(min_length=8, max_length=128)]


class LoginIn(Schema):
    username: Annotated[str, StringConstraints(min_length=1, max_length=150)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=128)]


class CsrfOut(Schema):
    csrf_token: str


class RefOut(Schema):
    id: int
    code: str
    name: str


class UserOut(Schema):
    id: int
    username: str
    display_name: str
    email: str
    phone: str
    is_active: bool
    is_tenant_admin: bool
    department_ids: list[int]
    role_ids: list[int]
    date_joined: datetime
    updated_at: datetime


class MeOut(Schema):
    user: UserOut | None
    app: str | None = None
    tenant: str
    is_tenant_admin: bool
    departments: list[RefOut]
    roles: list[RefOut]


class UserCreateIn(Schema):
    username: Username
    display_name: Annotated[str, StringConstraints(strip_whitespace=True, max_length=150)] = ""
    email: EmailStr | None = None
    phone: Phone = ""
    password: Password | None = None
    is_active: StrictBool = True
    is_tenant_admin: StrictBool = False
    department_ids: list[int] = Field(default_factory=list, max_length=200)
    role_ids: list[int] = Field(default_factory=list, max_length=200)


class UserPatchIn(Schema):
    display_name: Annotated[str, StringConstraints(strip_whitespace=True, max_length=150)] | None = None
    email: EmailStr | None = None
    phone: Phone | None = None
    password: Password | None = None
    is_active: StrictBool | None = None
    is_tenant_admin: StrictBool | None = None
    department_ids: list[int] | None = Field(default=None, max_length=200)
    role_ids: list[int] | None = Field(default=None, max_length=200)


class UserPageOut(Schema):
    items: list[UserOut]
    next_cursor: str | None


class DepartmentOut(Schema):
    id: int
    code: str
    name: str
    parent_id: int | None
    leader_id: int | None
    approver_id: int | None
    is_active: bool
    member_count: int


class DepartmentCreateIn(Schema):
    code: Code
    name: Name
    parent_id: int | None = None
    leader_id: int | None = None
    approver_id: int | None = None


class DepartmentPatchIn(Schema):
    name: Name | None = None
    parent_id: int | None = None
    leader_id: int | None = None
    approver_id: int | None = None
    is_active: StrictBool | None = None


class RoleOut(Schema):
    id: int
    code: str
    name: str
    description: str
    member_count: int


class RoleCreateIn(Schema):
    code: Code
    name: Name
    description: Annotated[str, StringConstraints(max_length=2000)] = ""


class RolePatchIn(Schema):
    name: Name | None = None
    description: Annotated[str, StringConstraints(max_length=2000)] | None = None


# ---- directory sync ---------------------------------------------------------------------------


class SyncUserIn(Schema):
    username: Username
    display_name: Annotated[str, StringConstraints(strip_whitespace=True, max_length=150)] = ""
    email: EmailStr | None = None
    phone: Phone = ""
    is_active: StrictBool = True
    departments: list[Code] = Field(default_factory=list, max_length=200)
    roles: list[Code] = Field(default_factory=list, max_length=200)


class SyncDepartmentIn(Schema):
    code: Code
    name: Name
    parent: Code | None = None
    leader: Username | None = None
    approver: Username | None = None


class SyncRoleIn(Schema):
    code: Code
    name: Name
    description: Annotated[str, StringConstraints(max_length=2000)] = ""


class DirectorySyncIn(Schema):
    users: list[SyncUserIn] = Field(default_factory=list, max_length=50_000)
    departments: list[SyncDepartmentIn] = Field(default_factory=list, max_length=10_000)
    roles: list[SyncRoleIn] = Field(default_factory=list, max_length=10_000)
    # When true, users, departments and roles absent from this payload are deactivated / removed:
    # the payload is the whole directory. When false, the call only upserts.
    full: StrictBool = False


class SyncCounts(Schema):
    created: int = 0
    updated: int = 0
    deactivated: int = 0
    unchanged: int = 0


class DirectorySyncOut(Schema):
    users: SyncCounts
    departments: SyncCounts
    roles: SyncCounts
    memberships: SyncCounts
    changed: bool


class DirectorySyncLastOut(DirectorySyncOut):
    # When and by whom (the app or person) the last sync ran.
    created_at: datetime
    actor: str


# ---- apps --------------------------------------------------------------------------------------

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


class AppCreateIn(Schema):
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
    description: Annotated[str, StringConstraints(max_length=2000)] = ""
    scopes: list[Scope] = Field(default_factory=list, max_length=10)
    require_signature: StrictBool = False

    @field_validator("scopes")
    @classmethod
    def unique_scopes(cls, value: list[str]) -> list[str]:
        return sorted(set(value))


class AppPatchIn(Schema):
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)] | None = None
    description: Annotated[str, StringConstraints(max_length=2000)] | None = None
    scopes: list[Scope] | None = Field(default=None, max_length=10)
    is_active: StrictBool | None = None
    require_signature: StrictBool | None = None


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
