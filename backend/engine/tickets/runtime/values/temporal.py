"""date, datetime and time values."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from typing import Any

from engine.tickets.runtime.values.common import show, wrong_type, wrong_value
from engine.workflows.definitions.schema import FieldDef

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
    r"(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?"
)
_TIME = re.compile(r"[0-9]{2}:[0-9]{2}(?::[0-9]{2})?")


def read_date(field: FieldDef, raw: Any, strict: bool) -> date:
    if isinstance(raw, date) and not isinstance(raw, datetime):
        return raw
    if not isinstance(raw, str):
        raise wrong_type("a date as 'YYYY-MM-DD'", raw)
    if not _DATE.fullmatch(raw):
        raise wrong_value(f"Expected a date as 'YYYY-MM-DD', got {show(raw)}.")
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise wrong_value(f"Not a valid date: {show(raw)}.") from exc


def utc(value: datetime) -> datetime:
    """An aware datetime in UTC (naive means UTC already)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def read_datetime(field: FieldDef, raw: Any, strict: bool) -> datetime:
    if isinstance(raw, datetime):
        parsed = raw
    elif isinstance(raw, str):
        if not _DATETIME.fullmatch(raw):
            raise wrong_value(f"Expected an ISO 8601 date and time, got {show(raw)}.")
        try:
            parsed = datetime.fromisoformat(raw)
        except ValueError as exc:
            raise wrong_value(f"Not a valid date and time: {show(raw)}.") from exc
    else:
        raise wrong_type("an ISO 8601 date and time", raw)
    try:
        return utc(parsed)
    except (OverflowError, ValueError) as exc:  # 0001-01-01T00:00+01:00 is before year 1 in UTC
        raise wrong_value(f"The date and time is out of range in UTC: {show(raw)}.") from exc


def read_time(field: FieldDef, raw: Any, strict: bool) -> time:
    if isinstance(raw, time):
        if raw.tzinfo is not None or raw.microsecond:
            raise wrong_value(f"Expected a time of day without time zone or fractions, got {show(raw)}.")
        return raw
    if not isinstance(raw, str):
        raise wrong_type("a time as 'HH:MM' or 'HH:MM:SS'", raw)
    if not _TIME.fullmatch(raw):
        raise wrong_value(f"Expected a time as 'HH:MM' or 'HH:MM:SS', got {show(raw)}.")
    try:
        return time.fromisoformat(raw)
    except ValueError as exc:
        raise wrong_value(f"Not a valid time: {show(raw)}.") from exc
