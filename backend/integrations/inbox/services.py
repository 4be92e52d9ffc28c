"""Writes of the inbox: mark one or all notifications read, save the person's preferences, and
delete notifications read long ago (retention)."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from core.access.models import User
from core.errors import NotFound
from integrations.inbox.models import InboxItem, NotificationPreference


def inbox_mark_read(*, user: User, item_id: int) -> InboxItem:
    """Mark one of the person's notifications read (again: no change); 404 for anyone else's."""
    item = InboxItem.objects.filter(user=user, pk=item_id).select_related("ticket", "actor").first()
    if item is None:
        raise NotFound(gettext("No notification with id %(item_id)s.") % {"item_id": item_id})
    if item.read_at is None:
        item.read_at = timezone.now()
        item.save(update_fields=["read_at"])
    return item


def inbox_mark_all_read(*, user: User) -> int:
    """Mark every unread notification of the person read (one statement); how many were unread."""
    return InboxItem.objects.filter(user=user, read_at__isnull=True).update(read_at=timezone.now())


@transaction.atomic
def preferences_save(*, user: User, channels: dict[str, list[str]], digest: bool) -> NotificationPreference:
    """Replace the person's choices: the channels each kind reaches (kinds left out keep every
    channel) and the daily digest switch."""
    preference, _ = NotificationPreference.objects.select_for_update().get_or_create(user=user)
    preference.channels = {kind: sorted(set(chosen)) for kind, chosen in channels.items()}
    preference.digest = digest
    preference.save(update_fields=["channels", "digest", "updated_at"])
    return preference


def inbox_sweep_read(*, now: datetime | None = None, batch: int = 500, batches: int = 10) -> int:
    """Delete notifications read more than INBOX_READ_RETENTION_DAYS ago (current tenant); unread
    ones stay however old. Small batches, each its own short statement found through the partial
    index `inbox_read_at`; at most `batches` a pass, the scheduler comes back for the rest."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.INBOX_READ_RETENTION_DAYS)
    deleted = 0
    for _ in range(batches):
        ids = list(
            InboxItem.objects.filter(read_at__isnull=False, read_at__lt=cutoff)
            .order_by("read_at")
            .values_list("pk", flat=True)[:batch]
        )
        if ids:
            InboxItem.objects.filter(pk__in=ids).delete()
        deleted += len(ids)
        if len(ids) < batch:
            break
    return deleted
