"""Notification channels (email, chat robots, webhook), the notifications sent through them, and
channel tests."""

from __future__ import annotations

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.model_bases import CatalogEntry
from engine.tickets.models import OutboxEvent, Ticket
from integrations.common.models import Job


class NotificationChannel(CatalogEntry):
    """Where notifications go: email (SMTP), a generic webhook, or a WeCom/DingTalk/Feishu/Slack robot."""

    class Kind(models.TextChoices):
        EMAIL = "email", _("Email (SMTP)")
        WEBHOOK = "webhook", _("Generic webhook")
        WECOM = "wecom", _("WeCom robot")
        DINGTALK = "dingtalk", _("DingTalk robot")
        FEISHU = "feishu", _("Feishu robot")
        SLACK = "slack", _("Slack incoming webhook")

    kind = models.CharField(max_length=16, choices=Kind.choices)
    config = models.JSONField(default=dict)  # everything but the secrets; a robot's url masked
    # A robot's URL carries its token (`?access_token=…`, `/hook/<token>`): stored encrypted, and
    # config["url"] holds only its masked form (core.secrets.mask_url).
    url_encrypted = models.TextField(blank=True)
    # SMTP password or robot signing secret.
    secret_encrypted = models.TextField(blank=True)
    # Default channels carry the built-in notifications (new handlers on state entry, the creator
    # when the ticket finishes, is rejected or closed) for workflows that configure none.
    is_default = models.BooleanField(default=False)


class Notification(Job):
    """One rendered message for one channel, from one notification rule and event."""

    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    event = models.ForeignKey(OutboxEvent, null=True, on_delete=models.SET_NULL, related_name="+")
    rule_index = models.PositiveSmallIntegerField()  # which of the document's notification rules
    channel = models.ForeignKey(NotificationChannel, on_delete=models.CASCADE, related_name="notifications")
    ticket = models.ForeignKey(Ticket, null=True, on_delete=models.SET_NULL, related_name="+")
    recipients = models.JSONField(default=list)  # usernames
    subject = models.CharField(max_length=500)
    body = models.TextField()
    # The language subject and body are written in (core.i18n): by email, one row per language of
    # the rule's recipients; a chat or webhook message is one row.
    language = models.CharField(max_length=8, blank=True, default="")

    class Meta:
        ordering = ["-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "rule_index", "language"], name="uniq_notification_per_rule_language"
            ),
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="notification_due")]

    def __str__(self) -> str:
        return f"{self.channel_id}: {self.subject}"


class ChannelTest(Job):
    """A test message an admin asked for: sent by the worker (never inside the API request, so a
    hanging remote cannot hold a web worker), and polled for its outcome. `last_error` holds the
    generic failure message; one attempt, no retries."""

    channel = models.ForeignKey(NotificationChannel, on_delete=models.CASCADE, related_name="tests")
    recipients = models.JSONField(default=list)  # usernames
    requested_by = models.CharField(max_length=150, blank=True)
    # The language of the request that asked for it: the worker writes the message and the outcome
    # in it, for the admin who polls ("": the site's default).
    language = models.CharField(max_length=8, blank=True, default="")

    class Meta:
        ordering = ["-id"]
        indexes = [models.Index(fields=["status", "created_at"], name="channel_test_open")]

    def __str__(self) -> str:
        return f"test of {self.channel_id}"
