"""Tenant scripts and their runs (one job per event and script)."""

from __future__ import annotations

from django.db import models

from core.model_bases import CatalogEntry
from engine.tickets.models import OutboxEvent, Ticket
from integrations.common.models import Job


class Script(CatalogEntry):
    """A tenant admin's Python script, attached to states or transitions by its code; it runs in
    the sandbox (`integrations.scripts.sandbox`), never in the API or worker process."""

    description = models.TextField(blank=True)
    source = models.TextField()


class ScriptRun(Job):
    script = models.ForeignKey(Script, on_delete=models.CASCADE, related_name="runs")
    event = models.ForeignKey(OutboxEvent, null=True, on_delete=models.SET_NULL, related_name="+")
    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="script_runs")
    state_key = models.CharField(max_length=64, blank=True)
    state_entry = models.PositiveIntegerField(default=0)
    outcome = models.CharField(max_length=16, blank=True)  # the sandbox's outcome
    result = models.JSONField(default=dict)  # fields and transition the script returned
    duration_ms = models.PositiveIntegerField(default=0)
    # The run of a state's script participant: its result moves the state's place on.
    robot = models.BooleanField(default=False)

    class Meta:
        ordering = ["-id"]
        constraints = [models.UniqueConstraint(fields=["event", "script"], name="uniq_script_run_per_event")]
        indexes = [
            models.Index(fields=["ticket", "-id"], name="script_run_ticket"),
            # The scheduler: a tenant's next lost or stalled run (`integrations.scheduler.due`).
            models.Index(fields=["status", "next_attempt_at"], name="script_run_due"),
        ]

    def __str__(self) -> str:
        return f"{self.script_id} on {self.ticket_id}"
