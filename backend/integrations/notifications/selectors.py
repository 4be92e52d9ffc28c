"""Reads for notification channels and notifications."""

from __future__ import annotations

from django.db.models import QuerySet

from core.pagination import Page, paginate
from integrations.notifications.models import Notification, NotificationChannel


def channel_list() -> QuerySet[NotificationChannel]:
    return NotificationChannel.objects.order_by("code")


def channel_codes_existing(*, codes: set[str]) -> frozenset[str]:
    """Which of `codes` name a channel (active or not): publishing checks a workflow's rules."""
    rows = NotificationChannel.objects.filter(code__in=codes).order_by()
    return frozenset(rows.values_list("code", flat=True))


def notification_page(
    *,
    cursor: str | None,
    limit: int,
    status: str | None = None,
    channel_id: int | None = None,
    ticket_id: int | None = None,
) -> Page[Notification]:
    queryset = Notification.objects.select_related("channel", "event", "ticket")
    if status is not None:
        queryset = queryset.filter(status=status)
    if channel_id is not None:
        queryset = queryset.filter(channel_id=channel_id)
    if ticket_id is not None:
        queryset = queryset.filter(ticket_id=ticket_id)
    return paginate(queryset, ordering=["-id"], cursor=cursor, limit=limit)
