"""Constrained string and time types every area's request bodies and query parameters share."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Annotated

from django.utils import timezone
from django.utils.translation import gettext as _
from pydantic import AfterValidator, BeforeValidator, StringConstraints

Username = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=150, pattern=r"^[\w.@+-]+$")
]

Code = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
    ),
]

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]

Phone = Annotated[str, StringConstraints(strip_whitespace=True, max_length=32, pattern=r"^[0-9+() -]*$")]

Password = Annotated[str, StringConstraints(min_length=8, max_length=128)]


def _iso_text(value: object) -> object:
    # pydantic would also take a number (Unix time, days since 1970); the schema says ISO 8601.
    if isinstance(value, (date, datetime)):
        return value
    if isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return value
    raise ValueError(_("expected an ISO 8601 date or date-time (YYYY-MM-DD...)"))


def _in_utc(value: datetime) -> datetime:
    # PostgreSQL takes UTC offsets up to ±15:59 only (ISO allows ±23:59): the query gets UTC, and a
    # moment that leaves the calendar on the way (0001-01-01T00:00+05:00) is refused, not a 500.
    try:
        if timezone.is_naive(value):
            value = timezone.make_aware(value)
        return value.astimezone(UTC)
    except OverflowError:
        raise ValueError(_("date-time out of range")) from None


IsoDatetime = Annotated[datetime, BeforeValidator(_iso_text), AfterValidator(_in_utc)]
IsoDate = Annotated[date, BeforeValidator(_iso_text)]  # YYYY-MM-DD, never a Unix time
