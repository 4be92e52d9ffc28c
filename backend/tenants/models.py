"""Tenants (one per department of the company) and the host names that route to them.

These tables live in the public schema; everything else lives in each tenant's own schema.
"""

from __future__ import annotations

from django.db import models
from django_tenants.models import DomainMixin, TenantMixin


class Tenant(TenantMixin):
    class Status(models.TextChoices):
        ACTIVE = "active", "Active"
        SUSPENDED = "suspended", "Suspended"

    name = models.CharField(max_length=200)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.ACTIVE)
    # The migrated, empty schema new tenants are cloned from. Never routed to.
    is_template = models.BooleanField(default=False)
    max_users = models.PositiveIntegerField(null=True, blank=True, help_text="None means unlimited.")
    max_workflows = models.PositiveIntegerField(null=True, blank=True, help_text="None means unlimited.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    auto_create_schema = True
    auto_drop_schema = False

    class Meta:
        ordering = ["schema_name"]

    @property
    def key(self) -> str:
        return self.schema_name

    @property
    def is_suspended(self) -> bool:
        return self.status == self.Status.SUSPENDED


class Domain(DomainMixin):
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["domain"]
