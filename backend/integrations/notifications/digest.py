"""The daily digest: for people who chose it, one email a day (from the tenant's default email
channel, after DIGEST_HOUR in the tenant's calendar time zone) listing what reached their inbox
since the last one, instead of one mail per event. The scheduler runs `send_due_digests` when the
tenant's digests fall due (`digests_due_at`); a person's digest is claimed under a row lock with its
day recorded in the same transaction as the mail's row, so two schedulers or a retry never send a
day's digest twice."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from core.i18n import language_of
from core.tenancy import current_schema
from engine.calendars.selectors import calendar_row
from integrations.common import jobs
from integrations.inbox.models import InboxItem, NotificationPreference
from integrations.notifications.links import DIGEST_RULE
from integrations.notifications.models import Notification, NotificationChannel
from integrations.notifications.rules import SUBJECT_CHARS
from integrations.notifications.tasks import send_notification
from tenants.selectors import tenant_public_base_url

DIGEST_HOUR = 8  # local time: digests go out at or after this hour
DIGEST_ITEMS = 50  # listed in one digest; more are counted
BATCH = 200  # people per scheduler tick


def _today(now: datetime) -> tuple[date, int]:
    row = calendar_row()
    zone = ZoneInfo(row.time_zone) if row is not None else ZoneInfo(settings.TIME_ZONE)
    local = now.astimezone(zone)
    return local.date(), local.hour


def digests_due_at(
    *, now: datetime, oldest_sent_on: date | None, has_channel: bool, time_zone: str | None
) -> datetime | None:
    """When `send_due_digests` next has work, from what the scheduler read of the tenant: the oldest
    `digest_sent_on` of the people with a digest (`date.min` for never, None for nobody), whether a
    default email channel is on, and the calendar's time zone. None: never, until that changes."""
    if oldest_sent_on is None or not has_channel:
        return None
    zone = ZoneInfo(time_zone or settings.TIME_ZONE)
    local = now.astimezone(zone)
    today = local.date()
    if oldest_sent_on < today:  # someone's digest of today is still to go
        return now if local.hour >= DIGEST_HOUR else datetime.combine(today, time(DIGEST_HOUR), zone)
    return datetime.combine(today + timedelta(days=1), time(DIGEST_HOUR), zone)


def _due(today: date) -> Q:
    return Q(digest=True) & (Q(digest_sent_on__isnull=True) | Q(digest_sent_on__lt=today))


def send_due_digests(*, now: datetime | None = None) -> int:
    """Queue today's digest for everyone due (in the current tenant); returns how many were queued."""
    now = now or timezone.now()
    today, hour = _today(now)
    if hour < DIGEST_HOUR:
        return 0
    channel = (
        NotificationChannel.objects.filter(
            kind=NotificationChannel.Kind.EMAIL, is_active=True, is_default=True
        )
        .order_by("pk")
        .first()
    )
    if channel is None:
        return 0
    due = list(NotificationPreference.objects.filter(_due(today)).values_list("user_id", flat=True)[:BATCH])
    return sum(_send_one(user_id, channel, today=today, now=now) for user_id in due)


def _line(item: InboxItem) -> str:
    who = f" ({item.actor.name})" if item.actor is not None else ""
    text = f": {item.excerpt}" if item.excerpt else ""
    if item.due_at is not None:  # an SLA warning: when the SLA runs out
        text = ": " + _("due at %(due)s UTC") % {"due": f"{item.due_at.astimezone(UTC):%Y-%m-%d %H:%M}"}
    return f"- [{item.ticket.serial}] {item.ticket.title} — {item.get_kind_display()}{who}{text}"


def _texts(listed: list[InboxItem], total: int, today: date) -> tuple[str, str]:
    """The digest's subject and body, in the active language."""
    lines = [_line(item) for item in listed]
    if total > len(listed):
        lines.append(_("… and %(count)s more.") % {"count": total - len(listed)})
    base = tenant_public_base_url(schema_name=current_schema())
    if base:
        lines.append("\n" + _("Your inbox: %(url)s") % {"url": f"{base}/inbox"})
    subject = _("Your Loonflow digest for %(day)s: %(count)s update(s)") % {
        "day": today.isoformat(),
        "count": total,
    }
    return subject, "\n".join(lines)


@transaction.atomic
def _send_one(user_id: int, channel: NotificationChannel, *, today: date, now: datetime) -> int:
    preference = (
        NotificationPreference.objects.select_for_update(skip_locked=True, of=("self",))
        .select_related("user")
        .filter(_due(today), user_id=user_id)
        .first()
    )
    if preference is None:  # another scheduler took it, or it was sent meanwhile
        return 0
    since = preference.digest_sent_at or now - timedelta(days=1)
    preference.digest_sent_on, preference.digest_sent_at = today, now
    preference.save(update_fields=["digest_sent_on", "digest_sent_at"])
    user = preference.user
    items = InboxItem.objects.filter(user_id=user_id, created_at__gt=since, created_at__lte=now)
    listed = list(items.select_related("ticket", "actor").order_by("-id")[:DIGEST_ITEMS])
    if not listed or not user.is_active or not user.email:
        return 0
    total = len(listed) if len(listed) < DIGEST_ITEMS else items.count()
    with language_of(user) as language:
        subject, body = _texts(listed, total, today)
    row = Notification.objects.create(
        event=None,
        rule_index=DIGEST_RULE,
        channel=channel,
        ticket=None,
        recipients=[user.username],
        subject=subject[:SUBJECT_CHARS],
        body=body,
        language=language,
        next_attempt_at=now,
    )
    transaction.on_commit(lambda: jobs.send_rows(send_notification, [row.pk], what="digest"))
    return 1
