"""Working-time arithmetic (pure, no database): weekends, lunch breaks, holidays, make-up days and
daylight-saving changes, plus properties that hold for any start and duration."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.calendars.tests.factories import ALL_DAY, office
from engine.calendars.tests.factories import local as at
from engine.calendars.working_time import (
    Calendar,
    NoWorkingTime,
    add_working_days,
    add_working_time,
    due_time,
    working_seconds_between,
)

BERLIN = "Europe/Berlin"
NEW_YORK = "America/New_York"
HOUR = 3600


def test_hours_inside_one_interval_and_across_lunch():
    cal = office()
    monday = at(BERLIN, 2025, 3, 3, 10, 0)
    assert add_working_time(monday, HOUR, cal) == at(BERLIN, 2025, 3, 3, 11, 0)
    # Two hours from 11:00: one before lunch, one after it.
    assert add_working_time(at(BERLIN, 2025, 3, 3, 11, 0), 2 * HOUR, cal) == at(BERLIN, 2025, 3, 3, 14, 0)
    # Filling the morning exactly ends at 12:00, not at 13:00.
    assert add_working_time(monday, 2 * HOUR, cal) == at(BERLIN, 2025, 3, 3, 12, 0)
    assert (
        working_seconds_between(at(BERLIN, 2025, 3, 3, 11, 30), at(BERLIN, 2025, 3, 3, 13, 30), cal) == HOUR
    )


def test_a_start_outside_working_hours_counts_from_the_next_opening():
    cal = office()
    evening = at(BERLIN, 2025, 3, 3, 20, 0)
    assert add_working_time(evening, HOUR, cal) == at(BERLIN, 2025, 3, 4, 10, 0)
    lunch = at(BERLIN, 2025, 3, 3, 12, 30)
    assert add_working_time(lunch, 30 * 60, cal) == at(BERLIN, 2025, 3, 3, 13, 30)
    assert add_working_time(lunch, 0, cal) == lunch


def test_friday_afternoon_runs_over_the_weekend():
    cal = office()
    friday = at(BERLIN, 2025, 3, 7, 15, 0)  # 3 working hours left that day
    assert add_working_time(friday, 4 * HOUR, cal) == at(BERLIN, 2025, 3, 10, 10, 0)
    assert working_seconds_between(friday, at(BERLIN, 2025, 3, 10, 10, 0), cal) == 4 * HOUR
    assert working_seconds_between(at(BERLIN, 2025, 3, 8, 9), at(BERLIN, 2025, 3, 9, 23), cal) == 0


def test_holidays_are_skipped_and_make_up_days_work():
    easter_monday = date(2025, 4, 21)
    cal = office(holidays=frozenset({easter_monday}))
    thursday_before = at(BERLIN, 2025, 4, 17, 17, 0)
    # Good Friday is not a holiday in this calendar, Easter Monday is.
    assert add_working_time(thursday_before, 10 * HOUR, cal) == at(BERLIN, 2025, 4, 22, 10, 0)
    saturday = date(2025, 4, 26)
    cal = office(holidays=frozenset({easter_monday}), workdays={saturday: ((10 * 60, 14 * 60),)})
    friday = at(BERLIN, 2025, 4, 25, 17, 0)
    assert add_working_time(friday, 2 * HOUR, cal) == at(BERLIN, 2025, 4, 26, 11, 0)
    # A make-up day on a holiday's date works.
    cal = office(holidays=frozenset({saturday}), workdays={saturday: ((10 * 60, 14 * 60),)})
    assert add_working_time(friday, 2 * HOUR, cal) == at(BERLIN, 2025, 4, 26, 11, 0)


def test_berlin_spring_forward_day_has_23_hours():
    cal = office(BERLIN, hours=ALL_DAY, days=7)
    start, end = at(BERLIN, 2025, 3, 30, 0, 0), at(BERLIN, 2025, 3, 31, 0, 0)
    assert working_seconds_between(start, end, cal) == 23 * HOUR
    assert add_working_time(start, 23 * HOUR, cal) == end
    # Office hours on that Sunday-made-working day are untouched by the 02:00 jump.
    cal = office(BERLIN, workdays={date(2025, 3, 30): ((1 * 60, 4 * 60),)})
    assert working_seconds_between(start, end, cal) == 2 * HOUR


def test_berlin_fall_back_day_has_25_hours():
    cal = office(BERLIN, hours=ALL_DAY, days=7)
    start, end = at(BERLIN, 2025, 10, 26, 0, 0), at(BERLIN, 2025, 10, 27, 0, 0)
    assert working_seconds_between(start, end, cal) == 25 * HOUR
    assert add_working_time(start, 25 * HOUR, cal) == end
    assert add_working_time(start, 3 * HOUR, cal).astimezone(UTC) == datetime(2025, 10, 26, 1, 0, tzinfo=UTC)


def test_office_hours_across_a_dst_change_keep_their_wall_clock():
    # Friday 16:00 CET, three working hours: Monday 10:00 CEST (the weekend lost an hour).
    cal = office(BERLIN)
    friday = at(BERLIN, 2025, 3, 28, 16, 0)
    due = add_working_time(friday, 3 * HOUR, cal)
    assert due == at(BERLIN, 2025, 3, 31, 10, 0)
    assert (due - friday) == timedelta(days=2, hours=17)  # 66 hours of wall time, not 67
    cal = office(NEW_YORK)
    friday = at(NEW_YORK, 2025, 10, 31, 16, 0)
    assert add_working_time(friday, 3 * HOUR, cal) == at(NEW_YORK, 2025, 11, 3, 10, 0)
    assert working_seconds_between(friday, at(NEW_YORK, 2025, 11, 3, 10, 0), cal) == 3 * HOUR


def test_new_york_spring_forward_and_fall_back():
    cal = office(NEW_YORK, hours=ALL_DAY, days=7)
    assert working_seconds_between(at(NEW_YORK, 2025, 3, 9), at(NEW_YORK, 2025, 3, 10), cal) == 23 * HOUR
    assert working_seconds_between(at(NEW_YORK, 2025, 11, 2), at(NEW_YORK, 2025, 11, 3), cal) == 25 * HOUR


def test_working_days_keep_the_point_of_the_day():
    cal = office()
    friday = at(BERLIN, 2025, 3, 7, 15, 0)
    assert add_working_days(friday, 2, cal) == at(BERLIN, 2025, 3, 11, 15, 0)
    assert working_seconds_between(friday, at(BERLIN, 2025, 3, 11, 15, 0), cal) == 16 * HOUR
    # Before opening: the next days' opening; after closing: that day's closing.
    assert add_working_days(at(BERLIN, 2025, 3, 7, 7, 0), 1, cal) == at(BERLIN, 2025, 3, 10, 9, 0)
    assert add_working_days(at(BERLIN, 2025, 3, 7, 19, 0), 1, cal) == at(BERLIN, 2025, 3, 10, 18, 0)
    # From a Saturday, Monday counts whole: Tuesday's opening.
    assert add_working_days(at(BERLIN, 2025, 3, 8, 10, 0), 1, cal) == at(BERLIN, 2025, 3, 11, 9, 0)
    # A shorter day (a make-up Saturday, 10:00-12:00) ends at its closing.
    short = office(workdays={date(2025, 3, 8): ((10 * 60, 12 * 60),)})
    assert add_working_days(friday, 1, short) == at(BERLIN, 2025, 3, 8, 12, 0)
    assert due_time(friday, 2 * 86400, "working_days", cal) == at(BERLIN, 2025, 3, 11, 15, 0)
    assert due_time(friday, 3600, "wall", cal) == friday + timedelta(hours=1)


def test_a_calendar_without_working_time_is_refused():
    empty = Calendar(zone=ZoneInfo("UTC"), week=((),) * 7)
    with pytest.raises(NoWorkingTime):
        add_working_time(at("UTC", 2025, 1, 1), HOUR, empty)
    with pytest.raises(NoWorkingTime):
        add_working_days(at("UTC", 2025, 1, 1), 1, empty)
    with pytest.raises(ValueError, match="aware"):
        add_working_time(datetime(2025, 1, 1), HOUR, office())


# ---- properties ---------------------------------------------------------------------------------

ZONES = st.sampled_from([BERLIN, NEW_YORK, "Asia/Shanghai", "Australia/Lord_Howe", "UTC"])
STARTS = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2026, 12, 31))
HOLIDAYS = st.frozensets(st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 6, 30)), max_size=40)
SECONDS = st.integers(min_value=1, max_value=400 * HOUR)


def _calendar(zone: str, holidays: frozenset[date]) -> Calendar:
    return office(zone, holidays=holidays, workdays={date(2025, 3, 30): ((9 * 60, 11 * 60),)})


def _inside(moment: datetime, cal: Calendar) -> bool:
    day = cal.local_date(moment)
    spans = [s for d in (day - timedelta(days=1), day) for s in cal.spans_on(d)]
    return any(a < moment <= b for a, b in spans)


@settings(max_examples=150, deadline=None)
@given(zone=ZONES, naive=STARTS, seconds=SECONDS, holidays=HOLIDAYS)
def test_adding_then_measuring_gives_the_duration_back(zone, naive, seconds, holidays):
    cal = _calendar(zone, holidays)
    start = naive.replace(tzinfo=ZoneInfo(zone))
    due = add_working_time(start, seconds, cal)
    assert due > start
    assert working_seconds_between(start, due, cal) == seconds
    # The result is inside working time (an interval's end counts), and it is the earliest such.
    assert _inside(due, cal)
    assert working_seconds_between(start, due - timedelta(seconds=1), cal) == seconds - 1
    assert working_seconds_between(due, start, cal) == -seconds


@settings(max_examples=100, deadline=None)
@given(zone=ZONES, naive=STARTS, days=st.integers(min_value=1, max_value=30), holidays=HOLIDAYS)
def test_working_days_land_in_working_time_and_count_whole_days(zone, naive, days, holidays):
    cal = _calendar(zone, holidays)
    start = naive.replace(tzinfo=ZoneInfo(zone))
    due = add_working_days(start, days, cal)
    assert due > start
    assert cal.spans_on(cal.local_date(due))  # a working day
    assert working_seconds_between(start, due, cal) <= (days + 1) * 8 * HOUR
    assert working_seconds_between(start, due, cal) >= (days - 1) * 8 * HOUR


@settings(max_examples=100, deadline=None)
@given(zone=ZONES, naive=STARTS, first=SECONDS, second=SECONDS)
def test_adding_twice_is_adding_the_sum(zone, naive, first, second):
    cal = office(zone)
    start = naive.replace(tzinfo=ZoneInfo(zone))
    assert add_working_time(add_working_time(start, first, cal), second, cal) == add_working_time(
        start, first + second, cal
    )
