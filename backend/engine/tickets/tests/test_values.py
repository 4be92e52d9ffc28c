"""Unit tests of `engine.tickets.runtime.values`: reading, checking, storing and applying ticket field values.

Pure Python: no database (the directory of users and departments is a stub).
"""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.errors import ValidationFailed
from engine.tickets.runtime.values import (
    CleanResult,
    FieldValueError,
    apply_changes,
    defaults_for,
    from_storage,
    to_python,
    to_storage,
)
from engine.workflows.definitions.schema import (
    Choice,
    FieldDef,
    FieldPermission,
    FieldType,
    FieldValidation,
    StateDef,
    StateType,
    WorkflowDocument,
)

# ---- fixtures -------------------------------------------------------------------------------------

CHOICES = [Choice(value="a", label="A"), Choice(value="b", label="B"), Choice(value="c", label="C")]


def make(type_: str, key: str = "f", **kwargs: Any) -> FieldDef:
    if type_ in ("radio", "select", "checkbox", "multi_select"):
        kwargs.setdefault("choices", CHOICES)
    return FieldDef(key=key, label=key.title(), type=FieldType(type_), **kwargs)


def rules(**kwargs: Any) -> FieldValidation:
    return FieldValidation(**kwargs)


ROWS = make(
    "table",
    "rows",
    required=False,
    columns=[
        make("string", "item"),
        make("decimal", "amount", required=False, validation=rules(min=Decimal(0))),
        make("user", "owner", required=False),
        make("department", "dept", required=False),
        make("attachment", "files", required=False),
    ],
)


def file(**overrides: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "name": "report.pdf",
        "url": "https://files.example.com/r/1",
        "size": 1024,
        "content_type": "application/pdf",
    }
    item.update(overrides)
    return item


def document() -> WorkflowDocument:
    return WorkflowDocument(
        fields=[
            make("string", "title"),
            make("text", "note", required=False),
            make("int", "days", validation=rules(min=Decimal(1), max=Decimal(30))),
            make("decimal", "amount", required=False),
            make("bool", "urgent", required=False),
            make("date", "due", required=False),
            make("user", "owner", required=False),
            make("users", "watchers", required=False),
            make("department", "dept", required=False),
            make("multi_select", "tags", required=False),
            make("string", "secret", required=False),
            make("string", "status", required=False),
            ROWS,
        ],
        states=[
            StateDef(key="start", name="Draft", type=StateType.START),
            StateDef(
                key="review",
                name="Review",
                field_permissions={
                    "secret": FieldPermission.HIDDEN,
                    "note": FieldPermission.OPTIONAL,
                    "amount": FieldPermission.REQUIRED,
                    "owner": FieldPermission.OPTIONAL,
                    "watchers": FieldPermission.OPTIONAL,
                    "dept": FieldPermission.OPTIONAL,
                    "rows": FieldPermission.OPTIONAL,
                    # title, days, urgent, due, tags, status: read-only (not listed)
                },
            ),
            StateDef(key="done", name="Done", type=StateType.END),
        ],
    )


DOC = document()


def state(key: str) -> StateDef:
    found = DOC.state(key)
    assert found is not None
    return found


START = state("start")
REVIEW = state("review")


class StubDirectory:
    """Users alice, bob, carol and departments ops, dev; records every call."""

    def __init__(self) -> None:
        self.users = {"alice", "bob", "carol"}
        self.departments = {"ops", "dev"}
        self.user_calls: list[set[str]] = []
        self.department_calls: list[set[str]] = []

    def existing_usernames(self, usernames: set[str]) -> set[str]:
        self.user_calls.append(set(usernames))
        return usernames & self.users

    def existing_departments(self, codes: set[str]) -> set[str]:
        self.department_calls.append(set(codes))
        return codes & self.departments


def fail(field: FieldDef, raw: Any) -> FieldValueError:
    with pytest.raises(FieldValueError) as info:
        to_python(field, raw)
    return info.value


def problems_of(field: FieldDef, raw: Any) -> list[tuple[str, str]]:
    return [(problem.path, problem.type) for problem in fail(field, raw).problems]


