"""The working calendar endpoints: tenant admins only, bad input a 422 naming the field, holiday
imports idempotent (China's make-up working days included), and the due-time preview."""

from __future__ import annotations

import pytest
from django_tenants.utils import schema_context

from conftest import error_of
from core.tests.factories import assert_error
from engine.calendars.models import CalendarHoliday, CalendarWorkday, WorkingCalendar
from engine.calendars.tests.factories import hours, week_body

pytestmark = pytest.mark.django_db

CALENDAR = "/api/v1/calendar"


def _fields(response):
    return {problem.get("field") for problem in error_of(response)["details"]}


def test_the_defaults_until_an_admin_saves_then_the_saved_calendar(admin, put_calendar):
    shown = admin.get(CALENDAR).json()
    assert shown["time_zone"] == "UTC"
    assert shown["updated_at"] is None
    assert shown["week"][0] == hours("09:00-17:00")
    assert shown["weekly_seconds"] == 5 * 8 * 3600
    saved = put_calendar(week_body("Europe/Berlin", "13:00-18:00", "09:00-12:00"))
    assert saved.status_code == 200, saved.content
    body = saved.json()
    assert body["time_zone"] == "Europe/Berlin"
    assert body["week"][0] == hours("09:00-12:00", "13:00-18:00")  # sorted
    assert body["week"][5] == []
    assert body["weekly_seconds"] == 5 * 8 * 3600
    assert body["updated_at"] is not None
    assert admin.get(CALENDAR).json() == body
    with schema_context("hr"):
        assert not WorkingCalendar.objects.exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (week_body("Mars/Olympus"), "time_zone"),
        (week_body("Europe/Berlin", "09:00-12:00", "11:00-13:00"), "week"),
        (week_body("Europe/Berlin", "12:00-09:00"), "week.0.0"),
        (week_body("Europe/Berlin", "09:00-25:00"), "week.0.0.end"),
        ({"time_zone": "UTC", "week": [[]] * 7}, "week"),
        ({"time_zone": "UTC", "week": [[]] * 6}, "week"),
    ],
)
def test_bad_hours_or_zones_are_a_422_naming_the_field(admin, put_calendar, body, field):
    response = put_calendar(body)
    assert_error(response, 422, "validation_failed")
    assert field in _fields(response), error_of(response)
    with schema_context("it"):
        assert not WorkingCalendar.objects.exists()


def test_only_tenant_admins(login):
    alice = login("it", "alice")
    assert alice.get(CALENDAR).status_code == 403
    assert alice.put(CALENDAR, week_body(), content_type="application/json").status_code == 403
    body = {"country": "DE", "year": 2025}
    imported = alice.post(f"{CALENDAR}/holidays/import", body, content_type="application/json")
    assert imported.status_code == 403


def test_importing_holidays_twice_adds_nothing_the_second_time(admin, put_calendar):
    put_calendar(week_body())
    body = {"country": "de", "subdivision": "by", "year": 2025}
    first = admin.post(f"{CALENDAR}/holidays/import", body, content_type="application/json")
    assert first.status_code == 200, first.content
    assert first.json()["added"] >= 12
    assert first.json()["subdivision"] == "BY"
    again = admin.post(f"{CALENDAR}/holidays/import", body, content_type="application/json")
    assert again.json()["added"] == 0
    shown = admin.get(CALENDAR).json()
    days = {h["date"]: h for h in shown["holidays"]}
    assert days["2025-12-25"]["source"] == "DE-BY"
    assert "2025-01-06" in days  # Epiphany: Bavaria's, not every state's
    with schema_context("it"):
        assert CalendarHoliday.objects.count() == first.json()["added"]


