"""A new tenant's getting-started checklist, computed from the tenant's own data: people beyond the
admins (or a directory sync ran), a workflow, an app token, a webhook. One query."""

from __future__ import annotations

from typing import Any

from django.db import connection

from core.access.models import AppToken, User
from core.directory.models import DirectorySyncRun
from engine.workflows.models import Workflow
from integrations.getting_started.models import ChecklistDismissal
from integrations.webhooks.models import Webhook

# key, the page that does it (the SPA's address).
ITEMS = (
    ("directory", "/directory/users"),
    ("workflow", "/workflows/templates"),
    ("app_token", "/integrations/apps"),
    ("webhook", "/integrations/webhooks"),
)

_FLAGS = f"""
SELECT EXISTS (SELECT 1 FROM {User._meta.db_table} WHERE is_active AND NOT is_tenant_admin)
       OR EXISTS (SELECT 1 FROM {DirectorySyncRun._meta.db_table}),
       EXISTS (SELECT 1 FROM {Workflow._meta.db_table}),
       EXISTS (SELECT 1 FROM {AppToken._meta.db_table}),
       EXISTS (SELECT 1 FROM {Webhook._meta.db_table}),
       EXISTS (SELECT 1 FROM {ChecklistDismissal._meta.db_table})
"""  # noqa: S608 - our own table names, no values


def checklist() -> dict[str, Any]:
    """Each item with `done` and the page that does it; `complete` when all are done; `dismissed`
    when an admin put the checklist away."""
    with connection.cursor() as cursor:
        cursor.execute(_FLAGS)
        directory, workflow, app_token, webhook, dismissed = cursor.fetchone()
    done = {"directory": directory, "workflow": workflow, "app_token": app_token, "webhook": webhook}
    return {
        "items": [{"key": key, "done": bool(done[key]), "link": link} for key, link in ITEMS],
        "complete": all(done.values()),
        "dismissed": bool(dismissed),
    }
