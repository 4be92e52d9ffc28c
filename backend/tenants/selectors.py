"""Reads of the platform API."""

from __future__ import annotations

from django.conf import settings
from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext as _

from core.errors import NotFound
from tenants.models import Domain, Tenant


def department_tenants() -> QuerySet[Tenant]:
    """Every tenant people work in: not the platform's `public` one, not the template."""
    return Tenant.objects.filter(is_template=False).exclude(schema_name="public")


# A tenant's domains in this order: its primary first, then the oldest. The first is the host of its
# links (`links_base_url`); the platform API lists them in the same order.
DOMAIN_ORDER = ("-is_primary", "created_at", "pk")


def _with_domains(tenants: QuerySet[Tenant]) -> QuerySet[Tenant]:
    """`tenants` with their domains fetched in one more query, in DOMAIN_ORDER."""
    return tenants.prefetch_related(Prefetch("domains", queryset=Domain.objects.order_by(*DOMAIN_ORDER)))


def tenant_list() -> QuerySet[Tenant]:
    """Every tenant with its domains and stored figures (`tenants.figures`): two queries however many
    tenants there are (the figures are joined; a tenant not read yet has none)."""
    return _with_domains(department_tenants().select_related("figures")).order_by("schema_name")


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


def links_base_url(tenant: Tenant) -> str:
    """The absolute base of the tenant's links, without a trailing slash ("" without a domain): its own
    `public_base_url`, else PUBLIC_URL_SCHEME://<primary domain, else the oldest>[:PUBLIC_PORT unless
    the scheme's default]. `tenant` comes from this module's queries, with its domains prefetched in
    DOMAIN_ORDER (no query here)."""
    if tenant.public_base_url:
        return tenant.public_base_url.rstrip("/")
    domain = next(iter(tenant.domains.all()), None)
    if domain is None:
        return ""
    scheme = settings.PUBLIC_URL_SCHEME
    port = settings.PUBLIC_PORT
    default = {"http": 80, "https": 443}.get(scheme)
    return f"{scheme}://{domain.domain}" + (f":{port}" if port and port != default else "")


def tenant_public_base_url(*, schema_name: str) -> str:
    """`links_base_url` of the tenant with this schema ("" for none): two queries."""
    tenant = _with_domains(Tenant.objects.filter(schema_name=schema_name)).first()
    return links_base_url(tenant) if tenant is not None else ""