def apply(
    state: StateDef,
    current: dict[str, Any],
    incoming: dict[str, Any],
    *,
    check_required: bool = True,
    directory: StubDirectory | None = None,
) -> CleanResult:
    return apply_changes(
        DOC,
        state,
        current,
        incoming,
        directory=directory or StubDirectory(),
        check_required=check_required,
    )


def rejected(
    state: StateDef,
    current: dict[str, Any],
    incoming: dict[str, Any],
    *,
    check_required: bool = True,
    directory: StubDirectory | None = None,
) -> list[tuple[str, str]]:
    with pytest.raises(ValidationFailed) as info:
        apply(state, current, incoming, check_required=check_required, directory=directory)
    error = info.value
    assert error.status == 422
    assert error.code == "invalid_fields"
    for problem in error.details:
        assert problem["loc"] == ["body", *problem["field"].split(".")]
        assert problem["message"]
    return [(problem["field"], problem["type"]) for problem in error.details]


# A typed value of every field type, for the round-trip tests.
EXAMPLES: list[tuple[FieldDef, Any]] = [
    (make("string"), "Hello, world"),
    (make("text"), "line one\nline two"),
    (make("rich_text"), "<p>Hi <b>there</b><script>x</script></p>"),
    (make("int"), -42),
    (make("int"), 10**30),
    (make("decimal"), Decimal("1.50")),
    (make("decimal"), Decimal("-0.000001")),
    (make("decimal"), Decimal("1E+3")),
    (make("bool"), False),
    (make("bool"), True),
    (make("date"), date(2024, 2, 29)),
    (make("datetime"), datetime(2024, 2, 29, 23, 59, 58, 123456, tzinfo=UTC)),
    (make("datetime"), datetime(2024, 1, 1, 10, 0, tzinfo=timezone(timedelta(hours=5, minutes=30)))),
    (make("time"), time(9, 30)),
    (make("time"), time(23, 59, 59)),
    (make("radio"), "a"),
    (make("select"), "b"),
    (make("checkbox"), ["c", "a"]),
    (make("multi_select"), ["a"]),
    (make("user"), "alice"),
    (make("users"), ["alice", "bob"]),
    (make("department"), "ops"),
    (make("attachment"), [file(), file(name="b.png", size=0, content_type="")]),
    (
        ROWS,
        [
            {"item": "Pens", "amount": Decimal("3.10"), "owner": "bob", "dept": None, "files": None},
            {"item": "Paper", "amount": None, "owner": None, "dept": "ops", "files": [file()]},
        ],
    ),
]
ALL_TYPES = [field_type.value for field_type in FieldType]


def test_examples_cover_every_type() -> None:
    assert {field.type for field, _ in EXAMPLES} == set(ALL_TYPES)


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


# ---- storage --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"), EXAMPLES, ids=[f"{f.type}-{i}" for i, (f, _) in enumerate(EXAMPLES)]
)
def test_storage_round_trip(field: FieldDef, value: Any) -> None:
    stored = to_storage(field, value)
    through_json = json.loads(json.dumps(stored))
    assert through_json == stored
    assert from_storage(field, through_json) == value
    assert from_storage(field, stored) == value
    assert to_python(field, through_json) == value  # what the API returns reads back as it was
    assert from_storage(field, value) == value  # typed values are taken as they are


def test_stored_forms() -> None:
    assert to_storage(make("decimal"), Decimal("1.50")) == "1.50"
    assert to_storage(make("date"), date(2024, 2, 29)) == "2024-02-29"
    aware = datetime(2024, 1, 1, 10, 0, tzinfo=timezone(timedelta(hours=2)))
    assert to_storage(make("datetime"), aware) == "2024-01-01T08:00:00+00:00"
    assert to_storage(make("time"), time(9, 30)) == "09:30:00"
    assert to_storage(make("int"), 5) == 5
    assert to_storage(make("string"), "") is None
    assert to_storage(ROWS, [{"item": "x", "amount": Decimal("2.5")}]) == [
        {"item": "x", "amount": "2.5", "owner": None, "dept": None, "files": None}
    ]