def test_china_brings_its_make_up_working_days(admin, put_calendar):
    put_calendar(week_body("Asia/Shanghai"))
    response = admin.post(
        f"{CALENDAR}/holidays/import", {"country": "CN", "year": 2025}, content_type="application/json"
    )
    assert response.status_code == 200, response.content
    assert response.json()["workdays_added"] >= 4
    workdays = {w["date"]: w for w in admin.get(CALENDAR).json()["workdays"]}
    assert workdays["2025-01-26"]["hours"] == hours("09:00-12:00", "13:00-18:00")  # a Sunday that works
    again = admin.post(
        f"{CALENDAR}/holidays/import", {"country": "CN", "year": 2025}, content_type="application/json"
    )
    assert again.json() | {"added": 0, "workdays_added": 0} == again.json()
    with schema_context("it"):
        assert CalendarWorkday.objects.filter(date__year=2025).count() == response.json()["workdays_added"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"country": "XX", "year": 2025}, "country"),
        ({"country": "DE", "subdivision": "ZZ", "year": 2025}, "subdivision"),
        ({"country": "DE", "year": 1800}, "year"),
        ({"country": "DE", "year": 3000}, "year"),
        ({"country": "D3", "year": 2025}, "country"),
    ],
)
def test_bad_imports_are_a_422_naming_the_field(admin, body, field):
    response = admin.post(f"{CALENDAR}/holidays/import", body, content_type="application/json")
    assert_error(response, 422, "validation_failed")
    assert field in _fields(response), error_of(response)
    with schema_context("it"):
        assert not CalendarHoliday.objects.exists()


def test_holidays_and_make_up_days_by_hand(admin):
    added = admin.post(
        f"{CALENDAR}/holidays", {"date": "2025-06-02", "name": "Company day"}, content_type="application/json"
    )
    assert added.status_code == 201, added.content
    assert added.json() == {"date": "2025-06-02", "name": "Company day", "source": ""}
    workday = admin.post(
        f"{CALENDAR}/workdays",
        {"date": "2025-06-07", "name": "Inventory", "hours": hours("10:00-14:00")},
        content_type="application/json",
    )
    assert workday.status_code == 201, workday.content
    shown = admin.get(CALENDAR).json()
    assert [h["date"] for h in shown["holidays"]] == ["2025-06-02"]
    assert shown["workdays"][0]["hours"] == hours("10:00-14:00")
    bad = admin.post(
        f"{CALENDAR}/workdays",
        {"date": "2025-06-08", "hours": hours("10:00-14:00", "13:00-15:00")},
        content_type="application/json",
    )
    assert "hours" in _fields(bad)
    empty = admin.post(
        f"{CALENDAR}/workdays", {"date": "2025-06-08", "hours": []}, content_type="application/json"
    )
    assert "hours" in _fields(empty)
    assert admin.delete(f"{CALENDAR}/holidays/2025-06-02").status_code == 204
    assert_error(admin.delete(f"{CALENDAR}/holidays/2025-06-02"), 404, "not_found")
    assert admin.delete(f"{CALENDAR}/workdays/2025-06-07").status_code == 204
    assert_error(admin.delete(f"{CALENDAR}/workdays/2025-06-07"), 404, "not_found")


def test_the_due_preview(admin, put_calendar):
    put_calendar(week_body())
    friday = "2025-03-07T15:00:00+01:00"
    due = admin.get(CALENDAR + "/due", {"from": friday, "hours": 4})
    assert due.status_code == 200, due.content
    assert due.json()["due_at"] == "2025-03-10T09:00:00Z"  # Monday 10:00 in Berlin
    assert due.json()["working_seconds"] == 4 * 3600
    days = admin.get(CALENDAR + "/due", {"from": friday, "days": 2, "clock": "working_days"}).json()
    assert days["due_at"] == "2025-03-11T14:00:00Z"  # Tuesday 15:00 in Berlin
    wall = admin.get(CALENDAR + "/due", {"from": friday, "hours": 4, "clock": "wall"}).json()
    assert wall["due_at"] == "2025-03-07T18:00:00Z"
    missing = admin.get(CALENDAR + "/due", {"from": friday, "clock": "working_days"})
    assert_error(missing, 422, "validation_failed")
    assert_error(admin.get(CALENDAR + "/due", {"from": "yesterday", "hours": 1}), 422, "validation_failed")


def test_the_calendar_reads_in_a_fixed_number_of_queries(admin, put_calendar, django_assert_max_num_queries):
    put_calendar(week_body())
    for day in range(1, 29):
        admin.post(
            f"{CALENDAR}/holidays",
            {"date": f"2025-02-{day:02}", "name": "Off"},
            content_type="application/json",
        )
        admin.post(
            f"{CALENDAR}/workdays",
            {"date": f"2026-02-{day:02}", "hours": hours("10:00-12:00")},
            content_type="application/json",
        )
    with django_assert_max_num_queries(6):  # the session and user, then the calendar, holidays, workdays
        shown = admin.get(CALENDAR).json()
    assert (len(shown["holidays"]), len(shown["workdays"])) == (28, 28)
