"""Put the getting-started checklist away, or bring it back (for the whole tenant)."""

from __future__ import annotations

from django.db import transaction

from core.access.models import User
from integrations.getting_started.models import ChecklistDismissal


@transaction.atomic
def checklist_dismiss(*, dismissed: bool, actor: User | None) -> None:
    ChecklistDismissal.objects.all().delete()
    if dismissed:
        ChecklistDismissal.objects.create(dismissed_by=actor)
