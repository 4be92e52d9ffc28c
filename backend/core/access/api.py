"""Credentials: apps, their bearer tokens (shown once), signing secrets and acting grants; and
people's own tokens (each person manages theirs from a session; tenant admins see and revoke all)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status

from core.access import selectors, services
from core.access.auth import principal_of
from core.access.models import App, User
from core.access.permissions import tenant_admin_of
from core.access.schemas import (
    AppCreateIn,
    AppOut,
    AppPatchIn,
    GrantOut,
    GrantsIn,
    PersonalTokenAdminOut,
    PersonalTokenCreateIn,
    PersonalTokenIssuedOut,
    PersonalTokenOut,
    SigningSecretOut,
    TokenCreateIn,
    TokenIssuedOut,
    TokenOut,
)
from core.audit.recording import Target, audited, schema_snapshot, secret_rotated
from core.errors import PermissionDenied

router = Router(tags=["apps"])
personal_router = Router(tags=["personal tokens"])

APP = Target("app", "app_id", schema_snapshot(AppOut, lambda pk: selectors.app_get(app_id=pk)))
APP_GRANTS = Target("app", "app_id", selectors.app_grants_snapshot)
TOKEN = Target(
    "app.token",
    "token_id",
    schema_snapshot(TokenOut, lambda pk: selectors.token_get(token_id=pk)),
    label=lambda token: f"{token['name'] or token['prefix']}",
)


@router.get("/apps", response=list[AppOut], summary="List apps")
def list_apps(request: HttpRequest) -> Any:
    tenant_admin_of(request)
    return selectors.app_list()


@router.post("/apps", response={201: AppOut}, summary="Register an app")
@audited("app.create", target=APP)
def create_app(request: HttpRequest, payload: AppCreateIn) -> Status:
    tenant_admin_of(request)
    return Status(201, services.app_create(**payload.dict(exclude={"confirm_no_scopes"})))


@router.get("/apps/{app_id}", response=AppOut, summary="Get an app")
def get_app(request: HttpRequest, app_id: int) -> App:
    tenant_admin_of(request)
    return selectors.app_get(app_id=app_id)


@router.patch("/apps/{app_id}", response=AppOut, summary="Change an app")
@audited("app.update", target=APP)
def patch_app(request: HttpRequest, app_id: int, payload: AppPatchIn) -> App:
    tenant_admin_of(request)
    return services.app_update(
        app=selectors.app_get(app_id=app_id),
        changes=payload.dict(exclude_unset=True, exclude={"confirm_no_scopes"}),
    )


@router.delete("/apps/{app_id}", response={204: None}, summary="Delete an app and all its tokens")
@audited("app.delete", target=APP)
def delete_app(request: HttpRequest, app_id: int) -> Status:
    tenant_admin_of(request)
    services.app_delete(app=selectors.app_get(app_id=app_id))
    return Status(204, None)


@router.get(
    "/apps/{app_id}/tokens", response=list[TokenOut], summary="List an app's tokens (never the secrets)"
)
def list_tokens(request: HttpRequest, app_id: int) -> Any:
    tenant_admin_of(request)
    return list(selectors.app_tokens(app=selectors.app_get(app_id=app_id)))


@router.post("/apps/{app_id}/tokens", response={201: TokenIssuedOut}, summary="Issue a token (shown once)")
@audited("app.token.issue", target=TOKEN)
def issue_token(request: HttpRequest, app_id: int, payload: TokenCreateIn) -> Status:
    tenant_admin_of(request)
    token, issued = services.app_token_issue(app=selectors.app_get(app_id=app_id), **payload.dict())
    return Status(201, {**TokenOut.from_orm(token).dict(), "token": issued.plaintext})


@router.delete("/apps/{app_id}/tokens/{token_id}", response=TokenOut, summary="Revoke a token")
@audited("app.token.revoke", target=TOKEN)
def revoke_token(request: HttpRequest, app_id: int, token_id: int) -> Any:
    tenant_admin_of(request)
    app = selectors.app_get(app_id=app_id)
    return services.app_token_revoke(token=selectors.app_token_get(app=app, token_id=token_id))


@router.post(
    "/apps/{app_id}/signing-secret",
    response={201: SigningSecretOut},
    summary="Create or rotate the request-signing secret (shown once)",
)
@audited("app.signing_secret.rotate", target=APP, outcome=secret_rotated)
def rotate_signing_secret(request: HttpRequest, app_id: int) -> Status:
    tenant_admin_of(request)
    return Status(
        201, {"signing_secret": services.app_signing_secret_rotate(app=selectors.app_get(app_id=app_id))}
    )


@router.get(
    "/apps/{app_id}/grants", response=list[GrantOut], summary="Workflows this app may act for users on"
)
def list_grants(request: HttpRequest, app_id: int) -> Any:
    tenant_admin_of(request)
    return list(selectors.app_grants(app=selectors.app_get(app_id=app_id)))


@router.put("/apps/{app_id}/grants", response=list[GrantOut], summary="Replace the app's acting grants")
@audited("app.grants.set", target=APP_GRANTS)
def set_grants(request: HttpRequest, app_id: int, payload: GrantsIn) -> Any:
    tenant_admin_of(request)
    app = selectors.app_get(app_id=app_id)
    return services.app_grants_set(app=app, workflow_keys=[grant.workflow_key for grant in payload.grants])


PERSONAL_TOKEN = Target(
    "personal_token",
    "token_id",
    schema_snapshot(PersonalTokenAdminOut, lambda pk: selectors.personal_token_get(token_id=pk)),
    label=lambda token: f"{token['username']}: {token['name']}",
)


def _token_owner(request: HttpRequest) -> User:
    """The person managing their own tokens: signed in in a session. A token (an app's or a
    person's) mints, lists and revokes none, so a leaked one cannot make itself more or last longer."""
    principal = principal_of(request)
    if not principal.is_session or principal.user is None:
        raise PermissionDenied(
            _("Personal tokens are managed only by their person, signed in."), code="person_required"
        )
    return principal.user


@personal_router.get("/me/tokens", response=list[PersonalTokenOut], summary="List my personal tokens")
def list_my_tokens(request: HttpRequest) -> Any:
    return list(selectors.personal_tokens(user=_token_owner(request)))


@personal_router.post(
    "/me/tokens",
    response={201: PersonalTokenIssuedOut},
    summary="Create a personal token that acts as me (shown once)",
)
@audited("personal_token.issue", target=PERSONAL_TOKEN)
def issue_my_token(request: HttpRequest, payload: PersonalTokenCreateIn) -> Status:
    token, issued = services.personal_token_issue(user=_token_owner(request), **payload.dict())
    return Status(201, {**PersonalTokenOut.from_orm(token).dict(), "token": issued.plaintext})


@personal_router.delete("/me/tokens/{token_id}", response=PersonalTokenOut, summary="Revoke one of my tokens")
@audited("personal_token.revoke", target=PERSONAL_TOKEN)
def revoke_my_token(request: HttpRequest, token_id: int) -> Any:
    owner = _token_owner(request)
    return services.personal_token_revoke(token=selectors.personal_token_of(user=owner, token_id=token_id))


class PersonalTokenFilters(Schema):
    username: str | None = None
    live: bool = False


@personal_router.get(
    "/personal-tokens",
    response=list[PersonalTokenAdminOut],
    summary="Everyone's personal tokens (tenant admins; newest first, at most 1000)",
)
def list_personal_tokens(request: HttpRequest, filters: Query[PersonalTokenFilters]) -> Any:
    tenant_admin_of(request)
    return list(selectors.personal_tokens_of_tenant(username=filters.username, live_only=filters.live)[:1000])


@personal_router.delete(
    "/personal-tokens/{token_id}", response=PersonalTokenAdminOut, summary="Revoke anyone's personal token"
)
@audited("personal_token.revoke", target=PERSONAL_TOKEN)
def revoke_personal_token(request: HttpRequest, token_id: int) -> Any:
    tenant_admin_of(request)
    return services.personal_token_revoke(token=selectors.personal_token_get(token_id=token_id))
