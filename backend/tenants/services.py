"""Provisioning and lifecycle of tenants. Runs in the public schema."""

from __future__ import annotations

import ipaddress
import re
from typing import Any
from urllib.parse import SplitResult, urlsplit

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from django_tenants.utils import get_public_schema_name, schema_context, schema_exists

from core.errors import Conflict, ValidationFailed, field_problem
from core.networks import network_touches_metadata
from core.tenancy import use_public_schema
from tenants.models import Domain, Tenant

TENANT_KEY_RE = re.compile(r"^[a-z][a-z0-9]{1,30}$")
RESERVED_KEYS = {"public", "www", "api", "admin", "static", "platform", "template", "tenant_template"}
DOMAIN_RE = re.compile(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"
)


def _check_key(key: str) -> None:
    if not TENANT_KEY_RE.match(key) or key in RESERVED_KEYS or key.startswith("pg"):
        raise ValidationFailed(
            _(
                "The tenant key must be 2-31 lower-case letters or digits, start "
                "with a letter, not be reserved."
            ),
            details=[field_problem("key", _("Invalid or reserved tenant key."))],
        )


def _check_domain(domain: str) -> str:
    domain = domain.strip().lower()
    if not DOMAIN_RE.match(domain):
        raise ValidationFailed(
            _("The domain is not a valid host name."),
            details=[field_problem("domain", _("Invalid host name."))],
        )
    if Domain.objects.filter(domain=domain).exists():
        raise Conflict(
            _("The domain %(domain)s is already in use.") % {"domain": repr(domain)}, code="domain_taken"
        )
    return domain


def template_ensure() -> Tenant:
    """The template schema new tenants are cloned from; created (and migrated) once."""
    template = Tenant.objects.filter(schema_name=settings.TENANT_BASE_SCHEMA).first()
    if template is None:
        template = Tenant(schema_name=settings.TENANT_BASE_SCHEMA, name="Template", is_template=True)
        template.save(verbosity=0)
    return template


def tenant_create(
    *,
    key: str,
    name: str,
    domain: str | None = None,
    admin_username: str | None = None,
    admin_password: str | None = None,
    admin_email: str | None = None,
    max_users: int | None = None,
    max_workflows: int | None = None,
    max_attachment_bytes: int | None = None,
) -> Tenant:
    """Create a tenant: clone the template schema, add its domain, optionally its first admin."""
    _check_key(key)
    if Tenant.objects.filter(schema_name=key).exists() or schema_exists(key):
        raise Conflict(_("A tenant with key %(key)s exists.") % {"key": repr(key)}, code="tenant_exists")
    host = _check_domain(domain or f"{key}.{settings.PUBLIC_DOMAIN}")
    if (admin_username is None) != (admin_password is None):
        raise ValidationFailed(
            _("Give both admin_username and admin_password, or neither."),
            details=[field_problem("admin_password", _("Required with admin_username."))],
        )
    template_ensure()
    with transaction.atomic():
        tenant = Tenant(
            schema_name=key,
            name=name,
            max_users=max_users,
            max_workflows=max_workflows,
            max_attachment_bytes=max_attachment_bytes,
        )
        # save() clones tenant_template into the new schema (TENANT_CREATION_FAKES_MIGRATIONS).
        tenant.save(verbosity=0)
        Domain.objects.create(domain=host, tenant=tenant, is_primary=True)
        if admin_username is not None and admin_password is not None:
            from core.directory.services import user_create

            with schema_context(key):
                user_create(
                    username=admin_username,
                    password=admin_password,
                    email=admin_email,
                    display_name="Administrator",
                    is_tenant_admin=True,
                )
    use_public_schema()
    return tenant


def tenant_update(*, tenant: Tenant, changes: dict[str, Any]) -> Tenant:
    # null lifts a quota; for the name (which cannot be empty) it means "leave as is".
    if changes.get("name") is not None:
        tenant.name = changes["name"]
    for key in ("max_users", "max_workflows", "max_attachment_bytes"):
        if key in changes:
            setattr(tenant, key, changes[key])
    if changes.get("outbound_private_ranges") is not None:
        tenant.outbound_private_ranges = _checked_private_ranges(changes["outbound_private_ranges"])
    if changes.get("public_base_url") is not None:
        tenant.public_base_url = _checked_base_url(changes["public_base_url"])
    tenant.save(verbosity=0)
    return tenant


