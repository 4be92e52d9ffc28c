"""Typed access to django-tenants' connection attributes (the current schema and tenant)."""

from __future__ import annotations

from typing import Any, Protocol, cast

from django.db import connection


class TenantConnection(Protocol):
    schema_name: str
    tenant: Any

    def set_schema_to_public(self) -> None: ...

    def set_tenant(self, tenant: Any, include_public: bool = True) -> None: ...


def tenant_connection() -> TenantConnection:
    return cast(TenantConnection, connection)


def current_schema() -> str:
    return tenant_connection().schema_name


def use_public_schema() -> None:
    tenant_connection().set_schema_to_public()
