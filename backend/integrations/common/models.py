"""What every integration area shares: the tenant's integration settings (signing secret,
outbound allow-list) and the abstract durable job (status, attempts, last error)."""

from __future__ import annotations

from django.db import models


class IntegrationSettings(models.Model):
    """One row per tenant: the secret that signs hook calls and document webhooks (and that
    callbacks are verified with), and the private targets outbound calls may reach."""

    signing_secret_encrypted = models.TextField()
    # CIDR networks ("10.0.0.0/8") or exact host names ("ci.internal").
    allow_list = models.JSONField(default=list)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return "integration settings"


class Job(models.Model):
    """What every background job row has: a status, attempts and the last error."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        RUNNING = "running", "Running"
        WAITING = "waiting", "Waiting"  # a hook waits for its callback
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED = "failed", "Failed"  # gave up (or not retryable); can be retried by hand

    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=2000, blank=True)
    # Its code and parameters (`core.stored_text`), rendered in the reader's language ("": a plain text).
    last_error_code = models.CharField(max_length=64, blank=True)
    last_error_params = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True


class FeedIdentity(models.Model):
    """Which directory feed owns a person (`ldap:<source id>` or `scim`), and their id there (an LDAP
    entry's DN, a SCIM client's externalId). A feed changes and deactivates only the people it owns;
    people without a row (local accounts, the break-glass admin) are no feed's."""

    user = models.OneToOneField("core.User", on_delete=models.CASCADE, related_name="feed_identity")
    feed = models.CharField(max_length=32)
    external_id = models.CharField(max_length=1000, blank=True)
    employee_id = models.CharField(max_length=100, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["feed"], name="feed_identity_feed")]

    def __str__(self) -> str:
        return f"{self.feed}:{self.user_id}"
