"""date, datetime and time values."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from typing import Any

from django.utils.translation import gettext as _

from engine.tickets.runtime.values.common import (
    INVALID_TYPE,
    INVALID_VALUE,
    FieldValueError,
    show,
    wrong_value,
)
from engine.workflows.definitions.isoforms import DATE, TIME, IsoForm, NotInForm, T
from engine.workflows.definitions.schema import FieldDef

_DATETIME = IsoForm(
    re.compile(
        r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
        r"(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?"
    ),
    datetime.fromisoformat,
    "an ISO 8601 date and time",
    "date and time",
)


def _read_text(form: IsoForm[T], raw: Any) -> T:
    try:
        return form.read(raw)
    except NotInForm as exc:
        clause = exc.explain(show(raw))
        kind = INVALID_TYPE if exc.reason == "type" else INVALID_VALUE
        raise FieldValueError(f"{clause[:1].upper()}{clause[1:]}.", kind) from exc


def read_date(field: FieldDef, raw: Any, strict: bool) -> date:
    if isinstance(raw, date) and not isinstance(raw, datetime):
        return raw
    return _read_text(DATE, raw)


def utc(value: datetime) -> datetime:
    """An aware datetime in UTC (naive means UTC already)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def read_datetime(field: FieldDef, raw: Any, strict: bool) -> datetime:
    parsed = raw if isinstance(raw, datetime) else _read_text(_DATETIME, raw)
    try:
        return utc(parsed)
    except (OverflowError, ValueError) as exc:  # 0001-01-01T00:00+01:00 is before year 1 in UTC
        raise wrong_value(
            _("The date and time is out of range in UTC: %(value)s.") % {"value": show(raw)}
        ) from exc


def read_time(field: FieldDef, raw: Any, strict: bool) -> time:
    if isinstance(raw, time):
        if raw.tzinfo is not None or raw.microsecond:
            raise wrong_value(
                _("Expected a time of day without time zone or fractions, got %(value)s.")
                % {"value": show(raw)}
            )
        return raw
    return _read_text(TIME, raw)
