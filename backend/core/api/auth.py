"""Session login for people, and `/me` for every kind of caller."""

from __future__ import annotations

from django.contrib.auth import logout
from django.http import HttpRequest
from django.middleware.csrf import get_token
from ninja import Router, Status

from core import selectors
from core.api.serializers import ref_out, user_out
from core.auth import principal_of, session_login
from core.models import User
from core.permissions import is_tenant_admin
from core.schemas import CsrfOut, LoginIn, MeOut
from core.tenancy import current_schema

router = Router(tags=["auth"])


@router.get("/auth/csrf", response=CsrfOut, auth=None, summary="Get a CSRF token (and its cookie)")
def csrf(request: HttpRequest) -> dict[str, str]:
    return {"csrf_token": get_token(request)}


@router.post("/auth/login", response=MeOut, auth=None, summary="Log in with username and password")
def auth_login(request: HttpRequest, payload: LoginIn) -> dict[str, object]:
    user = session_login(request, username=payload.username, password=payload.password)
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
