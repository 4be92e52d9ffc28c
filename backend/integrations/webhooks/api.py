"""Webhooks, their deliveries, and the tenant's integration settings (tenant admins only).

Secrets are shown once: the webhook's when it is created or rotated, the tenant's (which signs
workflow-document webhooks and hook calls) when it is rotated. They are never read back.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Status

from core.access.permissions import tenant_admin_of
from core.audit.recording import Target, audited, schema_snapshot, secret_rotated
from integrations.common import settings as settings_store
from integrations.webhooks import selectors as webhook_selectors
from integrations.webhooks import services as webhook_services
from integrations.webhooks.models import Webhook, WebhookDelivery
from integrations.webhooks.schemas import (
    DeliveryDetailOut,
    DeliveryListParams,
    DeliveryOut,
    DeliveryPageOut,
    IntegrationSettingsIn,
    IntegrationSettingsOut,
    SettingsSecretOut,
    WebhookCreatedOut,
    WebhookIn,
    WebhookOut,
    WebhookPatchIn,
    WebhookSecretOut,
)

router = Router(tags=["integrations"])
_webhook_snapshot = schema_snapshot(WebhookOut, lambda pk: webhook_selectors.webhook_get(webhook_id=pk))
WEBHOOK = Target("webhook", "webhook_id", _webhook_snapshot)
NEW_WEBHOOK = Target("webhook", None, _webhook_snapshot)
DELIVERY = Target(
    "webhook.delivery",
    "delivery_id",
    schema_snapshot(DeliveryOut, lambda pk: webhook_selectors.delivery_get(delivery_id=pk)),
    label=lambda delivery: f"{delivery.get('event', '')} #{delivery.get('id', '')}".strip(),
)
SETTINGS = Target(
    "integration_settings",
    snapshot=lambda _: {"allow_list": settings_store.allow_list()},
    label=lambda _: "integration settings",
    fixed_id="settings",
)


# ---- deliveries (declared before /webhooks/{id}: ninja serves a path from its first router) -------


@router.get(
    "/webhooks/deliveries", response=DeliveryPageOut, summary="List webhook deliveries (newest first)"
)
def list_deliveries(request: HttpRequest, params: Query[DeliveryListParams]) -> dict[str, Any]:
    tenant_admin_of(request)
    page = webhook_selectors.delivery_list(query=params)
    return {"items": page.items, "next_cursor": page.next_cursor}


@router.get(
    "/webhooks/deliveries/{int:delivery_id}",
    response=DeliveryDetailOut,
    summary="Get a delivery with its payload and attempts",
)
def get_delivery(request: HttpRequest, delivery_id: int) -> WebhookDelivery:
    tenant_admin_of(request)
    return webhook_selectors.delivery_get(delivery_id=delivery_id)


@router.post(
    "/webhooks/deliveries/{int:delivery_id}/redeliver",
    response={202: DeliveryOut},
    summary="Send a delivery again (same key and payload, a fresh retry budget)",
)
@audited("webhook.redeliver", target=DELIVERY)
def redeliver(request: HttpRequest, delivery_id: int) -> Status:
    tenant_admin_of(request)
    return Status(202, webhook_services.redeliver(webhook_selectors.delivery_get(delivery_id=delivery_id)))


# ---- webhooks -----------------------------------------------------------------------------------


@router.get("/webhooks", response=list[WebhookOut], summary="List webhooks")
def list_webhooks(request: HttpRequest) -> Any:
    tenant_admin_of(request)
    return webhook_selectors.webhook_list()


@router.post(
    "/webhooks", response={201: WebhookCreatedOut}, summary="Create a webhook (its secret is shown once)"
)
@audited("webhook.create", target=NEW_WEBHOOK)
def create_webhook(request: HttpRequest, payload: WebhookIn) -> Status:
    tenant_admin_of(request)
    webhook, secret = webhook_services.webhook_create(**payload.dict())
    return Status(201, {**WebhookOut.from_orm(webhook).dict(), "secret": secret})


@router.get("/webhooks/{int:webhook_id}", response=WebhookOut, summary="Get a webhook")
def get_webhook(request: HttpRequest, webhook_id: int) -> Webhook:
    tenant_admin_of(request)
    return webhook_selectors.webhook_get(webhook_id=webhook_id)


@router.patch("/webhooks/{int:webhook_id}", response=WebhookOut, summary="Change a webhook")
@audited("webhook.update", target=WEBHOOK)
def patch_webhook(request: HttpRequest, webhook_id: int, payload: WebhookPatchIn) -> Webhook:
    tenant_admin_of(request)
    return webhook_services.webhook_update(
        webhook=webhook_selectors.webhook_get(webhook_id=webhook_id), changes=payload.dict(exclude_unset=True)
    )


@router.delete(
    "/webhooks/{int:webhook_id}", response={204: None}, summary="Delete a webhook and its deliveries"
)
@audited("webhook.delete", target=WEBHOOK)
def delete_webhook(request: HttpRequest, webhook_id: int) -> Status:
    tenant_admin_of(request)
    webhook_services.webhook_delete(webhook=webhook_selectors.webhook_get(webhook_id=webhook_id))
    return Status(204, None)


@router.post(
    "/webhooks/{int:webhook_id}/rotate-secret",
    response=WebhookSecretOut,
    summary="Replace the webhook's signing secret (the new one is shown once)",
)
@audited("webhook.secret.rotate", target=WEBHOOK, outcome=secret_rotated)
def rotate_webhook_secret(request: HttpRequest, webhook_id: int) -> dict[str, str]:
    tenant_admin_of(request)
    return {
        "secret": webhook_services.webhook_rotate_secret(
            webhook=webhook_selectors.webhook_get(webhook_id=webhook_id)
        )
    }


# ---- integration settings -------------------------------------------------------------------------


@router.get("/integrations/settings", response=IntegrationSettingsOut, summary="Get the outbound allow-list")
def get_settings(request: HttpRequest) -> dict[str, Any]:
    tenant_admin_of(request)
    return {"allow_list": settings_store.allow_list()}


@router.put(
    "/integrations/settings", response=IntegrationSettingsOut, summary="Replace the outbound allow-list"
)
@audited("integration_settings.update", target=SETTINGS)
def put_settings(request: HttpRequest, payload: IntegrationSettingsIn) -> dict[str, Any]:
    tenant_admin_of(request)
    return {"allow_list": settings_store.set_allow_list(payload.allow_list)}


@router.post(
    "/integrations/settings/rotate-secret",
    response=SettingsSecretOut,
    summary="Replace the tenant's signing secret (the new one is shown once)",
)
@audited("integration_settings.secret.rotate", target=SETTINGS, outcome=secret_rotated)
def rotate_settings_secret(request: HttpRequest) -> dict[str, str]:
    tenant_admin_of(request)
    return {"secret": settings_store.rotate_signing_secret()}
