"""The ISO 8601 text forms of date, date-time and time values, read the same way everywhere.

A text is first checked against the form's shape (so `fromisoformat` only ever sees plausible text,
and the forms it would also accept, `20240131` or `T10:00`, are refused), then parsed. The callers
(condition literals, ticket values) word their own errors from `expected` and `name`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Generic, TypeVar

T = TypeVar("T", date, datetime, time)


class WrongShape(ValueError):
    """The text is not in the form at all (as opposed to a ValueError: in the form, but invalid)."""


@dataclass(frozen=True)
class IsoForm(Generic[T]):
    shape: re.Pattern[str]
    parse: Callable[[str], T]
    expected: str  # what the form looks like: "a date as 'YYYY-MM-DD'"
    name: str  # what a value is called: "date"

    def read(self, text: str) -> T:
        """The value `text` stands for; raises WrongShape, or ValueError for an invalid value."""
        if not self.shape.fullmatch(text):
            raise WrongShape(text)
        return self.parse(text)


DATE = IsoForm(
    re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"), date.fromisoformat, "a date as 'YYYY-MM-DD'", "date"
)
TIME = IsoForm(
    re.compile(r"[0-9]{2}:[0-9]{2}(?::[0-9]{2})?"),
    time.fromisoformat,
    "a time as 'HH:MM' or 'HH:MM:SS'",
    "time",
)
