"""Route each request to its tenant's schema by host name, with JSON answers for misses."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django_tenants.middleware.main import TenantMainMiddleware

from core.errors import error_response
from core.logging import tenant_var


class TenantRoutingMiddleware(TenantMainMiddleware):
    """django-tenants' host routing; unknown host → 404, suspended → 403, template never routed."""

    def get_tenant(self, domain_model: Any, hostname: str) -> Any:
        tenant = super().get_tenant(domain_model, hostname)
        if tenant.is_template:
            raise domain_model.DoesNotExist
        return tenant

    def no_tenant_found(self, request: HttpRequest, hostname: str) -> HttpResponse:
        return error_response(404, "unknown_host", f"No tenant serves the host {hostname!r}.")

    def process_request(self, request: HttpRequest) -> HttpResponse | None:
        response = super().process_request(request)
        if response is not None:
            return response
        tenant = request.tenant  # type: ignore[attr-defined]
        tenant_var.set(tenant.schema_name)
        if tenant.is_suspended:
            return error_response(403, "tenant_suspended", "This tenant is suspended.")
        return None
