"""Working-time arithmetic over a working calendar: pure functions, no database.

A calendar is a time zone, working hours per weekday (one or more intervals a day, in minutes of
the local day: 09:00-12:00 is (540, 720); an interval may end at 24:00 = 1440), holidays (days off)
and make-up working days (dates that work with their own hours, e.g. a Saturday; a make-up day wins
over a holiday and over the weekday's hours on the same date).

Intervals are local wall-clock times turned into instants day by day through `zoneinfo`, so a day
that changes to or from daylight-saving time counts what really passes: 00:00-24:00 is 23 hours on
the spring change and 25 hours on the autumn one, and an interval that starts in the skipped hour
starts when the clock jumps. Instants in and out are aware datetimes (any zone).

* `add_working_time(start, seconds, calendar)`: the earliest instant by which `seconds` of working
  time have passed since `start` (so adding that fills an interval exactly ends at its end, 12:00, not
  at the next start, 13:00); 0 seconds is `start` itself.
* `working_seconds_between(a, b, calendar)`: the working seconds from `a` to `b` (negative if b < a).
* `add_working_days(start, days, calendar)`: "N working days" (see the function).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _

Interval = tuple[int, int]  # minutes of the local day, start < end, 0 <= start, end <= 1440
DayHours = tuple[Interval, ...]

# How far the arithmetic looks ahead before it gives up (a calendar with almost no working time).
HORIZON_DAYS = 20 * 366


def clock_minutes(clock: str) -> int:
    """ "09:30" → 570 (minutes of the local day; "24:00" → 1440)."""
    hours, mins = clock.split(":")
    return int(hours) * 60 + int(mins)


class NoWorkingTime(ValueError):
    """The calendar has no working time (at all, or within the horizon) to count."""


@dataclass(frozen=True)
class Calendar:
    zone: ZoneInfo
    # Monday first, seven entries; each a sorted tuple of non-overlapping intervals.
    week: tuple[DayHours, ...]
    holidays: frozenset[date] = frozenset()
    workdays: Mapping[date, DayHours] = field(default_factory=dict)

    def hours_on(self, day: date) -> DayHours:
        """The local working intervals of a date: a make-up day's own, none on a holiday, else the
        weekday's."""
        if day in self.workdays:
            return self.workdays[day]
        if day in self.holidays:
            return ()
        return self.week[day.weekday()]

    def has_working_time(self) -> bool:
        return any(self.week) or any(self.workdays.values())

    def spans_on(self, day: date) -> list[tuple[datetime, datetime]]:
        """The working intervals of a date as UTC instants (empty ones, inside a skipped hour, dropped)."""
        midnight = datetime(day.year, day.month, day.day)
        spans = []
        for start, end in self.hours_on(day):
            a = _instant(midnight + timedelta(minutes=start), self.zone)
            b = _instant(midnight + timedelta(minutes=end), self.zone)
            if b > a:
                spans.append((a, b))
        return spans

    def local_date(self, moment: datetime) -> date:
        return moment.astimezone(self.zone).date()


def _instant(local: datetime, zone: ZoneInfo) -> datetime:
    return local.replace(tzinfo=zone).astimezone(UTC)


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("Working-time arithmetic needs aware datetimes.")
    return moment.astimezone(UTC)


def _days_from(day: date, calendar: Calendar) -> Iterator[date]:
    if not calendar.has_working_time():
        raise NoWorkingTime(_("The working calendar has no working hours at all."))
    for offset in range(HORIZON_DAYS):
        yield day + timedelta(days=offset)
    raise NoWorkingTime(_("No working time left within %(value)s days.") % {"value": HORIZON_DAYS})


def add_working_time(start: datetime, seconds: float, calendar: Calendar) -> datetime:
    """The earliest instant by which `seconds` of working time have passed since `start`."""
    start = _aware(start)
    if seconds < 0:
        raise ValueError("seconds must not be negative")
    if seconds == 0:
        return start
    left = timedelta(seconds=seconds)
    # The day before too: its intervals may end after `start` when the zone is far from UTC.
    for day in _days_from(calendar.local_date(start) - timedelta(days=1), calendar):
        for a, b in calendar.spans_on(day):
            if b <= start:
                continue
            begin = max(a, start)
            if left <= b - begin:
                return begin + left
            left -= b - begin
    raise AssertionError("unreachable")  # pragma: no cover


def working_seconds_between(a: datetime, b: datetime, calendar: Calendar) -> float:
    """Working seconds from `a` to `b`; negative when `b` is before `a`."""
    a, b = _aware(a), _aware(b)
    if b < a:
        return -working_seconds_between(b, a, calendar)
    total = timedelta(0)
    first, last = calendar.local_date(a) - timedelta(days=1), calendar.local_date(b)
    for offset in range((last - first).days + 1):
        for start, end in calendar.spans_on(first + timedelta(days=offset)):
            overlap = min(end, b) - max(start, a)
            if overlap > timedelta(0):
                total += overlap
    return total.total_seconds()


def _next_working_day(day: date, calendar: Calendar) -> date:
    for candidate in _days_from(day + timedelta(days=1), calendar):
        if calendar.spans_on(candidate):
            return candidate
    raise AssertionError("unreachable")  # pragma: no cover


def add_working_days(start: datetime, days: int, calendar: Calendar) -> datetime:
    """N working days after `start`: the same point of the working day, N working days later.

    A working day is a date with working hours (its weekday's, or a make-up day's). Where `start`
    stands in its day is the working time of that date before it (0 before opening, the whole day
    after closing); a start on a date without working time counts from the opening of the next
    working day. The due time is the instant with as much of that day's working time before it on
    the N-th working day after, or that day's closing when it is shorter. Friday 15:00 plus two
    working days is Tuesday 15:00; Saturday 10:00 plus one is Tuesday's opening (Monday counts whole).
    """
    start = _aware(start)
    if days < 0:
        raise ValueError("days must not be negative")
    day = calendar.local_date(start)
    spans = calendar.spans_on(day)
    if spans:
        done = sum((min(b, start) - a for a, b in spans if a < start), timedelta(0))
    else:
        day, done = _next_working_day(day, calendar), timedelta(0)
    for _day in range(days):
        day = _next_working_day(day, calendar)
    target = calendar.spans_on(day)
    for a, b in target:
        if done <= b - a:
            return a + done
        done -= b - a
    return target[-1][1]


def due_time(start: datetime, seconds: int, clock: str, calendar: Calendar | None) -> datetime:
    """When an SLA or timer of `seconds` on `clock` falls due: "wall" counts every second, "working"
    the calendar's working seconds, "working_days" whole working days (`seconds` // 86400 of them)."""
    if clock == "wall" or calendar is None:
        return start + timedelta(seconds=seconds)
    if clock == "working_days":
        return add_working_days(start, seconds // 86400, calendar)
    return add_working_time(start, seconds, calendar)
