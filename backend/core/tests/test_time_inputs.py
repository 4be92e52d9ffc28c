"""The shared date and date-time inputs take ISO 8601 text only, and give UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pydantic import TypeAdapter, ValidationError

from core.schemas import IsoDate, IsoDatetime

MOMENT = TypeAdapter(IsoDatetime)
DAY = TypeAdapter(IsoDate)


def test_iso_text_is_taken_and_moments_come_back_in_utc():
    assert MOMENT.validate_python("2026-03-01T10:00:00+02:00") == datetime(2026, 3, 1, 8, tzinfo=UTC)
    assert DAY.validate_python("2026-03-01") == date(2026, 3, 1)


@pytest.mark.parametrize("value", [0.5, 0, 1767225600, "0.5", "1767225600", True, None, "03/01/2026"])
def test_numbers_and_other_spellings_are_refused(value):
    with pytest.raises(ValidationError):
        MOMENT.validate_python(value)
    with pytest.raises(ValidationError):
        DAY.validate_python(value)


def test_offsets_postgresql_cannot_store_are_refused():
    with pytest.raises(ValidationError):
        MOMENT.validate_python("0001-01-01T00:00:00+05:00")
