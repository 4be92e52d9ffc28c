"""Plain helpers of the tenants tests: the platform API's paths and passwords, what the database
holds (tenant keys, a schema's tables), and signing in on a host."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.test import Client

from core.tests.factories import send

API = "/api/v1/platform"
ROOT_PASSWORD = "platform-root-pw"
FIN_ADMIN_PASSWORD = "finance-admin-pw"


def tables_of(schema: str) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s ORDER BY table_name",
            [schema],
        )
        return [row[0] for row in cursor.fetchall()]


def tenant_keys() -> list[str]:
    from tenants.models import Tenant

    return list(Tenant.objects.order_by("schema_name").values_list("schema_name", flat=True))


def log_in(client: Client, username: str, password: str) -> Any:
    """A tenant user's sign-in on the client's host."""
    return send(client, "post", "/api/v1/auth/login", {"username": username, "password": password})


def platform_log_in(client: Client, username: str = "root", password: str = ROOT_PASSWORD) -> Any:
    """A platform admin's sign-in on the public host."""
    return send(client, "post", f"{API}/auth/login", {"username": username, "password": password})


def bare_tenant(key: str, *, domains: tuple[str, ...] = (), public_base_url: str = "") -> Any:
    """A tenant's public rows only (the tenant, its domains: the first is primary), without a schema:
    enough for the platform's reads of public tables (its tenant list) at a fraction of a clone's cost."""
    from tenants.models import Domain, Tenant

    tenant = Tenant(schema_name=key, name=f"Tenant {key}", public_base_url=public_base_url)
    tenant.auto_create_schema = False
    tenant.save()
    for index, host in enumerate(domains or (f"{key}.localhost",)):
        Domain.objects.create(tenant=tenant, domain=host, is_primary=index == 0)
    return tenant
