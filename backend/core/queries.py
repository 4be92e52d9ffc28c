"""Query helpers every area shares."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from core.errors import NotFound


def get_or_404(queryset: QuerySet[Any], pk: int, what: str) -> Any:
    obj = queryset.filter(pk=pk).first()
    if obj is None:
        raise NotFound(f"No {what} with id {pk}.")
    return obj
