"""Query helpers every area shares."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from core.errors import NotFound


def get_or_404(queryset: QuerySet[Any], pk: int, what: str) -> Any:
    obj = queryset.filter(pk=pk).first()
    if obj is None:
        raise NotFound(_("No %(what)s with id %(pk)s.") % {"what": what, "pk": pk})
    return obj
