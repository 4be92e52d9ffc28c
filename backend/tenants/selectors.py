"""Reads of the platform API."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext as _

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
        raise NotFound(_("No tenant with id %(tenant_id)s.") % {"tenant_id": tenant_id})
    return tenant


def domain_get(*, tenant: Tenant, domain_id: int) -> Domain:
    domain = tenant.domains.filter(pk=domain_id).first()
    if domain is None:
        raise NotFound(_("No domain with id %(domain_id)s on this tenant.") % {"domain_id": domain_id})
    return domain


def tenant_private_ranges(*, schema_name: str) -> list[str]:
    """The private networks the platform admin opened for this tenant's outbound calls."""
    ranges = Tenant.objects.filter(schema_name=schema_name).values_list("outbound_private_ranges", flat=True)
    return [str(entry) for entry in (ranges.first() or [])]


def tenant_public_base_url(*, schema_name: str) -> str:
    """The absolute base of the tenant's links, without a trailing slash ("" without a domain):
    its own `public_base_url`, else PUBLIC_URL_SCHEME://<primary domain>[:PUBLIC_PORT]."""
    from django.conf import settings

    tenant = Tenant.objects.filter(schema_name=schema_name).first()
    if tenant is None:
        return ""
    if tenant.public_base_url:
        return tenant.public_base_url.rstrip("/")
    domain = (
        Domain.objects.filter(tenant=tenant)
        .order_by("-is_primary", "created_at")
        .values_list("domain", flat=True)
    ).first()
    if domain is None:
        return ""
    scheme = settings.PUBLIC_URL_SCHEME
    port = settings.PUBLIC_PORT
    default = {"http": 80, "https": 443}.get(scheme)
    return f"{scheme}://{domain}" + (f":{port}" if port and port != default else "")
