"""App credentials: apps, their bearer tokens (shown once), signing secrets and acting grants."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Status

from core.access import selectors, services
from core.access.models import App
from core.access.permissions import tenant_admin_of
from core.access.schemas import (
    AppCreateIn,
    AppOut,
    AppPatchIn,
    GrantOut,
    GrantsIn,
    SigningSecretOut,
    TokenCreateIn,
    TokenIssuedOut,
    TokenOut,
)
from core.audit.recording import Target, audited, schema_snapshot, secret_rotated

router = Router(tags=["apps"])

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
