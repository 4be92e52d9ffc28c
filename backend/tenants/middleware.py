"""Route each request to its tenant's schema by host name, with JSON answers for misses."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import DisallowedHost
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django_tenants.middleware.main import TenantMainMiddleware

from core.errors import error_response
from core.logging import tenant_var
from core.rows import from_row, select_list
from core.tenancy import tenant_connection, use_public_schema
from tenants.models import Domain, Tenant


class TenantRoutingMiddleware(TenantMainMiddleware):
    """django-tenants' host routing; unknown host → 404, suspended → 403, template never routed.

    Shortcuts over the stock middleware, since every request pays for them: the host is looked up
    with one schema-qualified statement (no switch to the public schema first), which also sets
    the tenant's `search_path` (the round trip django-tenants would add before the request's first
    query), and the connection's `search_path` is only re-sent when the schema actually changes.
    """

    # The column list comes from the model, never from input. The search_path is the one
    # django-tenants sends for a tenant (its schema, then public), quoted by PostgreSQL.
    _lookup = (
        f"SELECT {select_list(Tenant, 't')}, "  # noqa: S608
        "set_config('search_path', quote_ident(t.schema_name) || ', public', false) "
        "FROM public.tenants_domain d JOIN public.tenants_tenant t ON t.id = d.tenant_id WHERE d.domain = %s"
    )

    def get_tenant(self, domain_model: Any, hostname: str) -> Any:
        if not tenant_connection().schema_name:  # a fresh connection needs some search_path
            use_public_schema()
        with connection.cursor() as cursor:
            cursor.execute(self._lookup, [hostname])
            row = cursor.fetchone()
        if row is None:
            raise domain_model.DoesNotExist
        tenant = from_row(Tenant, row[:-1])
        if tenant.is_template:
            raise domain_model.DoesNotExist
        return tenant

    def process_request(self, request: HttpRequest) -> HttpResponse | None:
        try:
            hostname = self.hostname_from_request(request)
        except DisallowedHost:
            return error_response(404, "not_found", _("Not found."))
        try:
            tenant = self.get_tenant(Domain, hostname)
        except Domain.DoesNotExist:
            use_public_schema()
            return self.no_tenant_found(request, hostname)
        tenant.domain_url = hostname
        request.tenant = tenant  # type: ignore[attr-defined]
        db = tenant_connection()
        if db.schema_name == tenant.schema_name and getattr(db, "include_public_schema", False):
            db.tenant = tenant  # same schema: keep the search_path already sent
        else:
            db.set_tenant(tenant)
            # The lookup set it on this connection already (a rollback clears this mark again).
            db.search_path_set_schemas = [tenant.schema_name, "public"]
        self.setup_url_routing(request)
        tenant_var.set(tenant.schema_name)
        if tenant.is_suspended:
            return error_response(403, "tenant_suspended", _("This tenant is suspended."))
        return None

    def no_tenant_found(self, request: HttpRequest, hostname: str) -> HttpResponse:
        return error_response(
            404, "unknown_host", _("No tenant serves the host %(hostname)s.") % {"hostname": repr(hostname)}
        )
