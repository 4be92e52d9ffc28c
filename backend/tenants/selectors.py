"""Reads of the platform API."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from core.errors import NotFound
from tenants.models import Domain, Tenant


def department_tenants() -> QuerySet[Tenant]:
    """Every tenant people work in: not the platform's `public` one, not the template."""
    return Tenant.objects.filter(is_template=False).exclude(schema_name="public")


def tenant_list() -> QuerySet[Tenant]:
    return (
        department_tenants()
        .prefetch_related(Prefetch("domains", queryset=Domain.objects.order_by("-is_primary", "domain")))
        .order_by("schema_name")
    )


def tenant_get(*, tenant_id: int) -> Tenant:
    tenant = tenant_list().filter(pk=tenant_id).first()
    if tenant is None:
        raise NotFound(f"No tenant with id {tenant_id}.")
    return tenant


def domain_get(*, tenant: Tenant, domain_id: int) -> Domain:
    domain = tenant.domains.filter(pk=domain_id).first()
    if domain is None:
        raise NotFound(f"No domain with id {domain_id} on this tenant.")
    return domain
