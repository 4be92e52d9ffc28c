"""Typed bodies of the LDAP source endpoints (the bind password is write-only)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from cryptography import x509
from django.utils.translation import gettext as _
from ldap3.core.exceptions import LDAPException
from ldap3.operation.search import parse_filter
from ldap3.utils.dn import parse_dn
from ninja import Schema
from pydantic import ConfigDict, Field, StrictBool, StringConstraints, field_validator

from core.ninja_api import absent_or_value
from core.schemas import Code
from integrations.ldapsync.mapping import FIELDS
from integrations.ldapsync.reader import parse_server_url

SourceName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
ServerUrl = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=1, max_length=500, pattern=r"^[lL][dD][aA][pP][sS]?://\S+$"
    ),
]
Dn = Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)]
Filter = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=1000)]
AttributeName = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=100, pattern=r"^([A-Za-z][A-Za-z0-9-]*)?$")
]
Pem = Annotated[str, StringConstraints(strip_whitespace=True, max_length=20_000)]
GroupKey = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
AttributeMap = dict[Literal["username", "email", "name", "employee_id", "phone"], AttributeName]
RoleMap = Annotated[dict[GroupKey, Code], Field(max_length=500)]
DepartmentSource = Literal["ou", "attribute"]


def _check_dn(value: str | None) -> str | None:
    if value:
        try:
            parse_dn(value)
        except LDAPException:
            raise ValueError(_("not a valid DN")) from None
    return value


def _check_filter(value: str | None) -> str | None:
    if value is not None:
        try:
            parse_filter(value, None, True, True, None, True)
        except (LDAPException, ValueError, IndexError, TypeError):
            raise ValueError(_("not a valid LDAP filter, e.g. (objectClass=person)")) from None
    return value


def _check_pem(value: str | None) -> str | None:
    if value:
        try:
            x509.load_pem_x509_certificates(value.encode())
        except ValueError:
            raise ValueError(_("not PEM certificates (-----BEGIN CERTIFICATE----- …)")) from None
    return value


def _check_url(value: str | None) -> str | None:
    if value is not None:
        parse_server_url(value)  # its ValueError says what is wrong
    return value


class _Checks(Schema):
    @field_validator("server_url", check_fields=False)
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return _check_url(value)

    @field_validator("ca_certificate", check_fields=False)
    @classmethod
    def _pem(cls, value: str | None) -> str | None:
        return _check_pem(value)

    @field_validator("bind_dn", "user_base_dn", "group_base_dn", check_fields=False)
    @classmethod
    def _dn(cls, value: str | None) -> str | None:
        return _check_dn(value)

    @field_validator("user_filter", "group_filter", check_fields=False)
    @classmethod
    def _filter(cls, value: str | None) -> str | None:
        return _check_filter(value)


class LdapSourceIn(_Checks):
    name: SourceName
    server_url: ServerUrl = Field(description="ldap://host[:port] or ldaps://host[:port].")
    start_tls: StrictBool = False
    ca_certificate: Pem = Field(
        "", description="PEM certificates of the CA that signed the server's; empty: the system's."
    )
    bind_dn: Dn = ""
    bind_password: Annotated[str, StringConstraints(max_length=500)] = Field(
        "", description="Write-only: stored encrypted, never returned."
    )
    user_base_dn: Annotated[Dn, StringConstraints(min_length=1)]
    user_filter: Filter = "(objectClass=inetOrgPerson)"
    attributes: AttributeMap = Field(
        default_factory=dict,
        description=f"Our field -> the directory's attribute ({', '.join(FIELDS)}); absent: the default.",
    )
    department_source: DepartmentSource = "ou"
    department_attribute: AttributeName = ""
    group_base_dn: Dn = ""
    group_filter: Filter = "(objectClass=groupOfNames)"
    group_member_attribute: AttributeName = "member"
    role_map: RoleMap = Field(default_factory=dict, description="Group DN or cn -> role code.")
    interval_minutes: Annotated[int, Field(ge=5, le=7 * 24 * 60)] = 60
    enabled: StrictBool = True


class LdapSourcePatchIn(_Checks):
    model_config = ConfigDict(
        json_schema_extra=absent_or_value(
            "name", "server_url", "start_tls", "user_base_dn", "user_filter", "enabled", "interval_minutes"
        )
    )

    name: SourceName | None = None
    server_url: ServerUrl | None = None
    start_tls: StrictBool | None = None
    ca_certificate: Pem | None = None
    bind_dn: Dn | None = None
    bind_password: Annotated[str, StringConstraints(max_length=500)] | None = Field(
        None, description='Absent or null: keep the stored one; "": no password.'
    )
    user_base_dn: Annotated[Dn, StringConstraints(min_length=1)] | None = None
    user_filter: Filter | None = None
    attributes: AttributeMap | None = None
    department_source: DepartmentSource | None = None
    department_attribute: AttributeName | None = None
    group_base_dn: Dn | None = None
    group_filter: Filter | None = None
    group_member_attribute: AttributeName | None = None
    role_map: RoleMap | None = None
    interval_minutes: Annotated[int, Field(ge=5, le=7 * 24 * 60)] | None = None
    enabled: StrictBool | None = None


class LdapRunOut(Schema):
    id: int
    source_id: int
    status: Literal["queued", "running", "succeeded", "failed"]
    trigger: Literal["manual", "schedule"]
    requested_by: str
    entries: int
    summary: dict[str, Any]
    skipped: list[dict[str, str]]
    error: str
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None


class LdapSourceOut(Schema):
    id: int
    name: str
    server_url: str
    start_tls: bool
    ca_certificate: str
    bind_dn: str
    has_bind_password: bool
    user_base_dn: str
    user_filter: str
    attributes: dict[str, str]
    department_source: DepartmentSource
    department_attribute: str
    group_base_dn: str
    group_filter: str
    group_member_attribute: str
    role_map: dict[str, str]
    interval_minutes: int
    enabled: bool
    people: int = Field(description="People this source owns (active or not).")
    last_run: LdapRunOut | None
    created_at: datetime
    updated_at: datetime

    @staticmethod
    def resolve_has_bind_password(source: Any) -> bool:
        return bool(source.bind_password_encrypted)
