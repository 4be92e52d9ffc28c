"""Reads of the inbox: a person's page of notifications, the unread count, their preferences, and
which people a channel may reach for a kind of event."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import QuerySet

from core.access.models import User
from core.pagination import Page, paginate
from integrations.inbox.models import Channel, InboxItem, InboxKind, NotificationPreference

KINDS = [kind.value for kind in InboxKind]
CHANNELS = [channel.value for channel in Channel]


def inbox_page(*, user: User, unread: bool, cursor: str | None, limit: int) -> Page[InboxItem]:
    """One page of the person's notifications, newest first (each with its ticket and actor: no N+1)."""
    rows: QuerySet[InboxItem] = InboxItem.objects.filter(user=user).select_related("ticket", "actor")
    if unread:
        rows = rows.filter(read_at__isnull=True)
    return paginate(rows, ordering=["-id"], cursor=cursor, limit=limit)


def unread_count(*, user: User) -> int:
    """How many unread notifications the person has (an index-only count of unread rows)."""
    return InboxItem.objects.filter(user=user, read_at__isnull=True).count()


def preferences(*, user: User) -> NotificationPreference:
    """The person's preferences (unsaved defaults when they never chose: every channel, no digest)."""
    found = NotificationPreference.objects.filter(user=user).first()
    return found if found is not None else NotificationPreference(user=user)


def channel_matrix(preference: NotificationPreference) -> dict[str, list[str]]:
    """Every kind with the channels it reaches, in a stable order."""
    return {kind: [channel for channel in CHANNELS if preference.allows(kind, channel)] for kind in KINDS}


def reachable(user_ids: Iterable[int], *, kind: str, channel: str) -> set[int]:
    """Of these people, those whose preferences let `kind` reach them on `channel` (one query).
    Email is also withheld from those who take the daily digest instead."""
    ids = set(user_ids)
    if not ids:
        return set()
    for preference in NotificationPreference.objects.filter(user_id__in=ids):
        digest_instead = channel == Channel.EMAIL and preference.digest
        if digest_instead or not preference.allows(kind, channel):
            ids.discard(preference.user_id)
    return ids
