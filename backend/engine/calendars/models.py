"""The tenant's working calendar: time zone, weekly working hours, holidays and make-up working days.

Hours are stored as the API shows them, `[{"start": "09:00", "end": "12:00"}, ...]` per weekday
(Monday first); `selectors.working_calendar()` turns the rows into the pure `working_time.Calendar`.
"""

from __future__ import annotations

from django.db import models

from core.model_bases import Timestamped

DEFAULT_KEY = "default"


def default_week() -> list[list[dict[str, str]]]:
    """Monday to Friday 09:00-17:00, the weekend off: what a tenant counts before its admin says."""
    return [[{"start": "09:00", "end": "17:00"}] for _ in range(5)] + [[], []]


class WorkingCalendar(Timestamped):
    """One per tenant today (`key` "default"); the key leaves room for named calendars."""

    key = models.CharField(max_length=64, unique=True, default=DEFAULT_KEY)
    time_zone = models.CharField(max_length=64, default="UTC")
    week = models.JSONField(default=default_week)

    def __str__(self) -> str:
        return self.key


class CalendarHoliday(models.Model):
    """A day off. `source` says where it came from ("" by hand, "DE-BY" imported for that country)."""

    calendar = models.ForeignKey(WorkingCalendar, on_delete=models.CASCADE, related_name="holidays")
    date = models.DateField()
    name = models.CharField(max_length=200)
    source = models.CharField(max_length=16, blank=True)

    class Meta:
        ordering = ["date"]
        constraints = [models.UniqueConstraint(fields=["calendar", "date"], name="calendar_holiday_date")]

    def __str__(self) -> str:
        return f"{self.date} {self.name}"


class CalendarWorkday(models.Model):
    """A make-up working day: a date that works (with these hours) though its weekday does not."""

    calendar = models.ForeignKey(WorkingCalendar, on_delete=models.CASCADE, related_name="workdays")
    date = models.DateField()
    name = models.CharField(max_length=200, blank=True)
    hours = models.JSONField(default=list)
    source = models.CharField(max_length=16, blank=True)

    class Meta:
        ordering = ["date"]
        constraints = [models.UniqueConstraint(fields=["calendar", "date"], name="calendar_workday_date")]

    def __str__(self) -> str:
        return f"{self.date} {self.name}"
