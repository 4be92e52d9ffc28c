"""Writes of the working calendar: keyword-only, typed, transactional."""

from __future__ import annotations

from datetime import date
from typing import Any

import holidays as holiday_library
from django.db import transaction
from django.utils.translation import gettext

from core.errors import NotFound, ValidationFailed, field_problem
from engine.calendars.models import DEFAULT_KEY, CalendarHoliday, CalendarWorkday, WorkingCalendar

Hours = list[dict[str, str]]


def _calendar_for_update() -> WorkingCalendar:
    """The tenant's calendar row, locked (created with the defaults on the first write)."""
    WorkingCalendar.objects.get_or_create(key=DEFAULT_KEY)
    return WorkingCalendar.objects.select_for_update().get(key=DEFAULT_KEY)


@transaction.atomic
def calendar_save(*, time_zone: str, week: list[Hours]) -> WorkingCalendar:
    """Replace the time zone and weekly hours (holidays and make-up days stay)."""
    calendar = _calendar_for_update()
    calendar.time_zone = time_zone
    calendar.week = week
    calendar.save(update_fields=["time_zone", "week", "updated_at"])
    return calendar


def _touch(calendar: WorkingCalendar) -> None:
    calendar.save(update_fields=["updated_at"])


@transaction.atomic
def holiday_set(*, day: date, name: str) -> CalendarHoliday:
    """Add a holiday, or rename the one on that date."""
    calendar = _calendar_for_update()
    holiday, _ = CalendarHoliday.objects.update_or_create(
        calendar=calendar, date=day, defaults={"name": name, "source": ""}
    )
    _touch(calendar)
    return holiday


@transaction.atomic
def holiday_remove(*, day: date) -> None:
    calendar = _calendar_for_update()
    deleted, _ = CalendarHoliday.objects.filter(calendar=calendar, date=day).delete()
    if not deleted:
        raise NotFound(gettext("No holiday on %(value)s.") % {"value": day.isoformat()})
    _touch(calendar)


@transaction.atomic
def workday_set(*, day: date, name: str, hours: Hours) -> CalendarWorkday:
    """Add a make-up working day, or change the one on that date."""
    calendar = _calendar_for_update()
    workday, _ = CalendarWorkday.objects.update_or_create(
        calendar=calendar, date=day, defaults={"name": name, "hours": hours, "source": ""}
    )
    _touch(calendar)
    return workday


@transaction.atomic
def workday_remove(*, day: date) -> None:
    calendar = _calendar_for_update()
    deleted, _ = CalendarWorkday.objects.filter(calendar=calendar, date=day).delete()
    if not deleted:
        raise NotFound(gettext("No make-up working day on %(value)s.") % {"value": day.isoformat()})
    _touch(calendar)


def public_holidays(*, country: str, subdivision: str | None, year: int) -> Any:
    """The `holidays` library's calendar of that country (and subdivision) and year; 422 naming the
    field when it does not know them."""
    country = country.upper()
    if country not in holiday_library.list_supported_countries():
        raise ValidationFailed(
            gettext("No public holidays are known for country %(country)s.") % {"country": repr(country)},
            details=[
                field_problem(
                    "country", gettext("Use an ISO 3166 code the holidays library supports (DE, CN, US...).")
                )
            ],
        )
    try:
        return holiday_library.country_holidays(
            country, subdiv=subdivision.upper() if subdivision else None, years=year
        )
    except NotImplementedError as exc:
        message = gettext("Country %(country)s has no subdivision %(subdivision)s.") % {
            "country": repr(country),
            "subdivision": repr(subdivision),
        }
        raise ValidationFailed(message, details=[field_problem("subdivision", message)]) from exc


def _workday_hours(calendar: WorkingCalendar) -> Hours:
    """The hours a make-up day gets on import: those of the first weekday that works."""
    return next((day for day in calendar.week if day), [])


@transaction.atomic
def holidays_import(*, country: str, subdivision: str | None, year: int) -> dict[str, Any]:
    """Add the public holidays (and, where the library knows them, the make-up working days, as for
    China's 调休) of a country and year. Idempotent: dates already in the calendar are left alone."""
    found = public_holidays(country=country, subdivision=subdivision, year=year)
    source = "-".join(part for part in (country.upper(), (subdivision or "").upper()) if part)
    calendar = _calendar_for_update()
    days = sorted((day, name) for day, name in found.items() if day.year == year)
    have = set(
        CalendarHoliday.objects.filter(calendar=calendar, date__year=year).values_list("date", flat=True)
    )
    added = CalendarHoliday.objects.bulk_create(
        [
            CalendarHoliday(calendar=calendar, date=day, name=name[:200], source=source)
            for day, name in days
            if day not in have
        ]
    )
    extra = sorted(day for day in getattr(found, "weekend_workdays", ()) if day.year == year)
    hours = _workday_hours(calendar)
    taken = set(
        CalendarWorkday.objects.filter(calendar=calendar, date__year=year).values_list("date", flat=True)
    )
    workdays = CalendarWorkday.objects.bulk_create(
        [
            CalendarWorkday(
                calendar=calendar, date=day, name="Make-up working day", hours=hours, source=source
            )
            for day in extra
            if day not in taken and hours
        ]
    )
    _touch(calendar)
    return {
        "country": country.upper(),
        "subdivision": subdivision.upper() if subdivision else None,
        "year": year,
        "added": len(added),
        "workdays_added": len(workdays),
    }
