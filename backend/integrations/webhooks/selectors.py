"""Reads for webhooks and their deliveries."""

from __future__ import annotations

from django.db.models import QuerySet

from core.errors import NotFound
from core.pagination import Page, paginate
from integrations.webhooks.models import Webhook, WebhookDelivery


def webhook_list() -> QuerySet[Webhook]:
    return Webhook.objects.order_by("pk")


def webhook_get(*, webhook_id: int) -> Webhook:
    webhook = Webhook.objects.filter(pk=webhook_id).first()
    if webhook is None:
        raise NotFound(f"No webhook with id {webhook_id}.")
    return webhook


def delivery_list(
    *,
    cursor: str | None,
    limit: int,
    webhook_id: int | None = None,
    status: str | None = None,
    ticket_id: int | None = None,
) -> Page[WebhookDelivery]:
    """Newest first; without the payloads (the detail has them), in one query."""
    rows = WebhookDelivery.objects.defer("payload")
    if webhook_id is not None:
        rows = rows.filter(webhook_id=webhook_id)
    if status is not None:
        rows = rows.filter(status=status)
    if ticket_id is not None:
        rows = rows.filter(ticket_id=ticket_id)
    return paginate(rows, ordering=["-id"], cursor=cursor, limit=limit)


def delivery_get(*, delivery_id: int) -> WebhookDelivery:
    row = WebhookDelivery.objects.prefetch_related("attempt_log").filter(pk=delivery_id).first()
    if row is None:
        raise NotFound(f"No webhook delivery with id {delivery_id}.")
    return row
