"""Single sign-on endpoints: the admin's providers and password policy, the public login options,
and the browser's way through the provider (start → provider → callback), and logout."""

from __future__ import annotations

import logging
import re
from typing import Any
from urllib.parse import urlencode

from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from ninja import Query, Router, Status

from core.access.auth import principal_of, session_start
from core.access.permissions import tenant_admin_of
from core.audit.recording import Target, actor_of, audited, schema_snapshot
from core.audit.services import audit_record
from integrations.sso import flow, selectors, services, throttle
from integrations.sso.schemas import (
    LoginOptionsOut,
    LogoutOut,
    ProviderIn,
    ProviderOut,
    ProviderPatchIn,
    SsoSettingsIn,
    SsoSettingsOut,
)
from integrations.sso.signin import person_for
from integrations.sso.tokens import SsoFailure

logger = logging.getLogger(__name__)

router = Router(tags=["sso"])

PROVIDER = Target(
    "sso.provider",
    "provider_id",
    schema_snapshot(ProviderOut, lambda pk: selectors.provider_get(provider_id=pk)),
)
SETTINGS = Target(
    "sso.settings",
    snapshot=lambda _pk: SsoSettingsOut.from_orm(selectors.sso_settings()).dict(exclude={"updated_at"}),
    fixed_id="sso",
)
SESSION_KEY = "loonflow_sso"  # in the Django session: the provider and ID token of an SSO login
_SAFE_NEXT = re.compile(r"^/(?![/\\])[\x21-\x7e]{0,500}$")


# ---- admin: providers and the password policy -----------------------------------------------------


@router.get("/sso/providers", response=list[ProviderOut], summary="List identity providers")
def list_providers(request: HttpRequest) -> Any:
    tenant_admin_of(request)
    return list(selectors.provider_list())


@router.post("/sso/providers", response={201: ProviderOut}, summary="Add an OpenID Connect provider")
@audited("sso.provider.create", target=PROVIDER)
def create_provider(request: HttpRequest, payload: ProviderIn) -> Status:
    tenant_admin_of(request)
    return Status(201, services.provider_create(**payload.dict()))


@router.get("/sso/providers/{provider_id}", response=ProviderOut, summary="Get an identity provider")
def get_provider(request: HttpRequest, provider_id: int) -> Any:
    tenant_admin_of(request)
    return selectors.provider_get(provider_id=provider_id)


@router.patch("/sso/providers/{provider_id}", response=ProviderOut, summary="Change an identity provider")
@audited("sso.provider.update", target=PROVIDER)
def patch_provider(request: HttpRequest, provider_id: int, payload: ProviderPatchIn) -> Any:
    tenant_admin_of(request)
    return services.provider_update(
        provider=selectors.provider_get(provider_id=provider_id), changes=payload.dict(exclude_unset=True)
    )


@router.delete("/sso/providers/{provider_id}", response={204: None}, summary="Delete an identity provider")
@audited("sso.provider.delete", target=PROVIDER)
def delete_provider(request: HttpRequest, provider_id: int) -> Status:
    tenant_admin_of(request)
    services.provider_delete(provider=selectors.provider_get(provider_id=provider_id))
    return Status(204, None)


@router.post(
    "/sso/providers/{provider_id}/discover",
    response=ProviderOut,
    summary="Fetch the provider's discovery document and keys now (the answer says whether it worked)",
)
@audited("sso.provider.discover", target=PROVIDER)
def discover_provider(request: HttpRequest, provider_id: int) -> Any:
    tenant_admin_of(request)
    return services.provider_discover(provider=selectors.provider_get(provider_id=provider_id))


@router.get("/sso/settings", response=SsoSettingsOut, summary="Password sign-in policy")
def get_settings(request: HttpRequest) -> Any:
    tenant_admin_of(request)
    return selectors.sso_settings()


@router.put("/sso/settings", response=SsoSettingsOut, summary="Turn local passwords on or off")
@audited("sso.settings.update", target=SETTINGS)
def put_settings(request: HttpRequest, payload: SsoSettingsIn) -> Any:
    tenant_admin_of(request)
    return services.settings_set(**payload.dict())


