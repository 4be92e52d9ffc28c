"""Webhooks, their deliveries, and the tenant's integration settings (tenant admins only).

Secrets are shown once: the webhook's when it is created or rotated, the tenant's (which signs
workflow-document webhooks and hook calls) when it is rotated. They are never read back.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Status

from core.access.auth import principal_of
from core.access.permissions import require_tenant_admin
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


def _admin(request: HttpRequest) -> None:
    require_tenant_admin(principal_of(request))


def _webhook_out(webhook: Webhook) -> dict[str, Any]:
    return {
        "id": webhook.pk,
        "name": webhook.name,
        "url": webhook.url,
        "events": list(webhook.events),
        "workflow_id": webhook.workflow_id,
        "is_active": webhook.is_active,
        "created_at": webhook.created_at,
        "updated_at": webhook.updated_at,
    }


def _delivery_out(row: WebhookDelivery) -> dict[str, Any]:
    return {
        "id": row.pk,
        "key": str(row.key),
        "webhook_id": row.webhook_id,
        "event_id": row.event_id,
        "ticket_id": row.ticket_id,
        "event": row.event_name,
        "url": row.url,
        "status": row.status,
        "attempts": row.attempts,
        "last_status_code": row.last_status_code,
        "last_error": row.last_error,
        "next_attempt_at": row.next_attempt_at,
        "created_at": row.created_at,
        "finished_at": row.finished_at,
    }


def _delivery_detail(row: WebhookDelivery) -> dict[str, Any]:
    return {**_delivery_out(row), "payload": row.payload, "attempt_log": list(row.attempt_log.all())}


# ---- deliveries (declared before /webhooks/{id}: ninja serves a path from its first router) -------


@router.get(
    "/webhooks/deliveries", response=DeliveryPageOut, summary="List webhook deliveries (newest first)"
)
def list_deliveries(request: HttpRequest, params: Query[DeliveryListParams]) -> dict[str, Any]:
    _admin(request)
    page = webhook_selectors.delivery_list(
        cursor=params.cursor,
        limit=params.limit,
        webhook_id=params.webhook_id,
        status=params.status,
        ticket_id=params.ticket_id,
    )
    return {"items": [_delivery_out(row) for row in page.items], "next_cursor": page.next_cursor}


@router.get(
    "/webhooks/deliveries/{int:delivery_id}",
    response=DeliveryDetailOut,
    summary="Get a delivery with its payload and attempts",
)
def get_delivery(request: HttpRequest, delivery_id: int) -> dict[str, Any]:
    _admin(request)
    return _delivery_detail(webhook_selectors.delivery_get(delivery_id=delivery_id))


@router.post(
    "/webhooks/deliveries/{int:delivery_id}/redeliver",
    response={202: DeliveryOut},
    summary="Send a delivery again (same key and payload, a fresh retry budget)",
)
def redeliver(request: HttpRequest, delivery_id: int) -> Status:
    _admin(request)
    row = webhook_services.redeliver(webhook_selectors.delivery_get(delivery_id=delivery_id))
    return Status(202, _delivery_out(row))


# ---- webhooks -----------------------------------------------------------------------------------


@router.get("/webhooks", response=list[WebhookOut], summary="List webhooks")
def list_webhooks(request: HttpRequest) -> list[dict[str, Any]]:
    _admin(request)
    return [_webhook_out(webhook) for webhook in webhook_selectors.webhook_list()]


@router.post(
    "/webhooks", response={201: WebhookCreatedOut}, summary="Create a webhook (its secret is shown once)"
)
def create_webhook(request: HttpRequest, payload: WebhookIn) -> Status:
    _admin(request)
    webhook, secret = webhook_services.webhook_create(**payload.dict())
    return Status(201, {**_webhook_out(webhook), "secret": secret})


@router.get("/webhooks/{int:webhook_id}", response=WebhookOut, summary="Get a webhook")
def get_webhook(request: HttpRequest, webhook_id: int) -> dict[str, Any]:
    _admin(request)
    return _webhook_out(webhook_selectors.webhook_get(webhook_id=webhook_id))


@router.patch("/webhooks/{int:webhook_id}", response=WebhookOut, summary="Change a webhook")
def patch_webhook(request: HttpRequest, webhook_id: int, payload: WebhookPatchIn) -> dict[str, Any]:
    _admin(request)
    webhook = webhook_services.webhook_update(
        webhook=webhook_selectors.webhook_get(webhook_id=webhook_id), changes=payload.dict(exclude_unset=True)
    )
    return _webhook_out(webhook)


@router.delete(
    "/webhooks/{int:webhook_id}", response={204: None}, summary="Delete a webhook and its deliveries"
)
def delete_webhook(request: HttpRequest, webhook_id: int) -> Status:
    _admin(request)
    webhook_services.webhook_delete(webhook=webhook_selectors.webhook_get(webhook_id=webhook_id))
    return Status(204, None)


@router.post(
    "/webhooks/{int:webhook_id}/rotate-secret",
    response=WebhookSecretOut,
    summary="Replace the webhook's signing secret (the new one is shown once)",
)
def rotate_webhook_secret(request: HttpRequest, webhook_id: int) -> dict[str, str]:
    _admin(request)
    return {
        "secret": webhook_services.webhook_rotate_secret(
            webhook=webhook_selectors.webhook_get(webhook_id=webhook_id)
        )
    }


# ---- integration settings -------------------------------------------------------------------------


@router.get("/integrations/settings", response=IntegrationSettingsOut, summary="Get the outbound allow-list")
def get_settings(request: HttpRequest) -> dict[str, Any]:
    _admin(request)
    return {"allow_list": settings_store.allow_list()}


@router.put(
    "/integrations/settings", response=IntegrationSettingsOut, summary="Replace the outbound allow-list"
)
def put_settings(request: HttpRequest, payload: IntegrationSettingsIn) -> dict[str, Any]:
    _admin(request)
    return {"allow_list": settings_store.set_allow_list(payload.allow_list)}


@router.post(
    "/integrations/settings/rotate-secret",
    response=SettingsSecretOut,
    summary="Replace the tenant's signing secret (the new one is shown once)",
)
def rotate_settings_secret(request: HttpRequest) -> dict[str, str]:
    _admin(request)
    return {"secret": settings_store.rotate_signing_secret()}