def test_from_storage_is_tolerant() -> None:
    assert from_storage(make("decimal"), None) is None
    # rules are not checked again on the way back
    assert from_storage(make("int", validation=rules(max=Decimal(1))), 99) == 99
    assert from_storage(make("select"), "retired-choice") == "retired-choice"
    # stored rows with a column that no longer exists, or missing cells
    assert from_storage(make("table", columns=[make("int", "n")]), [{"n": 1, "old": 2}, {}]) == [
        {"n": 1},
        {"n": None},
    ]
    with pytest.raises(FieldValueError):
        from_storage(make("date"), "not a date")


_offsets = st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)


@given(
    st.datetimes(min_value=datetime(2, 1, 1), max_value=datetime(9998, 12, 31), timezones=_offsets),
    st.dates(),
    st.times(),
    st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**15), max_value=10**15, places=6),
)
def test_round_trip_property(moment: datetime, day: date, clock: time, number: Decimal) -> None:
    clock = clock.replace(microsecond=0)
    for field, value in [
        (make("datetime"), moment),
        (make("date"), day),
        (make("time"), clock),
        (make("decimal"), number),
    ]:
        stored = json.loads(json.dumps(to_storage(field, value)))
        assert from_storage(field, stored) == value
        assert to_python(field, stored) == value
    assert to_python(make("datetime"), moment).tzinfo is UTC


@given(st.text(max_size=50).filter(lambda text: "\x00" not in text), st.integers())
def test_round_trip_property_text_and_int(text: str, number: int) -> None:
    for field, value in [(make("text"), text), (make("int"), number)]:
        stored = json.loads(json.dumps(to_storage(field, value)))
        assert from_storage(field, stored) == (value if value != "" else None)


@given(st.lists(st.sampled_from(["a", "b", "c"]), unique=True, min_size=1))
def test_round_trip_property_multi_select(value: list[str]) -> None:
    field = make("multi_select")
    assert to_python(field, value) == value
    assert from_storage(field, json.loads(json.dumps(to_storage(field, value)))) == value


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


# ---- apply_changes --------------------------------------------------------------------------------


def test_start_state_creates_values() -> None:
    directory = StubDirectory()
    result = apply(
        START,
        {},
        {
            "title": "Laptop",
            "days": "3",
            "amount": 0.1,
            "due": "2024-02-29",
            "owner": "alice",
            "watchers": ["bob", "carol"],
            "dept": "ops",
            "tags": ["a"],
            "rows": [{"item": "Pens", "owner": "bob"}],
            "note": "",
        },
        directory=directory,
    )
    assert result.values["days"] == 3
    assert result.values["amount"] == Decimal("0.1")
    assert result.values["due"] == date(2024, 2, 29)
    assert result.values["rows"][0]["owner"] == "bob"
    assert "note" not in result.values  # empty and was empty: no change
    assert set(result.changed) == {
        "title",
        "days",
        "amount",
        "due",
        "owner",
        "watchers",
        "dept",
        "tags",
        "rows",
    }
    assert result.changed["days"] == (None, 3)
    assert directory.user_calls == [{"alice", "bob", "carol"}]
    assert directory.department_calls == [{"ops"}]


def test_required_in_the_start_state() -> None:
    # title and days are required (FieldDef.required defaults to True); the others are optional
    assert rejected(START, {}, {"note": "x"}) == [("fields.title", "required"), ("fields.days", "required")]
    assert rejected(START, {}, {"title": "x", "days": ""}) == [("fields.days", "required")]
    result = apply(START, {}, {"note": "x"}, check_required=False)
    assert result.values == {"note": "x"}


def test_required_uses_the_merged_result() -> None:
    current = {"title": "Laptop", "days": 3}
    assert apply(START, current, {"note": "more"}).values == {"title": "Laptop", "days": 3, "note": "more"}
    # clearing a required field
    assert rejected(START, current, {"title": None}) == [("fields.title", "required")]


