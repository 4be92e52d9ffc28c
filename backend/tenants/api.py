"""The platform API (public domain only): platform admins manage tenants and their domains."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import logout
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router, Status
from ninja.security import APIKeyCookie

from core.access.auth import SESSION_TENANT_KEY, session_login
from core.access.models import User
from core.audit.recording import Target, audited, schema_snapshot
from core.errors import PermissionDenied
from tenants import selectors, services
from tenants.models import Tenant
from tenants.schemas import (
    DomainIn,
    DomainOut,
    PlatformLoginIn,
    PlatformMeOut,
    TenantCreateIn,
    TenantOut,
    TenantPatchIn,
)

router = Router(tags=["platform"])


class PlatformSessionAuth(APIKeyCookie):
    """A session of a platform admin (a superuser of the public schema), with CSRF."""

    param_name = "loonflow_session"

    def authenticate(self, request: HttpRequest, key: str | None) -> User | None:
        user = request.user
        if not user.is_authenticated or request.session.get(SESSION_TENANT_KEY) != "public":
            return None
        if not user.is_superuser:
            raise PermissionDenied(_("Only platform admins may use the platform API."))
        assert isinstance(user, User)
        return user


platform_auth = PlatformSessionAuth(csrf=True)


def platform_admin_of(request: HttpRequest) -> User:
    """The guard of routes shared with the tenant API: `platform_auth` has already refused the rest."""
    user: User = request.auth  # type: ignore[attr-defined]
    return user


TENANT = Target(
    "tenant", "tenant_id", schema_snapshot(TenantOut, lambda pk: selectors.tenant_get(tenant_id=pk))
)


@router.get("/auth/csrf", auth=None, summary="Get a CSRF token (and its cookie)")
def csrf(request: HttpRequest) -> dict[str, str]:
    from django.middleware.csrf import get_token

    return {"csrf_token": get_token(request)}


@router.post("/auth/login", response=PlatformMeOut, auth=None, summary="Platform admin login")
@audited("auth.login")
def platform_login(request: HttpRequest, payload: PlatformLoginIn) -> dict[str, Any]:
    user = session_login(request, username=payload.username, password=payload.password, platform=True)
    return {"username": user.username, "is_platform_admin": True}


@router.post("/auth/logout", response={204: None}, summary="Log out")
@audited("auth.logout")
def platform_logout(request: HttpRequest) -> Status:
    logout(request)
    return Status(204, None)


@router.get("/me", response=PlatformMeOut, summary="The signed-in platform admin")
def platform_me(request: HttpRequest) -> dict[str, Any]:
    user: User = request.auth  # type: ignore[attr-defined]
    return {"username": user.username, "is_platform_admin": True}


@router.get("/tenants", response=list[TenantOut], summary="List tenants")
def list_tenants(request: HttpRequest) -> Any:
    return selectors.tenant_list()


@router.post("/tenants", response={201: TenantOut}, summary="Create a tenant (clones the template schema)")
@audited("tenant.create", target=TENANT)
def create_tenant(request: HttpRequest, payload: TenantCreateIn) -> Status:
    tenant = services.tenant_create(**payload.dict())
    return Status(201, selectors.tenant_get(tenant_id=tenant.pk))


@router.get("/tenants/{tenant_id}", response=TenantOut, summary="Get a tenant")
def get_tenant(request: HttpRequest, tenant_id: int) -> Tenant:
    return selectors.tenant_get(tenant_id=tenant_id)


@router.patch(
    "/tenants/{tenant_id}",
    response=TenantOut,
    summary="Change a tenant's name, quotas, private outbound ranges or link base URL",
)
@audited("tenant.update", target=TENANT)
def patch_tenant(request: HttpRequest, tenant_id: int, payload: TenantPatchIn) -> Tenant:
    services.tenant_update(
        tenant=selectors.tenant_get(tenant_id=tenant_id), changes=payload.dict(exclude_unset=True)
    )
    return selectors.tenant_get(tenant_id=tenant_id)


@router.delete("/tenants/{tenant_id}", response={204: None}, summary="Delete a tenant and all its data")
@audited("tenant.delete", target=TENANT)
def delete_tenant(request: HttpRequest, tenant_id: int) -> Status:
    services.tenant_delete(tenant=selectors.tenant_get(tenant_id=tenant_id))
    return Status(204, None)


@router.post(
    "/tenants/{tenant_id}/suspend", response=TenantOut, summary="Suspend a tenant (its hosts answer 403)"
)
@audited("tenant.suspend", target=TENANT)
def suspend_tenant(request: HttpRequest, tenant_id: int) -> Tenant:
    services.tenant_suspend(tenant=selectors.tenant_get(tenant_id=tenant_id))
    return selectors.tenant_get(tenant_id=tenant_id)


@router.post("/tenants/{tenant_id}/resume", response=TenantOut, summary="Resume a suspended tenant")
@audited("tenant.resume", target=TENANT)
def resume_tenant(request: HttpRequest, tenant_id: int) -> Tenant:
    services.tenant_resume(tenant=selectors.tenant_get(tenant_id=tenant_id))
    return selectors.tenant_get(tenant_id=tenant_id)


@router.get("/tenants/{tenant_id}/domains", response=list[DomainOut], summary="List a tenant's domains")
def list_domains(request: HttpRequest, tenant_id: int) -> Any:
    return list(selectors.tenant_get(tenant_id=tenant_id).domains.all())


@router.post("/tenants/{tenant_id}/domains", response={201: DomainOut}, summary="Add a domain to a tenant")
@audited("tenant.domain.add", target=TENANT)
def add_domain(request: HttpRequest, tenant_id: int, payload: DomainIn) -> Status:
    tenant = selectors.tenant_get(tenant_id=tenant_id)
    return Status(
        201, services.domain_add(tenant=tenant, domain=payload.domain, is_primary=payload.is_primary)
    )


@router.delete("/tenants/{tenant_id}/domains/{domain_id}", response={204: None}, summary="Remove a domain")
@audited("tenant.domain.remove", target=TENANT)
def remove_domain(request: HttpRequest, tenant_id: int, domain_id: int) -> Status:
    tenant = selectors.tenant_get(tenant_id=tenant_id)
    services.domain_remove(domain=selectors.domain_get(tenant=tenant, domain_id=domain_id))
    return Status(204, None)
