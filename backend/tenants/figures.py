"""A tenant's figures (tickets by status, outbox backlog, unfinished jobs, people, workflows, stored
bytes), read from its schema (one statement) and kept in the public table `tenant_figures`.

Readers that need every tenant (`/metrics`, the platform's tenant list) read that one table, so their
cost does not grow with a query per tenant schema. The scheduler keeps it current
(`integrations.scheduler`): after a visit to a tenant that had work (a wake-up: tickets changed, jobs
sent, people or workflows added), at most once per TENANT_FIGURES_SECONDS, and once an hour for every
tenant with its housekeeping, the safety net for changes that woke nothing. Only `figures_refresh`
writes; readers take the row as it is (its `read_at` says how old it is).
"""

from __future__ import annotations

import functools
from datetime import datetime

from django.apps import apps
from django.conf import settings
from django.db import connection
from django.utils import timezone

from core.prepared import run_prepared
from core.tenancy import current_schema
from tenants.models import Tenant, TenantFigures

# Background job models, by the `kind` label they are reported under.
JOB_MODELS = {
    "webhook": "integrations.WebhookDelivery",
    "notification": "integrations.Notification",
    "hook": "integrations.HookCall",
    "script": "integrations.ScriptRun",
}
_FINISHED = "succeeded"  # succeeded jobs only accumulate; the other states are worth watching


def _table(label: str) -> str:
    return connection.ops.quote_name(apps.get_model(label)._meta.db_table)


def _by_status(label: str, where: str = "TRUE") -> str:
    """{status: count} as jsonb, NULL when there are no rows."""
    return (
        "(SELECT jsonb_object_agg(status, n) FROM "
        f"(SELECT status, count(*) AS n FROM {_table(label)} WHERE {where} GROUP BY status) AS counted)"
    )


@functools.cache
def _refresh_sql() -> str:
    """One statement: read the current schema's figures and upsert them into the public table (one
    round trip; table names come from the models, quoted)."""
    outbox, jobs = _table("engine.OutboxEvent"), []
    for kind, label in JOB_MODELS.items():
        jobs += [f"'{kind}'", _by_status(label, f"status <> '{_FINISHED}'")]
    pending = f"FROM {outbox} WHERE processed_at IS NULL"
    return f"""
        INSERT INTO public.{TenantFigures._meta.db_table}
            (tenant_id, tickets, outbox_backlog, outbox_oldest_at, jobs, people, workflows,
             attachment_bytes, read_at)
        SELECT tenant.id,
            coalesce({_by_status("engine.Ticket")}, '{{}}'),
            (SELECT count(*) {pending}),
            (SELECT min(created_at) {pending}),
            jsonb_strip_nulls(jsonb_build_object({", ".join(jobs)})),
            (SELECT count(*) FROM {_table(settings.AUTH_USER_MODEL)} WHERE is_active),
            (SELECT count(*) FROM {_table("engine.Workflow")}),
            (SELECT coalesce(sum(size), 0) FROM {_table("engine.Attachment")}),
            %(read_at)s
        FROM public.{Tenant._meta.db_table} AS tenant WHERE tenant.schema_name = %(schema)s
        ON CONFLICT (tenant_id) DO UPDATE SET
            tickets = EXCLUDED.tickets, outbox_backlog = EXCLUDED.outbox_backlog,
            outbox_oldest_at = EXCLUDED.outbox_oldest_at, jobs = EXCLUDED.jobs, people = EXCLUDED.people,
            workflows = EXCLUDED.workflows, attachment_bytes = EXCLUDED.attachment_bytes,
            read_at = EXCLUDED.read_at
    """


_TYPES = {"read_at": "timestamptz", "schema": "text"}


def figures_refresh(*, now: datetime | None = None) -> datetime:
    """Read the current tenant's figures and store them (one statement); when they were read."""
    read_at = now or timezone.now()
    # Prepared per tenant and connection (`core.prepared`): planning the dozen counts cost four
    # times what running them did.
    run_prepared(_refresh_sql(), {"read_at": read_at, "schema": current_schema()}, _TYPES)
    return read_at


def figures_read_times() -> dict[str, datetime]:
    """When each tenant's figures were last read, by schema (the scheduler's memory after a start)."""
    return dict(TenantFigures.objects.values_list("tenant__schema_name", "read_at"))
