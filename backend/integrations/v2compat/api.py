"""Admin endpoints of the Loonflow 2.x-compatible API: the switch, the apps, their tokens (tenant admins)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Status

from core.access.permissions import tenant_admin_of
from core.audit.recording import Target, audited, secret_rotated
from integrations.v2compat import selectors, services
from integrations.v2compat.schemas import (
    CompatAppCreateIn,
    CompatAppIssuedOut,
    CompatAppOut,
    CompatAppPatchIn,
    CompatSettingsIn,
    CompatSettingsOut,
    CompatTokenOut,
)

router = Router(tags=["compat-v2"])

SETTINGS = Target(
    "compat_v2_settings",
    snapshot=lambda _: selectors.compat_settings_get(),
    label=lambda _: "Loonflow 2.x compat API",
    fixed_id="settings",
)
APP = Target("compat_v2_app", "app_id", selectors.compat_app_snapshot)
NEW_APP = Target("compat_v2_app", None, selectors.compat_app_snapshot)


@router.get("/compat-v2/settings", response=CompatSettingsOut, summary="Is the Loonflow 2.x API switched on")
def get_compat_settings(request: HttpRequest) -> dict[str, Any]:
    tenant_admin_of(request)
    return selectors.compat_settings_get()


@router.put(
    "/compat-v2/settings", response=CompatSettingsOut, summary="Switch the Loonflow 2.x API on or off"
)
@audited("compat_v2.settings.update", target=SETTINGS)
def put_compat_settings(request: HttpRequest, payload: CompatSettingsIn) -> dict[str, Any]:
    tenant_admin_of(request)
    services.compat_settings_set(enabled=payload.enabled)
    return selectors.compat_settings_get()


@router.get("/compat-v2/apps", response=list[CompatAppOut], summary="List the Loonflow 2.x apps")
def list_compat_apps(request: HttpRequest) -> list[dict[str, Any]]:
    tenant_admin_of(request)
    return selectors.compat_app_list()


@router.post(
    "/compat-v2/apps",
    response={201: CompatAppIssuedOut},
    summary="Register a 2.x app (its token is shown once)",
)
@audited("compat_v2.app.create", target=NEW_APP)
def create_compat_app(request: HttpRequest, payload: CompatAppCreateIn) -> Status:
    tenant_admin_of(request)
    app, token = services.compat_app_create(**payload.dict())
    return Status(201, {**selectors.compat_app_out(app), "token": token})


@router.patch(
    "/compat-v2/apps/{app_id}", response=CompatAppOut, summary="Change a 2.x app's workflows or grant"
)
@audited("compat_v2.app.update", target=APP)
def patch_compat_app(request: HttpRequest, app_id: int, payload: CompatAppPatchIn) -> dict[str, Any]:
    tenant_admin_of(request)
    app = selectors.compat_app_get(app_id=app_id)
    services.compat_app_update(app=app, changes=payload.dict(exclude_unset=True))
    return selectors.compat_app_out(selectors.compat_app_get(app_id=app_id))


@router.delete("/compat-v2/apps/{app_id}", response={204: None}, summary="Delete a 2.x app")
@audited("compat_v2.app.delete", target=APP)
def delete_compat_app(request: HttpRequest, app_id: int) -> Status:
    tenant_admin_of(request)
    services.compat_app_delete(app=selectors.compat_app_get(app_id=app_id))
    return Status(204, None)


@router.post(
    "/compat-v2/apps/{app_id}/token",
    response={201: CompatTokenOut},
    summary="Rotate a 2.x app's token (the new one is shown once)",
)
@audited("compat_v2.app.token.rotate", target=APP, outcome=secret_rotated)
def rotate_compat_app_token(request: HttpRequest, app_id: int) -> Status:
    tenant_admin_of(request)
    return Status(
        201, {"token": services.compat_app_token_rotate(app=selectors.compat_app_get(app_id=app_id))}
    )
