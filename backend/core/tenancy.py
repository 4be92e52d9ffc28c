"""Typed access to django-tenants' connection attributes (the current schema and tenant)."""

from __future__ import annotations

from typing import Any, Protocol, cast

from django.db import connection
from django_tenants.utils import get_tenant_model


class TenantConnection(Protocol):
    schema_name: str
    tenant: Any
    search_path_set_schemas: list[str] | None  # what django-tenants last sent as search_path

    def set_schema_to_public(self) -> None: ...

    def set_tenant(self, tenant: Any, include_public: bool = True) -> None: ...

    def set_schema(self, schema_name: str, include_public: bool = True) -> None: ...


def tenant_connection() -> TenantConnection:
    return cast(TenantConnection, connection)


def current_schema() -> str:
    return tenant_connection().schema_name


def use_public_schema() -> None:
    tenant_connection().set_schema_to_public()


def tenant_quota(field: str) -> int | None:
    """The current tenant's quota `field` (None: unlimited). Requests carry the routed tenant; jobs,
    commands and `schema_context` carry a stand-in without quotas, so those read the tenant row."""
    tenant = tenant_connection().tenant
    if hasattr(tenant, field):
        return getattr(tenant, field)
    row = (
        get_tenant_model().objects.filter(schema_name=current_schema()).values_list(field, flat=True).first()
    )
    return None if row is None else int(row)
