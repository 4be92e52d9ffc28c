"""Request and response bodies of the working calendar endpoints."""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from django.utils.translation import gettext as _
from ninja import Schema
from pydantic import Field, StringConstraints, field_validator, model_validator

from core.schemas import IsoDate, IsoDatetime, Name
from engine.calendars.working_time import clock_minutes

# "HH:MM" from 00:00 to 24:00 (24:00 ends a day that works until midnight).
ClockTime = Annotated[str, StringConstraints(pattern=r"^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$")]
MIN_YEAR, MAX_YEAR = 1970, 2100


class IntervalIn(Schema):
    start: ClockTime = Field(description='"HH:MM", local time.')
    end: ClockTime = Field(description='"HH:MM", after `start`; "24:00" is midnight at the end of the day.')

    @model_validator(mode="after")
    def _ordered(self) -> IntervalIn:
        if clock_minutes(self.end) <= clock_minutes(self.start):
            raise ValueError(
                _("The interval ends (%(end)s) before or when it starts (%(start)s).")
                % {"end": self.end, "start": self.start}
            )
        return self


def check_hours(hours: list[IntervalIn]) -> list[IntervalIn]:
    """Sorted by start; refuses intervals that overlap (touching is fine: 09:00-12:00, 12:00-13:00)."""
    ordered = sorted(hours, key=lambda interval: clock_minutes(interval.start))
    for before, after in pairwise(ordered):
        if clock_minutes(after.start) < clock_minutes(before.end):
            raise ValueError(
                _("Intervals overlap: %(start)s-%(end)s and %(start2)s-%(end2)s.")
                % {"start": before.start, "end": before.end, "start2": after.start, "end2": after.end}
            )
    return ordered


DayHoursIn = Annotated[list[IntervalIn], Field(max_length=12)]


def check_zone(name: str) -> str:
    if name not in available_timezones():
        raise ValueError(
            _("Unknown time zone %(name)s: use an IANA name such as Europe/Berlin.") % {"name": repr(name)}
        )
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:  # pragma: no cover - listed but unreadable
        raise ValueError(_("Unknown time zone %(name)s.") % {"name": repr(name)}) from exc
    return name


class CalendarIn(Schema):
    time_zone: str = Field(max_length=64, description="An IANA time zone, e.g. Europe/Berlin.")
    week: list[DayHoursIn] = Field(
        min_length=7, max_length=7, description="Working hours of each weekday, Monday first."
    )

    @field_validator("time_zone")
    @classmethod
    def _zone(cls, value: str) -> str:
        return check_zone(value)

    @field_validator("week")
    @classmethod
    def _week(cls, value: list[list[IntervalIn]]) -> list[list[IntervalIn]]:
        week = [check_hours(day) for day in value]
        if not any(week):
            raise ValueError(_("The week has no working hours at all: give at least one day some."))
        return week


class HolidayIn(Schema):
    date: IsoDate
    name: Name


class WorkdayIn(Schema):
    date: IsoDate
    name: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] = ""
    hours: DayHoursIn = Field(min_length=1, description="The working hours of that date.")

    @field_validator("hours")
    @classmethod
    def _hours(cls, value: list[IntervalIn]) -> list[IntervalIn]:
        return check_hours(value)


CountryCode = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[A-Za-z]{2,3}$")]
SubdivisionCode = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[A-Za-z0-9-]{1,10}$")]


class HolidayImportIn(Schema):
    country: CountryCode = Field(description="ISO 3166 code, e.g. DE, CN, US.")
    subdivision: SubdivisionCode | None = Field(None, description="e.g. BY (Bavaria) for DE, NY for US.")
    year: int = Field(ge=MIN_YEAR, le=MAX_YEAR)


class IntervalOut(Schema):
    start: str
    end: str


class HolidayOut(Schema):
    date: IsoDate
    name: str
    source: str = Field(description='"" added by hand, else the imported country (and subdivision).')


class WorkdayOut(HolidayOut):
    hours: list[IntervalOut]


class CalendarOut(Schema):
    time_zone: str
    week: list[list[IntervalOut]] = Field(description="Working hours of each weekday, Monday first.")
    holidays: list[HolidayOut]
    workdays: list[WorkdayOut] = Field(description="Make-up working days.")
    weekly_seconds: int = Field(description="Working seconds of an ordinary week.")
    updated_at: datetime | None = Field(description="null: never saved (the defaults apply).")


class HolidayImportOut(Schema):
    country: str
    subdivision: str | None
    year: int
    added: int = Field(description="Holidays added (dates already in the calendar are left as they are).")
    workdays_added: int = Field(description="Make-up working days added (where the library knows them).")


class DueOut(Schema):
    start: datetime
    due_at: datetime
    clock: Literal["wall", "working", "working_days"]
    working_seconds: float = Field(description="Working time between start and due_at.")


class DueParams(Schema):
    start: IsoDatetime | None = Field(None, alias="from", description="Default: now.")
    clock: Literal["wall", "working", "working_days"] = "working"
    hours: float | None = Field(None, gt=0, le=366 * 24, description="For the wall and working clocks.")
    days: int | None = Field(None, ge=1, le=366, description="For the working_days clock.")

    @model_validator(mode="after")
    def _amount(self) -> DueParams:
        if self.clock == "working_days" and self.days is None:
            raise ValueError(_("The working_days clock needs `days`."))
        if self.clock != "working_days" and self.hours is None:
            raise ValueError(_("The %(clock)s clock needs `hours`.") % {"clock": self.clock})
        return self
