"""Reads of Loonflow 2.x import runs (in the current tenant's schema)."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from core.errors import NotFound
from integrations.v2import.models import V2ImportRun

RECENT = 50


def v2_import_runs() -> QuerySet[V2ImportRun]:
    return V2ImportRun.objects.order_by("-created_at", "-id")[:RECENT]


def v2_import_run_get(*, run_id: int) -> V2ImportRun:
    run = V2ImportRun.objects.filter(pk=run_id).first()
    if run is None:
        raise NotFound(_("No import run with id %(run_id)s.") % {"run_id": run_id})
    return run
