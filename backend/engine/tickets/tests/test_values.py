"""Unit tests of `engine.tickets.runtime.values`: reading a raw value as each field type.

Pure Python: no database. Bounds and defaults are in test_value_rules.py, the stored form in
test_value_storage.py, `apply_changes` in test_apply_changes.py.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from engine.tickets.runtime.values import from_storage, to_python, to_storage
from engine.tickets.tests.factories import ALL_TYPES, ROWS, fail, file, make, problems_of, rules

# ---- empty values ---------------------------------------------------------------------------------


@pytest.mark.parametrize("type_", ALL_TYPES)
@pytest.mark.parametrize("raw", [None, "", []])
def test_empty_values_are_none(type_: str, raw: Any) -> None:
    field = make(type_, validation=rules(min_length=2) if type_ in ("string", "users") else None)
    assert to_python(field, raw) is None
    assert from_storage(field, raw) is None
    assert to_storage(field, None) is None


# ---- text -----------------------------------------------------------------------------------------


def test_string_is_one_line() -> None:
    field = make("string")
    assert to_python(field, "  padded  ") == "  padded  "
    for raw in ["a\nb", "a\r", "a\u2028b", "a\x0bb"]:
        error = fail(field, raw)
        assert error.type == "invalid_value"
        assert "single line" in error.message


@pytest.mark.parametrize("type_", ["string", "text", "rich_text"])
def test_text_types_refuse_non_strings_and_nul(type_: str) -> None:
    field = make(type_)
    for raw in [5, 1.5, True, ["x"], {"a": 1}]:
        assert fail(field, raw).type == "invalid_type"
    assert fail(field, "a\x00b").type == "invalid_value"


def test_text_and_rich_text_keep_lines_and_markup() -> None:
    assert to_python(make("text"), "a\nb\r\nc") == "a\nb\r\nc"
    html = '<p onclick="x()">unsanitised</p>'
    assert to_python(make("rich_text"), html) == html


def test_text_type_hard_limits() -> None:
    assert to_python(make("string"), "x" * 10_000) == "x" * 10_000
    assert fail(make("string"), "x" * 10_001).type == "invalid_value"
    assert to_python(make("rich_text"), "x" * 100_000) == "x" * 100_000
    assert "100000" in fail(make("rich_text"), "x" * 100_001).message
    assert fail(make("text"), "x" * 100_001).type == "invalid_value"


# ---- numbers --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(12, 12), (-3, -3), (0, 0), ("12", 12), ("-7", -7), ("007", 7), (3.0, 3), (10**20, 10**20)],
)
def test_int_valid(raw: Any, expected: int) -> None:
    value = to_python(make("int"), raw)
    assert value == expected
    assert type(value) is int


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (True, "invalid_type"),
        (False, "invalid_type"),
        (1.5, "invalid_value"),
        (float("nan"), "invalid_value"),
        (float("inf"), "invalid_value"),
        ("1.5", "invalid_value"),
        ("12.0", "invalid_value"),
        (" 12", "invalid_value"),
        ("+1", "invalid_value"),
        ("abc", "invalid_value"),
        ("1" * 101, "invalid_value"),
        ([1], "invalid_type"),
        ({"v": 1}, "invalid_type"),
        (Decimal(1), "invalid_type"),
    ],
)
def test_int_invalid(raw: Any, problem: str) -> None:
    assert fail(make("int"), raw).type == problem


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1.50", "1.50"),
        (1.5, "1.5"),
        (0.1, "0.1"),
        (3, "3"),
        ("-0.25", "-0.25"),
        ("1e3", "1E+3"),
        (".5", "0.5"),
        (Decimal("2.000"), "2.000"),
        ("0.10000000000000000001", "0.10000000000000000001"),
    ],
)
def test_decimal_valid_and_exact(raw: Any, expected: str) -> None:
    value = to_python(make("decimal"), raw)
    assert isinstance(value, Decimal)
    assert str(value) == expected
    assert to_storage(make("decimal"), value) == expected


def test_decimal_arithmetic_is_exact() -> None:
    field = make("decimal")
    assert to_python(field, 0.1) + to_python(field, 0.2) == Decimal("0.3")
    assert to_python(field, "1.50") == Decimal("1.5")  # the same number, kept as written
    assert str(to_python(field, "1.50")) == "1.50"


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (True, "invalid_type"),
        ("NaN", "invalid_value"),
        ("nan", "invalid_value"),
        ("Infinity", "invalid_value"),
        ("-inf", "invalid_value"),
        (float("nan"), "invalid_value"),
        (float("inf"), "invalid_value"),
        (Decimal("NaN"), "invalid_value"),
        (Decimal("-Infinity"), "invalid_value"),
        ("1,5", "invalid_value"),
        ("1e5000", "invalid_value"),
        ("1" * 101, "invalid_value"),
        (10**101, "invalid_value"),
        ([1], "invalid_type"),
    ],
)
def test_decimal_invalid(raw: Any, problem: str) -> None:
    assert fail(make("decimal"), raw).type == problem


def test_bool() -> None:
    field = make("bool")
    assert to_python(field, True) is True
    assert to_python(field, False) is False
    for raw in ["true", "false", 1, 0, "yes"]:
        assert fail(field, raw).type == "invalid_type"


# ---- dates and times ------------------------------------------------------------------------------


def test_date() -> None:
    field = make("date")
    assert to_python(field, "2024-02-29") == date(2024, 2, 29)  # leap day
    assert to_python(field, date(2023, 1, 1)) == date(2023, 1, 1)
    for raw in ["2023-02-29", "2024-13-01", "2024-2-1", "2024-01-01T00:00:00", "01/02/2024"]:
        assert fail(field, raw).type == "invalid_value", raw
    wrong_types: list[Any] = [20240101, datetime(2024, 1, 1, tzinfo=UTC), True]
    for raw in wrong_types:
        assert fail(field, raw).type == "invalid_type", raw


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-01-01T10:00:00+02:00", datetime(2024, 1, 1, 8, 0, tzinfo=UTC)),
        ("2024-01-01T10:00:00-05:30", datetime(2024, 1, 1, 15, 30, tzinfo=UTC)),
        ("2024-01-01T00:30:00+01:00", datetime(2023, 12, 31, 23, 30, tzinfo=UTC)),
        ("2024-01-01T10:00:00Z", datetime(2024, 1, 1, 10, 0, tzinfo=UTC)),
        ("2024-01-01T10:00:00", datetime(2024, 1, 1, 10, 0, tzinfo=UTC)),  # naive means UTC
        ("2024-01-01 10:00", datetime(2024, 1, 1, 10, 0, tzinfo=UTC)),
        ("2024-02-29T12:00:00.250+00:00", datetime(2024, 2, 29, 12, 0, 0, 250000, tzinfo=UTC)),
        (datetime(2024, 1, 1, 10, 0), datetime(2024, 1, 1, 10, 0, tzinfo=UTC)),
        (
            datetime(2024, 1, 1, 10, 0, tzinfo=timezone(timedelta(hours=1))),
            datetime(2024, 1, 1, 9, 0, tzinfo=UTC),
        ),
    ],
)
def test_datetime_is_aware_utc(raw: Any, expected: datetime) -> None:
    value = to_python(make("datetime"), raw)
    assert value == expected
    assert value.tzinfo is UTC
    assert value.utcoffset() == timedelta(0)


def test_datetime_invalid() -> None:
    field = make("datetime")
    for raw in [
        "2024-01-01",
        "2024-01-01T25:00:00",
        "2023-02-29T10:00:00",
        "yesterday",
        "2024-01-01T10:00:00+0",
        "0001-01-01T00:00:00+01:00",  # before year 1 in UTC
        "9999-12-31T23:00:00-05:00",  # after year 9999 in UTC
    ]:
        assert fail(field, raw).type == "invalid_value", raw
    wrong_types: list[Any] = [1704103200, date(2024, 1, 1), True]
    for raw in wrong_types:
        assert fail(field, raw).type == "invalid_type", raw


def test_time() -> None:
    field = make("time")
    assert to_python(field, "09:30") == time(9, 30)
    assert to_python(field, "23:59:59") == time(23, 59, 59)
    assert to_python(field, time(8, 0)) == time(8, 0)
    for raw in ["24:00", "9:30", "09:60", "09:30:00.5", "09:30+01:00", "0930", time(9, 0, 0, 5)]:
        assert fail(field, raw).type == "invalid_value", raw
    assert fail(field, time(9, 0, tzinfo=UTC)).type == "invalid_value"
    for raw in [930, 9.5]:
        assert fail(field, raw).type == "invalid_type"


# ---- choices, users, departments ------------------------------------------------------------------


@pytest.mark.parametrize("type_", ["radio", "select"])
def test_single_choice(type_: str) -> None:
    field = make(type_)
    assert to_python(field, "b") == "b"
    error = fail(field, "z")
    assert error.type == "invalid_value"
    assert "'z'" in error.message
    assert fail(field, "A").type == "invalid_value"  # values are case-sensitive; labels do not count
    assert fail(field, 1).type == "invalid_type"
    assert fail(field, ["a"]).type == "invalid_type"


@pytest.mark.parametrize("type_", ["checkbox", "multi_select"])
def test_multi_choice(type_: str) -> None:
    field = make(type_)
    assert to_python(field, ["c", "a"]) == ["c", "a"]  # order kept
    assert "twice" in fail(field, ["a", "b", "a"]).message
    assert fail(field, ["a", "z"]).type == "invalid_value"
    assert fail(field, "a").type == "invalid_type"
    assert fail(field, ["a", 1]).type == "invalid_type"


def test_user_users_department() -> None:
    assert to_python(make("user"), "alice") == "alice"
    assert to_python(make("users"), ["bob", "alice"]) == ["bob", "alice"]
    assert to_python(make("department"), "ops") == "ops"
    assert fail(make("user"), 7).type == "invalid_type"
    assert fail(make("user"), ["alice"]).type == "invalid_type"
    assert fail(make("user"), "x" * 151).type == "invalid_value"
    assert fail(make("user"), "al\x00ice").type == "invalid_value"
    assert "twice" in fail(make("users"), ["alice", "alice"]).message
    assert fail(make("users"), "alice").type == "invalid_type"
    assert fail(make("users"), ["alice", ""]).type == "invalid_value"
    assert fail(make("users"), [f"u{i}" for i in range(501)]).type == "invalid_value"
    assert fail(make("department"), "d" * 65).type == "invalid_value"
    assert fail(make("department"), {"code": "ops"}).type == "invalid_type"


# ---- attachments ----------------------------------------------------------------------------------


def test_attachment_valid() -> None:
    field = make("attachment")
    raw = [file(), file(url="http://example.com/a?b=c#d", size=0, content_type="")]
    value = to_python(field, raw)
    assert value == raw
    assert value[0] is not raw[0]  # a copy


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (file(url="ftp://example.com/x"), [("0.url", "invalid_value")]),
        (file(url="javascript:alert(1)"), [("0.url", "invalid_value")]),
        (file(url="https://"), [("0.url", "invalid_value")]),
        (file(url="https://exa mple.com/"), [("0.url", "invalid_value")]),
        (file(url="https://example.com/" + "x" * 2000), [("0.url", "invalid_value")]),
        (file(url=5), [("0.url", "invalid_value")]),
        (file(extra="x"), [("0.extra", "unknown_field")]),
        ({"name": "a", "url": "https://e.com/a", "size": 1}, [("0.content_type", "invalid_value")]),
        (file(size=-1), [("0.size", "invalid_value")]),
        (file(size=True), [("0.size", "invalid_value")]),
        (file(size=1.5), [("0.size", "invalid_value")]),
        (file(name=""), [("0.name", "invalid_value")]),
        (file(name="n" * 256), [("0.name", "invalid_value")]),
        (file(content_type="t" * 201), [("0.content_type", "invalid_value")]),
        ("https://example.com/a", [("0", "invalid_type")]),
        (
            file(url="ftp://x", size=-5, extra=1),
            [("0.extra", "unknown_field"), ("0.url", "invalid_value"), ("0.size", "invalid_value")],
        ),
    ],
)
def test_attachment_invalid(item: Any, expected: list[tuple[str, str]]) -> None:
    assert problems_of(make("attachment"), [item]) == expected


def test_attachment_problems_name_the_item() -> None:
    assert problems_of(make("attachment"), [file(), file(url="ftp://x")]) == [("1.url", "invalid_value")]
    assert fail(make("attachment"), file()).type == "invalid_type"  # one object, not a list


# ---- tables ---------------------------------------------------------------------------------------


def test_table_rows_hold_every_column() -> None:
    value = to_python(ROWS, [{"item": "Pens", "amount": "3.10"}, {"item": "Ink", "files": [file()]}])
    assert value == [
        {"item": "Pens", "amount": Decimal("3.10"), "owner": None, "dept": None, "files": None},
        {"item": "Ink", "amount": None, "owner": None, "dept": None, "files": [file()]},
    ]
    assert list(value[0]) == ["item", "amount", "owner", "dept", "files"]


def test_table_problems_have_row_and_column_paths() -> None:
    raw = [
        {"item": "ok", "amount": "1"},
        {"item": "a\nb", "amount": "-1", "colour": "red"},
        "not a row",
        {"item": 5, "files": [file(url="ftp://x")]},
    ]
    assert problems_of(ROWS, raw) == [
        ("1.colour", "unknown_field"),
        ("1.item", "invalid_value"),
        ("1.amount", "invalid_value"),
        ("2", "invalid_type"),
        ("3.item", "invalid_type"),
        ("3.files.0.url", "invalid_value"),
    ]


def test_table_limits() -> None:
    assert len(to_python(ROWS, [{"item": "x"}] * 500)) == 500
    error = fail(ROWS, [{"item": "x"}] * 501)
    assert error.type == "invalid_value"
    assert "500" in error.message
    assert fail(ROWS, {"item": "x"}).type == "invalid_type"
