"""Typed bodies of the platform API."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from ninja import Schema
from pydantic import EmailStr, Field, StringConstraints

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Host = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=253)]


class PlatformLoginIn(Schema):
    username: Annotated[str, StringConstraints(min_length=1, max_length=150)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=128)]


class PlatformMeOut(Schema):
    username: str
    is_platform_admin: bool


class DomainOut(Schema):
    id: int
    domain: str
    is_primary: bool


class TenantOut(Schema):
    id: int
    key: str
    name: str
    status: str
    max_users: int | None
    max_workflows: int | None
    max_attachment_bytes: int | None
    domains: list[DomainOut]
    created_at: datetime
    outbound_private_ranges: list[str] = Field(
        description="Private networks this tenant's webhooks, hooks, robots and SMTP may reach."
    )
    public_base_url: str = Field(description='The tenant\'s own base for links; "" uses the default.')
    links_base_url: str = Field(description="The base its notification links and hook callbacks use now.")


class TenantCreateIn(Schema):
    key: Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=31)] = Field(
        description="Lower-case letters and digits; also the schema name and the default sub-domain."
    )
    name: Name
    domain: Host | None = Field(default=None, description="Defaults to <key>.<PUBLIC_DOMAIN>.")
    admin_username: (
        Annotated[str, StringConstraints(min_length=1, max_length=150, pattern=r"^[\w.@+-]+$")] | None
    ) = None
    admin_password: Annotated[str, StringConstraints(min_length=8, max_length=128)] | None = None
    admin_email: EmailStr | None = None
    max_users: int | None = Field(default=None, ge=1)
    max_workflows: int | None = Field(default=None, ge=1)
    max_attachment_bytes: int | None = Field(
        default=None,
        ge=1,
        le=2**62,
        description="Bytes of attachments in all; null: the deployment's default.",
    )


class TenantPatchIn(Schema):
    name: Name | None = None
    max_users: int | None = Field(default=None, ge=1)
    max_workflows: int | None = Field(default=None, ge=1)
    max_attachment_bytes: int | None = Field(default=None, ge=1, le=2**62)
    outbound_private_ranges: list[Annotated[str, StringConstraints(max_length=100)]] | None = Field(
        default=None,
        max_length=50,
        description="Replaces the list: CIDR networks or addresses (never metadata/link-local).",
    )
    public_base_url: Annotated[str, StringConstraints(max_length=300)] | None = Field(
        default=None, description='scheme://host[:port] for links; "" restores the default.'
    )


class DomainIn(Schema):
    domain: Host
    is_primary: bool = False
