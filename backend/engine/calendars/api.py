"""The tenant's working calendar (tenant admins): hours, time zone, holidays, make-up days, and a
due-time preview."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext
from ninja import Query, Router, Status

from core.access.permissions import tenant_admin_of
from core.audit.recording import Target, audited
from core.errors import ValidationFailed, field_problem
from engine.calendars import selectors as calendar_selectors
from engine.calendars import services as calendar_services
from engine.calendars.schemas import (
    CalendarIn,
    CalendarOut,
    DueOut,
    DueParams,
    HolidayImportIn,
    HolidayImportOut,
    HolidayIn,
    HolidayOut,
    WorkdayIn,
    WorkdayOut,
)
from engine.calendars.working_time import NoWorkingTime, due_time, working_seconds_between

router = Router(tags=["calendar"])
# One target for every calendar write: the tenant's calendar, snapshotted whole (see the selector).
CALENDAR = Target(
    "calendar",
    snapshot=lambda _: calendar_selectors.calendar_audit_snapshot(),
    label=lambda _: "working calendar",
    fixed_id="default",
)


@router.get("/calendar", response=CalendarOut, summary="The working calendar")
def get_calendar(request: HttpRequest) -> dict[str, Any]:
    tenant_admin_of(request)
    return calendar_selectors.calendar_view()


@router.put("/calendar", response=CalendarOut, summary="Set the time zone and weekly working hours")
@audited("calendar.update", target=CALENDAR)
def put_calendar(request: HttpRequest, payload: CalendarIn) -> dict[str, Any]:
    tenant_admin_of(request)
    week = [[interval.dict() for interval in day] for day in payload.week]
    calendar_services.calendar_save(time_zone=payload.time_zone, week=week)
    return calendar_selectors.calendar_view()


@router.post("/calendar/holidays", response={201: HolidayOut}, summary="Add (or rename) a holiday")
@audited("calendar.holiday.set", target=CALENDAR)
def add_holiday(request: HttpRequest, payload: HolidayIn) -> Status:
    tenant_admin_of(request)
    return Status(201, calendar_services.holiday_set(day=payload.date, name=payload.name))


@router.post(
    "/calendar/holidays/import",
    response=HolidayImportOut,
    summary="Import a country's public holidays (and make-up working days) of a year",
)
@audited("calendar.holidays.import", target=CALENDAR)
def import_holidays(request: HttpRequest, payload: HolidayImportIn) -> dict[str, Any]:
    tenant_admin_of(request)
    return calendar_services.holidays_import(
        country=payload.country, subdivision=payload.subdivision, year=payload.year
    )


@router.delete("/calendar/holidays/{day}", response={204: None}, summary="Remove a holiday")
@audited("calendar.holiday.remove", target=CALENDAR)
def remove_holiday(request: HttpRequest, day: date) -> Status:
    tenant_admin_of(request)
    calendar_services.holiday_remove(day=day)
    return Status(204, None)


@router.post(
    "/calendar/workdays", response={201: WorkdayOut}, summary="Add (or change) a make-up working day"
)
@audited("calendar.workday.set", target=CALENDAR)
def add_workday(request: HttpRequest, payload: WorkdayIn) -> Status:
    tenant_admin_of(request)
    hours = [interval.dict() for interval in payload.hours]
    return Status(201, calendar_services.workday_set(day=payload.date, name=payload.name, hours=hours))


@router.delete("/calendar/workdays/{day}", response={204: None}, summary="Remove a make-up working day")
@audited("calendar.workday.remove", target=CALENDAR)
def remove_workday(request: HttpRequest, day: date) -> Status:
    tenant_admin_of(request)
    calendar_services.workday_remove(day=day)
    return Status(204, None)


@router.get("/calendar/due", response=DueOut, summary="When a duration from a moment falls due")
def calendar_due(request: HttpRequest, params: Query[DueParams]) -> dict[str, Any]:
    tenant_admin_of(request)
    start = params.start or timezone.now()
    calendar = calendar_selectors.working_calendar()
    if params.clock == "working_days":
        seconds = (params.days or 0) * 86400
    else:
        seconds = round((params.hours or 0) * 3600)
    try:
        due = due_time(start, seconds, params.clock, calendar)
    except NoWorkingTime as exc:
        raise ValidationFailed(str(exc), details=[field_problem("hours", str(exc))]) from exc
    except OverflowError as exc:
        message = gettext("The due time would fall beyond the last date the calendar can count.")
        raise ValidationFailed(message, details=[field_problem("hours", message)]) from exc
    return {
        "start": start,
        "due_at": due,
        "clock": params.clock,
        "working_seconds": working_seconds_between(start, due, calendar),
    }
