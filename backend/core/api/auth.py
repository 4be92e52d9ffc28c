"""Session login for people, and `/me` for every kind of caller."""

from __future__ import annotations

from django.contrib.auth import authenticate, login, logout
from django.http import HttpRequest
from django.middleware.csrf import get_token
from ninja import Router, Status
from ninja.utils import check_csrf

from core import selectors
from core.api.serializers import ref_out, user_out
from core.auth import SESSION_TENANT_KEY, principal_of
from core.errors import NotAuthenticated, PermissionDenied
from core.models import User
from core.permissions import is_tenant_admin
from core.ratelimit import check_login_rate
from core.schemas import CsrfOut, LoginIn, MeOut
from core.tenancy import current_schema

router = Router(tags=["auth"])


@router.get("/auth/csrf", response=CsrfOut, auth=None, summary="Get a CSRF token (and its cookie)")
def csrf(request: HttpRequest) -> dict[str, str]:
    return {"csrf_token": get_token(request)}


@router.post("/auth/login", response=MeOut, auth=None, summary="Log in with username and password")
def auth_login(request: HttpRequest, payload: LoginIn) -> dict[str, object]:
    # Login is CSRF-protected too (login CSRF would sign a victim into an attacker's account).
    if check_csrf(request) is not None:
        raise PermissionDenied("CSRF verification failed; GET /api/v1/auth/csrf first.", code="csrf_failed")
    check_login_rate(request, payload.username)
    user = authenticate(request, username=payload.username, password=payload.password)
    if user is None or not user.is_active:
        raise NotAuthenticated("Wrong username or password.", code="invalid_credentials")
    login(request, user)
    # Bind the session to this tenant: it is worthless on any other tenant's host.
    request.session[SESSION_TENANT_KEY] = current_schema()
    assert isinstance(user, User)
    return _me(user=user, app=None, admin=user.is_tenant_admin)


@router.post("/auth/logout", response={204: None}, summary="Log out")
def auth_logout(request: HttpRequest) -> Status:
    logout(request)
    return Status(204, None)


@router.get("/me", response=MeOut, summary="Who am I")
def me(request: HttpRequest) -> dict[str, object]:
    principal = principal_of(request)
    return _me(
        user=principal.user,
        app=principal.app.name if principal.app else None,
        admin=is_tenant_admin(principal),
    )


def _me(*, user: User | None, app: str | None, admin: bool) -> dict[str, object]:
    return {
        "user": user_out(selectors.user_with_memberships(user=user)) if user is not None else None,
        "app": app,
        "tenant": current_schema(),
        "is_tenant_admin": admin,
        "departments": [ref_out(d) for d in selectors.departments_of(user=user)] if user else [],
        "roles": [ref_out(r) for r in selectors.roles_of(user=user)] if user else [],
    }
