"""Unit tests of `engine.tickets.runtime.values`: a field's validation bounds and its defaults.

Pure Python: no database.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal

import pytest

from engine.tickets.runtime.values import defaults_for, to_python
from engine.tickets.tests.factories import fail, file, make, rules
from engine.workflows.definitions.schema import WorkflowDocument

# ---- validation bounds ----------------------------------------------------------------------------


def test_number_bounds() -> None:
    field = make("int", validation=rules(min=Decimal(1), max=Decimal(30)))
    assert to_python(field, 1) == 1
    assert to_python(field, "30") == 30
    assert "at least 1" in fail(field, 0).message
    assert "at most 30" in fail(field, 31).message
    field = make("decimal", validation=rules(min=Decimal("0.01"), max="99.99"))
    assert to_python(field, "0.01") == Decimal("0.01")
    assert to_python(field, 99.99) == Decimal("99.99")
    assert fail(field, "0.009").type == "invalid_value"
    assert fail(field, "100").type == "invalid_value"
    assert fail(field, 99.99 + 0.001).type == "invalid_value"  # 99.991


def test_date_and_time_bounds() -> None:
    field = make("date", validation=rules(min="2024-01-01", max="2024-12-31"))
    assert to_python(field, "2024-02-29") == date(2024, 2, 29)
    assert fail(field, "2023-12-31").type == "invalid_value"
    assert fail(field, "2025-01-01").type == "invalid_value"

    field = make("datetime", validation=rules(min="2024-01-01T00:00:00Z", max="2024-01-31"))
    assert to_python(field, "2024-01-01T01:00:00+01:00") == datetime(2024, 1, 1, tzinfo=UTC)
    assert fail(field, "2024-01-01T00:59:59+01:00").type == "invalid_value"  # 23:59:59 UTC the day before
    assert fail(field, "2024-01-31T00:00:01").type == "invalid_value"

    field = make("time", validation=rules(min="09:00", max="17:30"))
    assert to_python(field, "17:30") == time(17, 30)
    assert fail(field, "08:59:59").type == "invalid_value"


def test_length_bounds() -> None:
    field = make("string", validation=rules(min_length=2, max_length=4))
    assert to_python(field, "ab") == "ab"
    assert to_python(field, "ééé") == "ééé"  # characters, not bytes
    assert "at least 2 characters" in fail(field, "a").message
    assert "at most 4 characters" in fail(field, "abcde").message
    field = make("multi_select", validation=rules(min_length=2, max_length=2))
    assert to_python(field, ["a", "b"]) == ["a", "b"]
    assert "at least 2 items" in fail(field, ["a"]).message
    assert "at most 2 items" in fail(field, ["a", "b", "c"]).message
    field = make("table", columns=[make("int", "n")], validation=rules(max_length=1))
    assert "at most 1 rows" in fail(field, [{"n": 1}, {"n": 2}]).message
    field = make("attachment", validation=rules(min_length=2))
    assert fail(field, [file()]).type == "invalid_value"


def test_regex_full_match() -> None:
    field = make("string", validation=rules(regex=r"[A-Z]{3}-[0-9]{2}"))
    assert to_python(field, "ABC-12") == "ABC-12"
    for raw in ["ABC-123", "xABC-12", "abc-12", "ABC-12\u00a0"]:
        error = fail(field, raw)
        assert error.type == "invalid_value"
        assert "pattern" in error.message


def test_regex_runs_in_linear_time_on_long_values() -> None:
    """RE2 matches the whole value whatever its length (the 10,000-character cap of `re` is gone)."""
    field = make("text", validation=rules(regex=r"^(a+)+$"))
    assert to_python(field, "a" * 100_000) == "a" * 100_000
    error = fail(field, "a" * 99_999 + "!")
    assert error.type == "invalid_value"
    assert "pattern" in error.message


def test_regex_keeps_pythons_unicode_classes() -> None:
    field = make("string", validation=rules(regex=r"\w+ \w+"))
    assert to_python(field, "张 三") == "张 三"
    assert fail(field, "张三").type == "invalid_value"


def test_regex_re2_cannot_run_refuses_the_value(caplog: pytest.LogCaptureFixture) -> None:
    """A version published before RE2 may hold a lookahead: its values are refused, not unchecked."""
    field = make("string", validation=rules(regex=r"(?=.*[0-9])[a-z0-9]+"))
    error = fail(field, "abc1")
    assert error.type == "invalid_value"
    assert "publish a new version" in error.message
    assert "lookahead" in error.message
    assert "RE2 cannot run" in caplog.text
    assert to_python(make("string", required=False, validation=field.validation), "") is None


def test_bounds_ignore_empty_values() -> None:
    field = make("string", validation=rules(min_length=3, regex="x+"))
    assert to_python(field, "") is None
    assert to_python(make("int", validation=rules(min=Decimal(5))), None) is None


# ---- defaults -------------------------------------------------------------------------------------


def test_defaults_for() -> None:
    doc = WorkflowDocument(
        fields=[
            make("int", "days", default=3),
            make("decimal", "amount", default="1.50"),
            make("date", "due", default="2024-02-29"),
            make("multi_select", "tags", default=["a"]),
            make("string", "empty", default=""),
            make("string", "none"),
            make("bool", "flag", default=False),
        ]
    )
    assert defaults_for(doc) == {
        "days": 3,
        "amount": Decimal("1.50"),
        "due": date(2024, 2, 29),
        "tags": ["a"],
        "flag": False,
    }
