"""Unit tests of `engine.tickets.runtime.values`: the stored (JSON) form of every field type and
the round trip through it.

Pure Python: no database.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engine.tickets.runtime.values import FieldValueError, from_storage, to_python, to_storage
from engine.tickets.tests.factories import ALL_TYPES, ROWS, file, make, rules
from engine.workflows.definitions.schema import FieldDef

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


def test_examples_cover_every_type() -> None:
    assert {field.type for field, _ in EXAMPLES} == set(ALL_TYPES)


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
