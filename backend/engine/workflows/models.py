"""Workflows and their immutable published versions."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q


class Workflow(models.Model):
    """A kind of ticket (leave request, permission request…). Its behaviour lives in versions."""

    key = models.CharField(max_length=64, unique=True)
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    category = models.CharField(max_length=100, blank=True, db_index=True)
    # Workflow admins may change this workflow (tenant admins may change every workflow).
    admins = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="administered_workflows"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["key"]

    def __str__(self) -> str:
        return self.key


class WorkflowVersion(models.Model):
    """One version of a workflow's definition document.

    There is always exactly one draft per workflow (edited in place, guarded by `revision`).
    Publishing freezes it (status `published`, never changed again), archives the previously
    published version, and opens the next draft as a copy. Tickets pin the version they start in.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"
        ARCHIVED = "archived", "Archived"

    workflow = models.ForeignKey(Workflow, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    document = models.JSONField()
    # Bumped on every draft save: the draft's ETag is "<number>.<revision>".
    revision = models.PositiveIntegerField(default=1)
    comment = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["workflow_id", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["workflow", "number"], name="uniq_workflow_version_number"),
            models.UniqueConstraint(
                fields=["workflow"], condition=Q(status="draft"), name="one_draft_per_workflow"
            ),
            models.UniqueConstraint(
                fields=["workflow"], condition=Q(status="published"), name="one_published_per_workflow"
            ),
        ]
        indexes = [models.Index(fields=["workflow", "status"], name="workflow_version_status")]

    def __str__(self) -> str:
        return f"{self.workflow_id} v{self.number} ({self.status})"

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Defence in depth: the services never rewrite a published document, and neither may anyone.
        if self.pk is not None and self.status != self.Status.DRAFT:
            stored = WorkflowVersion.objects.filter(pk=self.pk).values_list("status", "document").first()
            if stored is not None and stored[0] != self.Status.DRAFT and stored[1] != self.document:
                raise ValueError("A published workflow version is immutable.")
        super().save(*args, **kwargs)

    @property
    def etag(self) -> str:
        return f'"{self.number}.{self.revision}"'
