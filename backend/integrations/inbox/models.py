"""A person's in-app notifications (the inbox) and their choice of which events reach them where."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from engine.tickets.models import OutboxEvent, Ticket


class InboxKind(models.TextChoices):
    TURN = "turn", _("Your turn")  # a ticket waits for you
    MOVED = "moved", _("Your ticket moved")  # a ticket you filed changed state, finished or was closed
    COMMENT = "comment", _("Comment")  # someone commented on a ticket you filed or handle
    MENTION = "mention", _("Mention")  # someone wrote @you in a comment
    CONSULT = "consult", _("Consultation")  # someone asked for your opinion
    SLA = "sla", _("SLA warning")  # a ticket waiting for you outran its SLA, or soon will


class Channel(models.TextChoices):
    IN_APP = "in_app", _("In-app")
    EMAIL = "email", _("Email")
    CHAT = "chat", _("Chat")


class InboxItem(models.Model):
    """One notification for one person, from one engine event (at most one per event and person)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=16, choices=InboxKind.choices)
    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="+")
    event = models.ForeignKey(OutboxEvent, null=True, on_delete=models.SET_NULL, related_name="+")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    state_name = models.CharField(max_length=200, blank=True)  # the state the event is about
    excerpt = models.CharField(max_length=300, blank=True)  # a comment's first words
    # An SLA warning's "due in ...": when the SLA runs out (null for everything else).
    due_at = models.DateTimeField(null=True, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        constraints = [models.UniqueConstraint(fields=["event", "user"], name="uniq_inbox_event_user")]
        indexes = [
            # The inbox page, newest first (keyset pagination on id).
            models.Index(fields=["user", "-id"], name="inbox_user_recent"),
            # The bell: unread count and the unread filter, an index over unread rows only.
            models.Index(fields=["user", "-id"], condition=Q(read_at__isnull=True), name="inbox_user_unread"),
            # Retention: the sweep finds rows read long ago (`inbox_sweep_read`).
            models.Index(fields=["read_at"], condition=Q(read_at__isnull=False), name="inbox_read_at"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id}:{self.kind}:{self.ticket_id}"


class NotificationPreference(models.Model):
    """A person's channels per kind of event (absent: every channel) and the daily digest switch.

    `channels` maps an InboxKind to the Channel values it reaches, e.g. `{"moved": ["in_app"]}`.
    With `digest` on, email arrives once a day as a digest instead of one mail per event.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    channels = models.JSONField(default=dict)
    digest = models.BooleanField(default=False)
    # The last digest sent (its time): the next one lists what came after it.
    digest_sent_at = models.DateTimeField(null=True, blank=True)
    digest_sent_on = models.DateField(null=True, blank=True)  # the tenant-local day, once per day
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["digest_sent_on"], condition=Q(digest=True), name="pref_digest_due")]

    def __str__(self) -> str:
        return f"preferences of {self.user_id}"

    def allows(self, kind: str, channel: str) -> bool:
        chosen = self.channels.get(kind)
        return True if chosen is None else channel in chosen
