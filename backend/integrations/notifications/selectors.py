"""Reads for notification channels and notifications."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from core.pagination import Page, filtered_page
from core.secrets import decrypt_secret, sha256_hex
from integrations.common.references import by_ticket_ref
from integrations.notifications.models import Notification, NotificationChannel
from integrations.notifications.schemas import NotificationChannelOut, NotificationListParams


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


def _digest(ciphertext: str) -> str:
    """A stand-in for an encrypted secret that changes when the secret does ("" when none): Fernet
    encrypts the same text differently each time, so the ciphertexts cannot be compared."""
    if not ciphertext:
        return ""
    plaintext = decrypt_secret(ciphertext)
    return sha256_hex(plaintext if plaintext is not None else ciphertext)


def channel_audit_snapshot(channel_id: int) -> dict[str, Any] | None:
    """What the audit trail compares for a channel: what the API shows, with a robot's URL (shown
    masked, so two URLs look alike) and the SMTP password / robot secret as digests of their
    plaintext, so replacing either shows as a change. The trail writes both as "***" (`config.url`
    and `secret` are secret keys to `core.audit.redaction`): neither the URL, nor its ciphertext,
    nor a digest is ever stored."""
    channel = NotificationChannel.objects.filter(pk=channel_id).first()
    if channel is None:
        return None
    shown = NotificationChannelOut.model_validate(channel, from_attributes=True).model_dump(mode="json")
    if channel.url_encrypted:
        shown["config"] = {**shown["config"], "url": _digest(channel.url_encrypted)}
    shown["secret"] = _digest(channel.secret_encrypted)
    return shown
