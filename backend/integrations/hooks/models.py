"""Hook calls: a state whose participant is a URL calls it and waits for its signed answer."""

from __future__ import annotations

import uuid

from django.db import models

from engine.tickets.models import OutboxEvent, Ticket
from integrations.common.models import Job


class HookCall(Job):
    """The call to a state's hook participant for one visit of the state."""

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="hook_calls")
    event = models.ForeignKey(OutboxEvent, null=True, on_delete=models.SET_NULL, related_name="+")
    state_key = models.CharField(max_length=64)
    state_entry = models.PositiveIntegerField()
    url = models.CharField(max_length=2000)
    wait = models.BooleanField(default=False)
    returns_handlers = models.BooleanField(default=False)
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    last_status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    response_excerpt = models.CharField(max_length=1000, blank=True)

    class Meta:
        ordering = ["-id"]
        constraints = [
            models.UniqueConstraint(fields=["ticket", "state_entry"], name="uniq_hook_call_per_visit"),
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="hook_call_due")]

    def __str__(self) -> str:
        return f"{self.url} for {self.ticket_id}"
