"""Typed values in their stored (JSON) form."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from engine.tickets.runtime.values.common import is_empty
from engine.tickets.runtime.values.temporal import utc
from engine.workflows.definitions.schema import FieldDef, FieldType


def to_storage(field: FieldDef, value: Any) -> Any:
    """A typed value in its JSON-safe stored form (see the module's table)."""
    if is_empty(value):
        return None
    if field.type == FieldType.TABLE:
        return [
            {column.key: to_storage(column, row.get(column.key)) for column in field.columns} for row in value
        ]
    return _storage_scalar(value)


def _storage_scalar(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):  # before `date`: a datetime is a date
        return utc(value).isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, list):
        return [dict(item) if isinstance(item, dict) else _storage_scalar(item) for item in value]
    return value
