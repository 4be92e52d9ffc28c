"""Typed bodies of the platform API."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from ninja import Schema
from pydantic import ConfigDict, EmailStr, Field, StrictBool, StringConstraints

from tenants import selectors
from tenants.models import Tenant, TenantFigures

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
TENANT_KEY_PATTERN = r"^(?!pg)(?!(?:public|www|api|admin|static|platform|template)$)[a-z][a-z0-9]{1,30}$"
# The quota columns are PostgreSQL integers: a larger number was a 500 ("integer out of range").
MAX_QUOTA = 2**31 - 1
# DNS labels; tenants.services lower-cases it and checks the same.
HOST_PATTERN = (
    r"^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)*[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$"
)
Host = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=253, pattern=HOST_PATTERN)
]


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


class TenantUsageOut(Schema):
    people: int = Field(description="Active accounts (what max_users counts).")
    workflows: int = Field(description="Workflows (what max_workflows counts).")
    tickets: int = Field(description="Tickets in every status.")
    attachment_bytes: int = Field(
        description="Bytes of stored attachments (what max_attachment_bytes limits)."
    )
    read_at: datetime = Field(description="When the scheduler read these figures from the tenant's schema.")

    @staticmethod
    def resolve_tickets(figures: TenantFigures) -> int:
        return sum(figures.tickets.values())


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
    usage: TenantUsageOut | None = Field(
        description="What the tenant holds, as the scheduler last read it (within TENANT_FIGURES_SECONDS "
        "of its activity, hourly when idle); null until it is first read."
    )

    @staticmethod
    def resolve_key(tenant: Tenant) -> str:
        return tenant.schema_name

    @staticmethod
    def resolve_links_base_url(tenant: Tenant) -> str:
        return selectors.links_base_url(tenant)

    @staticmethod
    def resolve_usage(tenant: Tenant) -> TenantFigures | None:
        # tenants.selectors joins the figures: a tenant without a row answers None without a query.
        return getattr(tenant, "figures", None)


class TenantCreateIn(Schema):
    model_config = ConfigDict(
        regex_engine="python-re",  # the key pattern has look-aheads
        # tenants.services.tenant_create wants both or neither: say so in the schema.
        json_schema_extra={
            "dependentRequired": {"admin_username": ["admin_password"], "admin_password": ["admin_username"]}
        },
    )

    # The pattern says what tenants.services._check_key enforces, so a client (and the fuzzer) can tell
    # a valid key before sending it: not reserved, not PostgreSQL's `pg` prefix.
    key: Annotated[str, StringConstraints(strip_whitespace=True, pattern=TENANT_KEY_PATTERN)] = Field(
        description="Lower-case letters and digits; also the schema name and the default sub-domain."
    )
    name: Name
    domain: Host | None = Field(default=None, description="Defaults to <key>.<PUBLIC_DOMAIN>.")
    # Omit both for a tenant without an admin (not null: absent and present must mean one thing).
    admin_username: Annotated[
        str, StringConstraints(min_length=1, max_length=150, pattern=r"^[\w.@+-]+$")
    ] = None  # type: ignore[assignment]
    admin_password: Annotated[str, StringConstraints(min_length=8, max_length=128)] = None  # type: ignore[assignment]
    admin_email: EmailStr | None = None
    max_users: int | None = Field(default=None, ge=1, le=MAX_QUOTA)
    max_workflows: int | None = Field(default=None, ge=1, le=MAX_QUOTA)
    max_attachment_bytes: int | None = Field(
        default=None,
        ge=1,
        le=2**62,
        description="Bytes of attachments in all; null: the deployment's default.",
    )


class TenantPatchIn(Schema):
    name: Name | None = None
    max_users: int | None = Field(default=None, ge=1, le=MAX_QUOTA)
    max_workflows: int | None = Field(default=None, ge=1, le=MAX_QUOTA)
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
    is_primary: StrictBool = False
