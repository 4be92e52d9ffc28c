"""LDAP / Active Directory sources a tenant admin configures, and one row per sync run."""

from __future__ import annotations

from django.db import models

from core.model_bases import Timestamped


class LdapSource(Timestamped):
    """Where and how to read people, departments and groups from one directory server.

    The bind password is stored encrypted and never read back. `attributes` maps our fields
    (username, email, name, employee_id, phone) to the directory's attribute names; `role_map` maps a
    group (its DN or cn) to one of our role codes."""

    class DepartmentSource(models.TextChoices):
        OU = "ou", "The OU path of the entry's DN"
        ATTRIBUTE = "attribute", "An attribute of the entry"

    name = models.CharField(max_length=100, unique=True)
    server_url = models.CharField(max_length=500)
    start_tls = models.BooleanField(default=False)
    # PEM certificates of the CA that signed the server's (a company CA); empty: the system's CAs.
    ca_certificate = models.TextField(blank=True)
    bind_dn = models.CharField(max_length=500, blank=True)
    bind_password_encrypted = models.TextField(blank=True)
    user_base_dn = models.CharField(max_length=500)
    user_filter = models.CharField(max_length=1000, default="(objectClass=inetOrgPerson)")
    attributes = models.JSONField(default=dict)
    department_source = models.CharField(
        max_length=16, choices=DepartmentSource.choices, default=DepartmentSource.OU
    )
    department_attribute = models.CharField(max_length=100, blank=True)
    group_base_dn = models.CharField(max_length=500, blank=True)
    group_filter = models.CharField(max_length=1000, default="(objectClass=groupOfNames)")
    group_member_attribute = models.CharField(max_length=100, default="member")
    role_map = models.JSONField(default=dict)
    interval_minutes = models.PositiveIntegerField(default=60)
    enabled = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def feed(self) -> str:
        """The owner name its people carry (`FeedIdentity.feed`)."""
        return f"ldap:{self.pk}"


class LdapSyncRun(models.Model):
    """One sync of a source: queued, running, then succeeded (with the directory sync's summary) or
    failed (with why; nothing was changed)."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED = "failed", "Failed"

    class Trigger(models.TextChoices):
        MANUAL = "manual", "Sync now"
        SCHEDULE = "schedule", "Schedule"

    source = models.ForeignKey(LdapSource, on_delete=models.CASCADE, related_name="runs")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    trigger = models.CharField(max_length=16, choices=Trigger.choices, default=Trigger.MANUAL)
    requested_by = models.CharField(max_length=150, blank=True)
    summary = models.JSONField(default=dict, blank=True)
    # Entries left out (bad values), by DN: [{"dn": ..., "reason": ...}] (at most SKIPPED_KEPT).
    skipped = models.JSONField(default=list, blank=True)
    entries = models.PositiveIntegerField(default=0)
    error = models.CharField(max_length=2000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # When its worker message was last sent: a run still queued a job lease later is sent again (the
    # message may have been lost), since a queued run is what every later request is answered with.
    sent_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["source", "-created_at"], name="ldap_run_source")]

    def __str__(self) -> str:
        return f"ldap run {self.pk}"
