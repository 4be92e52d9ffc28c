"""The ISO 8601 text forms of date, date-time and time values, read the same way everywhere.

A text is first checked against the form's shape (so `fromisoformat` only ever sees plausible text,
and the forms it would also accept, `20240131` or `T10:00`, are refused), then parsed. The callers
(condition literals, ticket values) turn `NotInForm` into their own errors.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, Generic, TypeVar

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

T = TypeVar("T", date, datetime, time)


class NotInForm(ValueError):
    """A value that is not a text in the form. `reason`: "type" (not a string), "shape" (not written
    in the form) or "value" (written in the form, but no valid value: 2024-02-30)."""

    def __init__(self, form: IsoForm[Any], reason: str) -> None:
        super().__init__(f"not {form.expected} ({reason})")
        self.form = form
        self.reason = reason

    def explain(self, shown: str) -> str:
        """What is wrong, as a clause about the value `shown`: "expected a date as 'YYYY-MM-DD', got
        '2024'", "not a valid date: '2024-02-30'"."""
        if self.reason == "value":
            return _("not a valid %(name)s: %(value)s") % {"name": _(self.form.name), "value": shown}
        return _("expected %(form)s, got %(value)s") % {"form": _(self.form.expected), "value": shown}


@dataclass(frozen=True)
class IsoForm(Generic[T]):
    shape: re.Pattern[str]
    parse: Callable[[str], T]
    expected: str  # what the form looks like: "a date as 'YYYY-MM-DD'"
    name: str  # what a value is called: "date"

    def read(self, value: Any) -> T:
        """The value the text `value` stands for; raises NotInForm."""
        if not isinstance(value, str):
            raise NotInForm(self, "type")
        if not self.shape.fullmatch(value):
            raise NotInForm(self, "shape")
        try:
            return self.parse(value)
        except ValueError as exc:
            raise NotInForm(self, "value") from exc


DATE = IsoForm(
    re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"),
    date.fromisoformat,
    gettext_noop("a date as 'YYYY-MM-DD'"),
    gettext_noop("date"),
)
TIME = IsoForm(
    re.compile(r"[0-9]{2}:[0-9]{2}(?::[0-9]{2})?"),
    time.fromisoformat,
    gettext_noop("a time as 'HH:MM' or 'HH:MM:SS'"),
    gettext_noop("time"),
)
