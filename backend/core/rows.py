"""Model instances from hand-written SQL, for the few per-request hot paths.

The ORM spends more time compiling a query than PostgreSQL spends answering it; the handful of
lookups every request makes (host → tenant, token → app → user) use one fixed SQL statement each
and build instances the way the ORM would (`Model.from_db` plus each field's converter).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any, TypeVar

from django.db import connection
from django.db.models import Model

M = TypeVar("M", bound=Model)


@cache
def _fields(model: type[Model]) -> tuple[tuple[str, ...], tuple[Any, ...]]:
    fields = model._meta.concrete_fields
    return tuple(f.attname for f in fields), tuple(fields)


def select_list(model: type[Model], alias: str) -> str:
    """`alias.col, alias.col, …` for every concrete column of `model`, in `from_row` order."""
    return ", ".join(f"{alias}.{f.column}" for f in _fields(model)[1])


def width(model: type[Model]) -> int:
    return len(_fields(model)[0])


def from_row(model: type[M], values: Sequence[Any]) -> M:
    """An instance from the columns `select_list` named, converted as the ORM would."""
    names, fields = _fields(model)
    converted = []
    for field, value in zip(fields, values, strict=True):
        from_db_value = getattr(field, "from_db_value", None)
        if from_db_value is not None and value is not None:
            value = from_db_value(value, None, connection)
        converted.append(value)
    return model.from_db(connection.alias, list(names), converted)
