"""A tenant's figures (tickets by status, outbox backlog, unfinished jobs, people, workflows, stored
bytes), read from its schema and kept in the public table `tenant_figures`.

Readers that need every tenant (`/metrics`, the platform's tenant list) read that one table, so their
cost does not grow with a query per tenant schema. The scheduler keeps it current
(`integrations.scheduler`): after a visit to a tenant that had work (a wake-up: tickets changed, jobs
sent, people or workflows added), at most once per TENANT_FIGURES_SECONDS, and once an hour for every
tenant with its housekeeping, the safety net for changes that woke nothing. Only `figures_refresh`
writes; readers take the row as it is (its `read_at` says how old it is).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.apps import apps
from django.db.models import Count, Min, Sum
from django.utils import timezone

from core.access.models import User
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


def _counts_by_status(model: Any, **exclude: Any) -> dict[str, int]:
    rows = model.objects.exclude(**exclude).values_list("status").annotate(n=Count("pk")).order_by()
    return {str(status): int(n) for status, n in rows}


def figures_read() -> dict[str, Any]:
    """The current tenant's figures, read from its schema (seven small queries, each on an index or a
    small table; the ticket count by status scans the tickets' status index)."""
    outbox = (
        apps.get_model("engine", "OutboxEvent")
        .objects.filter(processed_at__isnull=True)
        .aggregate(n=Count("pk"), oldest=Min("created_at"))
    )
    stored = apps.get_model("engine", "Attachment").objects.aggregate(total=Sum("size"))["total"]
    return {
        "tickets": _counts_by_status(apps.get_model("engine", "Ticket")),
        "outbox_backlog": int(outbox["n"] or 0),
        "outbox_oldest_at": outbox["oldest"],
        "jobs": {
            kind: counts
            for kind, label in JOB_MODELS.items()
            if (counts := _counts_by_status(apps.get_model(label), status=_FINISHED))
        },
        "people": User.objects.filter(is_active=True).count(),
        "workflows": apps.get_model("engine", "Workflow").objects.count(),
        "attachment_bytes": int(stored or 0),
    }


def figures_refresh(*, now: datetime | None = None) -> datetime:
    """Read the current tenant's figures and store them; when they were read."""
    read_at = now or timezone.now()
    values = figures_read()
    tenant_id = Tenant.objects.filter(schema_name=current_schema()).values_list("pk", flat=True).first()
    if tenant_id is not None:
        TenantFigures.objects.update_or_create(tenant_id=tenant_id, defaults={**values, "read_at": read_at})
    return read_at


def figures_read_times() -> dict[str, datetime]:
    """When each tenant's figures were last read, by schema (the scheduler's memory after a start)."""
    return dict(TenantFigures.objects.values_list("tenant__schema_name", "read_at"))
