"""Reads for webhooks and their deliveries."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from core.errors import NotFound
from core.pagination import Page, filtered_page
from integrations.common.references import TICKET_RELATED, by_ticket_ref
from integrations.webhooks.models import Webhook, WebhookDelivery
from integrations.webhooks.schemas import DeliveryListParams


def webhook_list() -> QuerySet[Webhook]:
    return Webhook.objects.order_by("pk")


def webhook_get(*, webhook_id: int) -> Webhook:
    webhook = Webhook.objects.filter(pk=webhook_id).first()
    if webhook is None:
        raise NotFound(_("No webhook with id %(webhook_id)s.") % {"webhook_id": webhook_id})
    return webhook


def delivery_list(*, query: DeliveryListParams) -> Page[WebhookDelivery]:
    """Newest first; without the payloads (the detail has them), with their ticket and workflow,
    in one query."""
    rows, rest = by_ticket_ref(WebhookDelivery.objects.defer("payload"), query)
    return filtered_page(rows, rest)


def delivery_get(*, delivery_id: int) -> WebhookDelivery:
    row = (
        WebhookDelivery.objects.select_related(*TICKET_RELATED)
        .prefetch_related("attempt_log")
        .filter(pk=delivery_id)
        .first()
    )
    if row is None:
        raise NotFound(_("No webhook delivery with id %(delivery_id)s.") % {"delivery_id": delivery_id})
    return row
