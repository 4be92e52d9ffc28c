"""The audit trail: one append-only row per configuration change, chained by hashes.

The table exists in the public schema (the platform's trail: tenants, domains, platform logins) and
in every tenant schema (that tenant's trail). A database trigger (migration `core.0003`) refuses
UPDATE, DELETE and TRUNCATE on it; `hash` chains each row to the one before, so a row changed or
removed with the trigger bypassed breaks the chain that `audit_verify` walks.
"""

from __future__ import annotations

from django.db import models


class AuditRecord(models.Model):
    """Who changed what, when, from where: before → after, only the changed keys, secrets redacted."""

    class ActorKind(models.TextChoices):
        PERSON = "person", "A person (session)"
        APP = "app", "An app (bearer token), maybe acting for a person"
        SYSTEM = "system", "The system (a management command, the scheduler)"
        ANONYMOUS = "anonymous", "Nobody signed in (e.g. a signed callback)"

    at = models.DateTimeField()
    actor_kind = models.CharField(max_length=16, choices=ActorKind.choices)
    actor_user_id = models.BigIntegerField(null=True)  # the person (or the person an app acts for)
    actor_name = models.CharField(max_length=150, blank=True)  # username, or the app's name
    app_name = models.CharField(max_length=100, blank=True)
    acting_for = models.CharField(max_length=150, blank=True)  # username an app acted for
    address = models.CharField(max_length=64, blank=True)  # client IP (TRUSTED_PROXIES aware)
    action = models.CharField(max_length=64)  # a stable code: "role.update", "tenant.suspend"
    target_type = models.CharField(max_length=40, blank=True)
    target_id = models.CharField(max_length=64, blank=True)
    target_label = models.CharField(max_length=200, blank=True)
    before = models.JSONField(null=True)
    after = models.JSONField(null=True)
    request_id = models.CharField(max_length=64, blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    class Meta:
        indexes = [
            models.Index(fields=["at", "id"], name="audit_at"),
            models.Index(fields=["action"], name="audit_action", opclasses=["varchar_pattern_ops"]),
            models.Index(fields=["actor_name", "id"], name="audit_actor"),
            models.Index(fields=["acting_for", "id"], name="audit_acting_for"),
            models.Index(fields=["target_type", "target_id", "id"], name="audit_target"),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.actor_name or self.actor_kind} {self.action}"
