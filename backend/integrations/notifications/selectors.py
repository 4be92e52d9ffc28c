"""Reads for notification channels and notifications."""

from __future__ import annotations

from django.db.models import QuerySet

from core.pagination import Page, filtered_page
from integrations.common.references import by_ticket_ref
from integrations.notifications.models import Notification, NotificationChannel
from integrations.notifications.schemas import NotificationListParams


def channel_list() -> QuerySet[NotificationChannel]:
    return NotificationChannel.objects.order_by("code")


def channel_codes_existing(*, codes: set[str]) -> frozenset[str]:
    """Which of `codes` name a channel (active or not): publishing checks a workflow's rules."""
    rows = NotificationChannel.objects.filter(code__in=codes).order_by()
    return frozenset(rows.values_list("code", flat=True))


def notification_page(*, query: NotificationListParams) -> Page[Notification]:
    """Newest first, with what the list shows of their channel, event and ticket (one query)."""
    rows, rest = by_ticket_ref(Notification.objects.select_related("channel", "event"), query)
    return filtered_page(rows, rest)
