"""Reads for scripts and their runs."""

from __future__ import annotations

from django.db.models import QuerySet

from core.pagination import Page, paginate
from core.queries import get_or_404
from integrations.scripts.models import Script, ScriptRun


def script_list() -> QuerySet[Script]:
    return Script.objects.order_by("code")


def script_codes_existing(*, codes: set[str], enabled_only: bool = False) -> frozenset[str]:
    """Which of `codes` name a script (active or not, unless `enabled_only`): publishing checks a
    workflow's states."""
    scripts = Script.objects.filter(code__in=codes)
    if enabled_only:
        scripts = scripts.filter(is_active=True)
    return frozenset(scripts.order_by().values_list("code", flat=True))


def script_get(*, script_id: int) -> Script:
    return get_or_404(Script.objects.all(), script_id, "script")


def script_runs(*, script: Script, cursor: str | None, limit: int) -> Page[ScriptRun]:
    """The script's runs, newest first."""
    runs = ScriptRun.objects.filter(script=script).select_related("ticket")
    return paginate(runs, ordering=["-id"], cursor=cursor, limit=limit)