# ---- everyone: the login page and the way through the provider ------------------------------------


@router.get(
    "/sso/login-options", response=LoginOptionsOut, auth=None, summary="Sign-in buttons for the login page"
)
def login_options(request: HttpRequest) -> dict[str, Any]:
    return {
        "passwords_enabled": selectors.sso_settings().passwords_enabled,
        "providers": [
            {"key": p.key, "label": p.label, "start_url": f"/api/v1/sso/{p.key}/start"}
            for p in selectors.login_providers()
        ],
    }


def _to_login(code: str) -> HttpResponse:
    return HttpResponseRedirect("/login?" + urlencode({"sso_error": code}))


@router.get(
    "/sso/{key}/start",
    response={302: None},
    auth=None,
    summary="Begin signing in through a provider (redirects the browser to it)",
)
def start(request: HttpRequest, key: str, next: str = Query("/", max_length=500)) -> HttpResponse:
    if not throttle.may_start(request):
        logger.info("sso: too many logins begun or refused from one address")
        return _to_login("too_many_attempts")
    provider = selectors.enabled_provider(key=key)
    if provider is None:
        return _to_login("provider_unavailable")
    try:
        started = flow.begin(
            flow.ready(provider),
            redirect_uri=request.build_absolute_uri(flow.CALLBACK_PATH),
            next_path=next if _SAFE_NEXT.match(next) else "/",
        )
    except SsoFailure as exc:
        logger.info("sso: cannot start a login with %s: %s", key, exc.detail)
        return _to_login(exc.code)
    response = HttpResponseRedirect(started.authorize_url)
    response.set_cookie(
        flow.BINDING_COOKIE,
        started.binding,
        max_age=flow.FLOW_SECONDS,
        path=flow.COOKIE_PATH,
        secure=request.is_secure(),
        httponly=True,
        samesite="Lax",  # sent on the provider's top-level redirect back to the callback
    )
    return response


@router.get(
    "/sso/callback",
    response={302: None},
    auth=None,
    summary="Where the provider sends the browser back (signs in, then redirects into the console)",
)
def callback(
    request: HttpRequest,
    state: str = Query("", max_length=200),
    code: str = Query("", max_length=2000),
    error: str = Query("", max_length=200),
) -> HttpResponse:
    try:
        finished = flow.finish(
            state=state, code=code, error=error, binding=request.COOKIES.get(flow.BINDING_COOKIE)
        )
        provider = finished.provider
        user = person_for(provider, finished.claims)
    except SsoFailure as exc:
        logger.info("sso: login refused (%s): %s", exc.code, exc.detail)
        throttle.failed(request)
        response = _to_login(exc.code)
    else:
        session_start(request, user)
        request.session[SESSION_KEY] = {"provider_id": provider.pk, "id_token": finished.id_token}
        audit_record(
            action="auth.sso_login",
            actor=actor_of(request, fallback=user),
            target_type="sso.provider",
            target_id=provider.pk,
            target_label=provider.key,
            after={"user": user.username},
        )
        response = HttpResponseRedirect(finished.next_path)
    response.delete_cookie(flow.BINDING_COOKIE, path=flow.COOKIE_PATH)
    return response


@router.post(
    "/sso/logout",
    response=LogoutOut,
    summary="Log out; after a provider login, answers its logout URL (RP-initiated logout) to go to",
)
@audited("auth.logout")
def sso_logout(request: HttpRequest) -> dict[str, str]:
    principal_of(request)
    signed_in = request.session.get(SESSION_KEY) or {}
    logout(request)
    provider = selectors.enabled_provider(provider_id=signed_in.get("provider_id") or 0)
    target = None
    if provider is not None and signed_in.get("id_token"):
        target = flow.end_session_url(
            provider,
            id_token=signed_in["id_token"],
            post_logout_redirect_uri=request.build_absolute_uri("/login"),
        )
    return {"redirect_to": target or "/login"}