MAX_PRIVATE_RANGES = 50


def _checked_private_ranges(entries: list[str]) -> list[str]:
    """Networks (strict CIDR, or single addresses) a tenant's outbound calls may reach although
    they are private. Anything that covers a metadata address is refused: those stay closed."""

    if len(entries) > MAX_PRIVATE_RANGES:
        raise ValidationFailed(
            _("At most %(value)s ranges.") % {"value": MAX_PRIVATE_RANGES},
            details=[field_problem("outbound_private_ranges", _("Too many entries."))],
        )
    cleaned: list[str] = []
    problems = []
    for index, raw in enumerate(entries):
        where = f"outbound_private_ranges.{index}"
        try:
            network = ipaddress.ip_network(raw.strip(), strict=True)
        except ValueError:
            problems.append(
                field_problem(
                    where,
                    _("%(raw)s is not a network (e.g. 10.20.0.0/16) or an address.") % {"raw": repr(raw)},
                )
            )
            continue
        if network_touches_metadata(network):
            problems.append(
                field_problem(
                    where, _("%(raw)s covers a cloud metadata or link-local address.") % {"raw": repr(raw)}
                )
            )
        elif str(network) not in cleaned:
            cleaned.append(str(network))
    if problems:
        raise ValidationFailed(_("The private ranges have invalid entries."), details=problems)
    return cleaned


def _checked_base_url(raw: str) -> str:
    """ "" (the default), or scheme://host[:port] with nothing else: no credentials, path, query."""
    url = raw.strip().rstrip("/")
    if not url:
        return ""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        problem = _("Not a valid URL.")
    else:
        problem = _base_url_problem(url, parts, port)
        if not problem:
            return f"{parts.scheme}://{parts.hostname or ''}" + (f":{port}" if port is not None else "")
    raise ValidationFailed(
        _("The public base URL is invalid."), details=[field_problem("public_base_url", problem)]
    )


def _base_url_problem(url: str, parts: SplitResult, port: int | None) -> str:
    """Why `url` is not scheme://host[:port], or "" when it is."""
    if parts.scheme not in ("http", "https"):
        return _("Use http:// or https://.")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        return _("No credentials in the URL.")
    if parts.path or parts.query or parts.fragment or url.endswith(("?", "#")):
        return _("Only scheme, host and port: no path, query or fragment.")
    if not DOMAIN_RE.match(parts.hostname or "") or port == 0:
        return _("Not a valid host name or port.")
    return ""


def tenant_suspend(*, tenant: Tenant) -> Tenant:
    tenant.status = Tenant.Status.SUSPENDED
    tenant.save(update_fields=["status", "updated_at"])
    return tenant


def tenant_resume(*, tenant: Tenant) -> Tenant:
    tenant.status = Tenant.Status.ACTIVE
    tenant.save(update_fields=["status", "updated_at"])
    return tenant


def tenant_delete(*, tenant: Tenant) -> None:
    """Delete the tenant row, its domains and its schema with all data in it."""
    if tenant.schema_name == get_public_schema_name() or tenant.is_template:
        raise Conflict(_("This tenant cannot be deleted."), code="tenant_protected")
    use_public_schema()
    tenant.delete(force_drop=True)


def domain_add(*, tenant: Tenant, domain: str, is_primary: bool = False) -> Domain:
    host = _check_domain(domain)
    with transaction.atomic():
        if is_primary:
            tenant.domains.update(is_primary=False)
        return Domain.objects.create(domain=host, tenant=tenant, is_primary=is_primary)


def domain_remove(*, domain: Domain) -> None:
    if domain.is_primary and domain.tenant.domains.count() == 1:
        raise Conflict(_("A tenant keeps at least one domain."), code="last_domain")
    with transaction.atomic():
        tenant = domain.tenant
        domain.delete()
        if not tenant.domains.filter(is_primary=True).exists():
            other = tenant.domains.order_by("created_at").first()
            if other is not None:
                other.is_primary = True
                other.save(update_fields=["is_primary"])