def test_permissions_in_a_later_state() -> None:
    current = {"title": "Laptop", "days": 3, "amount": Decimal("10"), "secret": "s3"}
    result = apply(REVIEW, current, {"note": "ok", "amount": "12.50"})
    assert result.values["amount"] == Decimal("12.50")
    assert result.changed == {"note": (None, "ok"), "amount": (Decimal("10"), Decimal("12.50"))}
    # amount is required in review
    assert rejected(REVIEW, current, {"amount": None}) == [("fields.amount", "required")]
    assert rejected(REVIEW, {"title": "Laptop"}, {"note": "x"}) == [("fields.amount", "required")]
    # read-only and hidden fields cannot be changed
    assert rejected(REVIEW, current, {"title": "Desk", "days": 4, "secret": "guess", "status": "x"}) == [
        ("fields.title", "not_editable"),
        ("fields.days", "not_editable"),
        ("fields.secret", "not_editable"),
        ("fields.status", "not_editable"),
    ]


def test_identical_read_only_values_are_ignored() -> None:
    current = {
        "title": "Laptop",
        "days": 3,
        "amount": Decimal("1.5"),
        "due": date(2024, 2, 29),
        "secret": "s3",
        "tags": ["a", "b"],
    }
    # what the client got back: stored forms, an equal number written differently, empty for empty
    incoming = {
        "title": "Laptop",
        "days": "3",
        "due": "2024-02-29",
        "secret": "s3",
        "tags": ["a", "b"],
        "status": "",
        "urgent": None,
        "amount": "1.50",
    }
    result = apply(REVIEW, current, incoming)
    assert result.changed == {}
    assert result.values == current
    assert str(result.values["amount"]) == "1.5"  # kept as it was


def test_unknown_keys() -> None:
    assert rejected(REVIEW, {"amount": 1}, {"nope": 1, "Note": "x"}) == [
        ("fields.nope", "unknown_field"),
        ("fields.Note", "unknown_field"),
    ]


def test_changed_lists_only_real_changes() -> None:
    current = {
        "title": "Laptop",
        "days": 3,
        "amount": Decimal("1.5"),
        "note": "n",
        "watchers": ["alice"],
        "owner": "bob",
    }
    result = apply(
        REVIEW,
        current,
        {"amount": "1.50", "note": "n", "watchers": ["alice", "bob"], "owner": None},
    )
    assert result.changed == {"watchers": (["alice"], ["alice", "bob"]), "owner": ("bob", None)}
    assert result.values["owner"] is None
    assert result.values["amount"] == Decimal("1.5")


def test_all_problems_at_once_with_exact_paths() -> None:
    directory = StubDirectory()
    current = {"title": "Laptop", "days": 3, "note": "n"}
    incoming = {
        "ghost": 1,
        "title": "Desk",  # read-only in review
        "title2": None,
        "amount": "abc",
        "owner": "mallory",
        "watchers": ["alice", "eve", "zed"],
        "dept": "sales",
        "note": 5,
        "rows": [
            {"item": "ok", "amount": "1", "owner": "alice", "dept": "dev"},
            {"item": "", "amount": "-1", "owner": "trudy", "dept": "hr", "files": [file(url="x")]},
            {"bogus": True},
        ],
    }
    problems = rejected(REVIEW, current, incoming, directory=directory)
    assert problems == [
        ("fields.ghost", "unknown_field"),
        ("fields.title", "not_editable"),
        ("fields.title2", "unknown_field"),
        ("fields.amount", "invalid_value"),
        ("fields.note", "invalid_type"),
        ("fields.rows.1.amount", "invalid_value"),
        ("fields.rows.1.files.0.url", "invalid_value"),
        ("fields.rows.2.bogus", "unknown_field"),
        ("fields.owner", "unknown_user"),
        ("fields.watchers", "unknown_user"),
        ("fields.dept", "unknown_department"),
    ]
    # users and departments: one call each (the table failed, so its names are not looked up)
    assert directory.user_calls == [{"mallory", "alice", "eve", "zed"}]
    assert directory.department_calls == [{"sales"}]


