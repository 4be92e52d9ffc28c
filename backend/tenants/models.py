"""Tenants (one per department of the company) and the host names that route to them.

These tables live in the public schema; everything else lives in each tenant's own schema.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django_tenants.models import DomainMixin, TenantMixin
from django_tenants.postgresql_backend.base import is_valid_schema_name
from django_tenants.utils import get_creation_fakes_migrations, schema_exists

from core.tenancy import use_public_schema
from tenants.cloning import clone_schema


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
    max_attachment_bytes = models.PositiveBigIntegerField(
        null=True, blank=True, help_text="None means the ATTACHMENT_TENANT_BYTES setting."
    )
    # Set by the platform admin only: private networks this tenant's outbound calls (webhooks,
    # hooks, robots, SMTP) may reach ("10.20.0.0/16"). Metadata addresses stay closed regardless.
    outbound_private_ranges = models.JSONField(default=list, blank=True)
    # Where this tenant's links point ("https://it.example.com"); "" means PUBLIC_URL_SCHEME,
    # the primary domain and PUBLIC_PORT.
    public_base_url = models.CharField(max_length=300, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    auto_create_schema = True
    auto_drop_schema = False

    class Meta:
        ordering = ["schema_name"]

    def create_schema(
        self, check_if_exists: bool = False, sync_schema: bool = True, verbosity: int = 1
    ) -> Any:
        """Clone the template schema (tables, indexes, migration records) with `tenants.cloning`.

        django-tenants would follow its own clone with a faked `migrate_schemas` run; the cloned
        `django_migrations` rows already say everything is applied (the template is migrated
        with every tenant), so that run only costs time and is skipped here.
        """
        base = self.get_base_schema() if get_creation_fakes_migrations() else False
        if not (sync_schema and base and base != self.schema_name and schema_exists(base)):
            return super().create_schema(check_if_exists, sync_schema, verbosity)
        if not is_valid_schema_name(self.schema_name):  # what TenantMixin checks before CREATE SCHEMA
            raise ValidationError("Invalid string used for the schema name.")
        if check_if_exists and schema_exists(self.schema_name):
            return False
        clone_schema(source=str(base), target=self.schema_name)
        use_public_schema()
        return True

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


class WakeUp(models.Model):
    """A scheduler wake-up that could not reach Redis (`core.wakeups`): the tenant's schema and
    when it needs the scheduler (the earliest one kept). Almost always empty: the scheduler reads it
    every tick and moves its rows to Redis once Redis answers again."""

    schema_name = models.CharField(max_length=63, unique=True)
    due_at = models.DateTimeField()

    class Meta:
        db_table = "scheduler_wakeup"

    def __str__(self) -> str:
        return f"{self.schema_name}@{self.due_at:%Y-%m-%d %H:%M:%S}"


class TenantFigures(models.Model):
    """What a tenant holds, read from its schema by the scheduler (`tenants.figures`) when the tenant
    was busy and once an hour otherwise, so all-tenant readers (`/metrics`, the platform's tenant
    list) read one public table instead of visiting every schema."""

    tenant = models.OneToOneField(Tenant, on_delete=models.CASCADE, primary_key=True, related_name="figures")
    tickets = models.JSONField(default=dict)  # {status: count}
    outbox_backlog = models.PositiveIntegerField(default=0)
    outbox_oldest_at = models.DateTimeField(null=True)  # the oldest unprocessed event's creation
    jobs = models.JSONField(default=dict)  # {kind: {status: count}}, succeeded jobs left out
    people = models.PositiveIntegerField(default=0)  # active accounts (what max_users counts)
    workflows = models.PositiveIntegerField(default=0)  # what max_workflows counts
    attachment_bytes = models.PositiveBigIntegerField(default=0)
    read_at = models.DateTimeField(db_index=True)

    class Meta:
        db_table = "tenant_figures"

    def __str__(self) -> str:
        return f"figures of {self.tenant_id} at {self.read_at:%Y-%m-%d %H:%M:%S}"
