"""Calendars the working-time tests share."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from engine.calendars.working_time import Calendar, DayHours

NINE_TO_SIX_WITH_LUNCH: DayHours = ((9 * 60, 12 * 60), (13 * 60, 18 * 60))  # 8 working hours
ALL_DAY: DayHours = ((0, 24 * 60),)


def office(
    zone: str = "Europe/Berlin",
    *,
    hours: DayHours = NINE_TO_SIX_WITH_LUNCH,
    holidays: frozenset[date] = frozenset(),
    workdays: dict[date, DayHours] | None = None,
    days: int = 5,
) -> Calendar:
    """`hours` on the first `days` weekdays (Monday on), the rest off."""
    week = tuple(hours if index < days else () for index in range(7))
    return Calendar(zone=ZoneInfo(zone), week=week, holidays=holidays, workdays=workdays or {})


def local(zone: str, *parts: int) -> datetime:
    """An aware datetime of that wall-clock time in `zone`."""
    return datetime(*parts, tzinfo=ZoneInfo(zone))  # type: ignore[arg-type,misc]


def hours(*pairs: str) -> list[dict[str, str]]:
    """hours("09:00-12:00", "13:00-18:00") → the API's intervals."""
    return [{"start": pair.split("-")[0], "end": pair.split("-")[1]} for pair in pairs]


def week_body(zone: str = "Europe/Berlin", *day: str) -> dict[str, object]:
    """A PUT /calendar body: `day` (default 09:00-12:00 + 13:00-18:00) Monday to Friday."""
    pairs = day or ("09:00-12:00", "13:00-18:00")
    return {"time_zone": zone, "week": [hours(*pairs) for _ in range(5)] + [[], []]}
