"""SCIM tokens (tenant admins only): create (the token is shown once), list, revoke. The SCIM
protocol itself is served at /scim/v2/ (integrations/scim/views.py)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Status

from core.access.permissions import tenant_admin_of
from core.audit.recording import Target, audited, schema_snapshot
from integrations.scim import services
from integrations.scim.models import ScimToken
from integrations.scim.schemas import ScimTokenCreatedOut, ScimTokenIn, ScimTokenOut

router = Router(tags=["directory-feeds"])
_snapshot = schema_snapshot(ScimTokenOut, lambda pk: services.scim_token_get(token_id=pk))
TOKEN = Target("scim_token", "token_id", _snapshot)
NEW_TOKEN = Target("scim_token", None, _snapshot)


@router.get("/directory-feeds/scim/tokens", response=list[ScimTokenOut], summary="List SCIM tokens")
def list_scim_tokens(request: HttpRequest) -> Any:
    tenant_admin_of(request)
    return ScimToken.objects.all()


@router.post(
    "/directory-feeds/scim/tokens",
    response={201: ScimTokenCreatedOut},
    summary="Create a SCIM token (shown once)",
)
@audited("scim_token.create", target=NEW_TOKEN)
def create_scim_token(request: HttpRequest, payload: ScimTokenIn) -> Status:
    principal = tenant_admin_of(request)
    token, issued = services.scim_token_create(name=payload.name, created_by=principal.label)
    endpoint = request.build_absolute_uri("/scim/v2")
    return Status(
        201, {**ScimTokenOut.from_orm(token).dict(), "token": issued.plaintext, "endpoint": endpoint}
    )


@router.post(
    "/directory-feeds/scim/tokens/{int:token_id}/revoke",
    response=ScimTokenOut,
    summary="Revoke a SCIM token (calls with it get 401 from now on)",
)
@audited("scim_token.revoke", target=TOKEN)
def revoke_scim_token(request: HttpRequest, token_id: int) -> ScimToken:
    tenant_admin_of(request)
    return services.scim_token_revoke(token=services.scim_token_get(token_id=token_id))
