"""Django's model registry of the `core` app: the kernel's own table (idempotency records)
and, imported so Django finds them, the models of the access, audit and directory areas."""

from __future__ import annotations

from django.db import models

# Django looks for an app's models in `<app>.models`: the areas' models are imported here so the
# registry (and migrations, which keep the `core` label) find them.
from core.access.models import App, AppGrant, AppToken, User
from core.audit.models import AuditRecord
from core.directory.models import Department, DepartmentMembership, DirectorySyncRun, Role, RoleMembership


class IdempotencyRecord(models.Model):
    """The first answer to a POST sent with an `Idempotency-Key`, replayed for retries of it."""

    scope = models.CharField(max_length=64)  # a fingerprint of the caller's credentials
    key = models.CharField(max_length=255)
    request_hash = models.CharField(max_length=64)
    status_code = models.PositiveSmallIntegerField(null=True)  # null while the first request runs
    body = models.BinaryField(default=b"")
    content_type = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["scope", "key"], name="uniq_idempotency_key")]
        indexes = [models.Index(fields=["created_at"], name="idempotency_created")]

    def __str__(self) -> str:
        return f"{self.scope}:{self.key}"


__all__ = [
    "App",
    "AppGrant",
    "AppToken",
    "AuditRecord",
    "Department",
    "DepartmentMembership",
    "DirectorySyncRun",
    "IdempotencyRecord",
    "Role",
    "RoleMembership",
    "User",
]