def test_directory_problems_in_table_cells() -> None:
    directory = StubDirectory()
    incoming = {
        "amount": 1,
        "owner": "alice",
        "rows": [
            {"item": "a", "owner": "bob", "dept": "dev"},
            {"item": "b", "owner": "trudy", "dept": "hr"},
        ],
    }
    problems = rejected(REVIEW, {}, incoming, directory=directory)
    assert problems == [
        ("fields.rows.1.owner", "unknown_user"),
        ("fields.rows.1.dept", "unknown_department"),
    ]
    assert directory.user_calls == [{"alice", "bob", "trudy"}]
    assert directory.department_calls == [{"dev", "hr"}]


def test_unknown_users_message_lists_them() -> None:
    with pytest.raises(ValidationFailed) as info:
        apply(REVIEW, {"amount": 1}, {"watchers": ["alice", "eve", "zed"]})
    assert info.value.details[0]["message"] == "No active users 'eve', 'zed'."


def test_directory_checks_only_names_a_change_introduces() -> None:
    directory = StubDirectory()
    directory.users.discard("bob")  # bob has left since he was added
    current = {
        "amount": Decimal(1),
        "owner": "bob",
        "watchers": ["bob"],
        "rows": [{"item": "x", "owner": "bob"}],
    }
    result = apply(
        REVIEW,
        current,
        {
            "owner": "bob",
            "watchers": ["bob", "alice"],
            "rows": [{"item": "x", "owner": "bob"}, {"item": "y"}],
        },
        directory=directory,
    )
    assert set(result.changed) == {"watchers", "rows"}
    assert directory.user_calls == [{"alice"}]
    assert directory.department_calls == []

    directory = StubDirectory()
    apply(REVIEW, {"amount": Decimal(1)}, {"note": "no names"}, directory=directory)
    assert directory.user_calls == []
    assert directory.department_calls == []


def test_required_table_columns() -> None:
    current = {"amount": Decimal(1)}
    rows = [{"item": "ok"}, {"amount": "2"}, {"item": "x"}]
    assert rejected(REVIEW, current, {"rows": rows}) == [("fields.rows.1.item", "required")]
    assert apply(REVIEW, current, {"rows": rows}, check_required=False).values["rows"][1]["item"] is None
    # a read-only table is not checked: nobody here could fix it
    assert apply(state("done"), {"rows": [{"item": None}]}, {}).changed == {}


def test_nothing_is_mutated() -> None:
    current = {
        "title": "Laptop",
        "days": 3,
        "amount": Decimal("2"),
        "watchers": ["alice"],
        "rows": [{"item": "x", "amount": Decimal(1), "owner": None, "dept": None, "files": None}],
    }
    incoming = {
        "watchers": ["alice", "nobody"],
        "rows": [{"item": "y"}, {"item": "z", "amount": "-5"}],
        "days": 9,
        "amount": "3",
    }
    current_before, incoming_before = copy.deepcopy(current), copy.deepcopy(incoming)
    with pytest.raises(ValidationFailed):
        apply(REVIEW, current, incoming)
    assert current == current_before
    assert incoming == incoming_before

    # and on success, the result shares no mutable value with the inputs
    incoming = {"watchers": ["alice", "bob"], "rows": [{"item": "y"}], "amount": "3"}
    incoming_before = copy.deepcopy(incoming)
    result = apply(REVIEW, current, incoming)
    result.values["watchers"].append("carol")
    result.values["rows"][0]["item"] = "changed"
    result.values["title"] = "changed"
    assert current == current_before
    assert incoming == incoming_before


def test_current_values_in_stored_form_are_read() -> None:
    stored = {"title": "Laptop", "days": 3, "amount": "1.50", "due": "2024-02-29", "extra": {"kept": True}}
    result = apply(REVIEW, stored, {"amount": "1.5"})
    assert result.changed == {}
    assert result.values == {
        "title": "Laptop",
        "days": 3,
        "amount": Decimal("1.50"),
        "due": date(2024, 2, 29),
        "extra": {"kept": True},  # not a field: kept as it is
    }
