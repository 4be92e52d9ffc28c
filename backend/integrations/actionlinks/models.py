"""Action links: signed, single-use, expiring links in approval emails and chat messages that let
one person approve or reject one visit of a ticket without opening the console."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from engine.tickets.models import Ticket


class ActionLink(models.Model):
    """One link for one person, ticket visit and transition. Only the SHA-256 of the link's secret
    part is stored; the link itself exists only in the message that carried it."""

    digest = models.CharField(max_length=64, unique=True)  # hex SHA-256 of the token's nonce
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="+")
    state_entry = models.PositiveIntegerField()  # the visit it acts on: any later visit makes it stale
    branch = models.CharField(max_length=300, blank=True)  # the branch key ("": the ticket's own path)
    transition = models.CharField(max_length=64)
    # A link in a group chat can be read by others: it only works in its person's own session.
    requires_session = models.BooleanField(default=False)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        # Using one link spends its siblings (the other decision for the same visit).
        indexes = [
            models.Index(fields=["ticket", "user", "state_entry"], name="actionlink_visit"),
            # Retention: the sweep finds links expired or used long ago (`action_links_sweep`).
            models.Index(fields=["expires_at"], name="actionlink_expires"),
            models.Index(fields=["used_at"], condition=Q(used_at__isnull=False), name="actionlink_used"),
        ]

    def __str__(self) -> str:
        return f"{self.ticket_id}:{self.user_id}:{self.transition}"
