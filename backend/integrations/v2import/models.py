"""What a Loonflow 2.x import remembers in the tenant: each run (progress, report, who and from
where) and the map from the source's ids to ours, which makes re-running and resuming safe."""

from __future__ import annotations

from django.db import models


class V2ImportRun(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED = "failed", "Failed"

    # The source URL without its password (what is shown and audited).
    source = models.CharField(max_length=500)
    # The full URL (it may hold a password), encrypted, only until the run ends.
    source_encrypted = models.TextField(blank=True)
    dry_run = models.BooleanField(default=False)
    only = models.JSONField(default=list)
    started_by = models.CharField(max_length=150)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    progress = models.JSONField(default=dict)
    report = models.JSONField(default=dict)
    error = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"v2 import {self.pk} ({self.status})"


class V2ImportMapping(models.Model):
    """One source object (kind + its id in the 2.x database) and what it became here."""

    kind = models.CharField(max_length=32)  # user, department, role, workflow, ticket
    source_id = models.CharField(max_length=64)
    target_id = models.BigIntegerField(null=True, blank=True)
    target_key = models.CharField(max_length=300, blank=True)
    # The 2.x ticket's serial (sn) when ours differs, or another reference worth keeping.
    external_ref = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "source_id"], name="uniq_v2import_source")]
        indexes = [models.Index(fields=["kind", "target_id"], name="v2import_target")]

    def __str__(self) -> str:
        return f"{self.kind}:{self.source_id}->{self.target_id or self.target_key}"
