"""Typed request and response bodies of the directory, sync and session (`/auth/*`, `/me`) endpoints."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from ninja import Schema
from pydantic import EmailStr, Field, StrictBool, StringConstraints

from core.access.models import User
from core.schemas import Code, Name, Password, Phone, Username


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
    # "" (not chosen: the browser's language), "en" or "zh-hans".
    language: str
    department_ids: list[int]
    role_ids: list[int]
    date_joined: datetime
    updated_at: datetime

    # The selectors annotate a user's memberships as id arrays (absent when not asked for).
    @staticmethod
    def resolve_department_ids(user: User) -> list[int]:
        return sorted(getattr(user, "department_ids", None) or [])

    @staticmethod
    def resolve_role_ids(user: User) -> list[int]:
        return sorted(getattr(user, "role_ids", None) or [])


class MeOut(Schema):
    user: UserOut | None
    app: str | None = None
    tenant: str
    is_tenant_admin: bool
    departments: list[RefOut]
    roles: list[RefOut]


Language = Literal["", "en", "zh-hans"]


class MePatchIn(Schema):
    """What a person changes of their own entry (the rest is the directory's, set by admins or HR)."""

    display_name: Annotated[str, StringConstraints(strip_whitespace=True, max_length=150)] | None = None
    # "" clears the address.
    email: EmailStr | Literal[""] | None = None
    language: Language | None = None


class PasswordChangeIn(Schema):
    # Long enough for any passphrase; the length and strength rules are the validators' (see
    # GET /auth/password-rules), so a weak password gets their field-level messages.
    current_password: Annotated[str, StringConstraints(min_length=1, max_length=128)]
    new_password: Annotated[str, StringConstraints(min_length=1, max_length=128)]


class PasswordRuleOut(Schema):
    code: str = Field(description="The rule, as a machine name: min_length, not_common, not_numeric…")
    value: int | None = Field(None, description="Its number, when it has one (the minimum length).")
    text: str = Field(description="The rule in words, as the validator states it.")


class PasswordRulesOut(Schema):
    min_length: int = Field(description="The shortest password the rules allow.")
    max_length: int = Field(description="The longest password the API takes.")
    rules: list[PasswordRuleOut]


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
