"""Reads of the working calendar: what GET /calendar serves, and the pure calendar the arithmetic uses."""

from __future__ import annotations

from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from engine.calendars.models import DEFAULT_KEY, CalendarHoliday, CalendarWorkday, WorkingCalendar
from engine.calendars.working_time import Calendar, DayHours, clock_minutes


def calendar_row() -> WorkingCalendar | None:
    return WorkingCalendar.objects.filter(key=DEFAULT_KEY).first()


def day_hours(hours: list[dict[str, str]]) -> DayHours:
    return tuple(sorted((clock_minutes(i["start"]), clock_minutes(i["end"])) for i in hours))


def weekly_seconds(week: list[list[dict[str, str]]]) -> int:
    return sum((end - start) * 60 for day in week for start, end in day_hours(day))


def calendar_view() -> dict[str, Any]:
    """The calendar as GET /calendar shows it (the defaults, unsaved, until an admin saves one)."""
    row = calendar_row() or WorkingCalendar()
    holidays: list[CalendarHoliday] = []
    workdays: list[CalendarWorkday] = []
    if row.pk is not None:
        holidays = list(CalendarHoliday.objects.filter(calendar=row).order_by("date"))
        workdays = list(CalendarWorkday.objects.filter(calendar=row).order_by("date"))
    return {
        "time_zone": row.time_zone,
        "week": row.week,
        "holidays": holidays,
        "workdays": workdays,
        "weekly_seconds": weekly_seconds(row.week),
        "updated_at": row.updated_at,
    }


def working_calendar() -> Calendar:
    """The tenant's calendar for the arithmetic (three queries; the defaults when none was saved)."""
    row = calendar_row() or WorkingCalendar()
    holidays: frozenset[date] = frozenset()
    workdays: dict[date, DayHours] = {}
    if row.pk is not None:
        holidays = frozenset(CalendarHoliday.objects.filter(calendar=row).values_list("date", flat=True))
        workdays = {
            day: day_hours(hours)
            for day, hours in CalendarWorkday.objects.filter(calendar=row).values_list("date", "hours")
        }
    return Calendar(
        zone=ZoneInfo(row.time_zone),
        week=tuple(day_hours(day) for day in row.week),
        holidays=holidays,
        workdays=workdays,
    )


def calendar_audit_snapshot() -> dict[str, Any]:
    """What the audit trail compares for the calendar: the zone, the week, and one key per holiday
    ("holiday 2026-12-25") and make-up day ("workday 2026-02-14"), so a record keeps only the dates
    that changed (adding one holiday does not copy the whole list)."""
    row = calendar_row() or WorkingCalendar()
    snapshot: dict[str, Any] = {"time_zone": row.time_zone, "week": row.week}
    if row.pk is None:
        return snapshot
    for holiday in CalendarHoliday.objects.filter(calendar=row).order_by("date"):
        snapshot[f"holiday {holiday.date.isoformat()}"] = {"name": holiday.name, "source": holiday.source}
    for workday in CalendarWorkday.objects.filter(calendar=row).order_by("date"):
        snapshot[f"workday {workday.date.isoformat()}"] = {
            "name": workday.name,
            "hours": workday.hours,
            "source": workday.source,
        }
    return snapshot
