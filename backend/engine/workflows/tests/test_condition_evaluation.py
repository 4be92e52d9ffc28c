"""Unit tests of `engine.workflows.conditions.evaluate`: every field type, empty values, and values or
literals that cannot be compared.

Pure Python: no database, no Django.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

import pytest

from engine.workflows.conditions import Condition, evaluate, parse_expression
from engine.workflows.tests.factories import CONDITION_FIELDS, UTC2, holds

# ---- evaluation -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "values", "expected"),
    [
        # int
        ("days > 3", {"days": 4}, True),
        ("days > 3", {"days": 3}, False),
        ("days >= 3", {"days": 3}, True),
        ("days < 3", {"days": -1}, True),
        ("days <= 3", {"days": 4}, False),
        ("days == 3", {"days": 3}, True),
        ("days == 3.0", {"days": 3}, True),
        ('days == "3"', {"days": 3}, True),
        ('days > "2.5"', {"days": 3}, True),
        ("days != 3", {"days": 4}, True),
        ("days in [1, 2]", {"days": 2}, True),
        ("days in [1, 2]", {"days": 3}, False),
        ("days not in [1, 2]", {"days": 3}, True),
        ("days == 0", {"days": 0}, True),
        ("days == 10000000000000000000001", {"days": 10**22 + 1}, True),
        ("days == 10000000000000000000001", {"days": 10**22}, False),
        # decimal: exact
        ("amount == 0.3", {"amount": Decimal("0.1") + Decimal("0.2")}, True),
        ("amount == 0.3", {"amount": Decimal(0.1 + 0.2)}, False),
        ("amount == 0.3", {"amount": Decimal("0.30000000000000004")}, False),
        ("amount == 0.30000000000000004", {"amount": Decimal("0.30000000000000004")}, True),
        ("amount == 0.10000000000000000001", {"amount": Decimal("0.1")}, False),
        ("amount == 0.10000000000000000001", {"amount": Decimal("0.10000000000000000001")}, True),
        ("amount > 0.1", {"amount": Decimal("0.10000000000000000001")}, True),
        ("amount >= 1000.50", {"amount": Decimal("1000.50")}, True),
        ("amount > 1000.50", {"amount": Decimal("1000.5")}, False),
        ("amount == 2", {"amount": Decimal("2.000")}, True),
        ("amount in [0.1, 0.2]", {"amount": Decimal("0.2")}, True),
        ("amount < 1e400", {"amount": Decimal("1e300")}, True),
        # bool
        ("urgent == true", {"urgent": True}, True),
        ("urgent == true", {"urgent": False}, False),
        ("urgent == false", {"urgent": False}, True),
        ("urgent != true", {"urgent": False}, True),
        ("urgent in [true]", {"urgent": True}, True),
        # date
        ('due < "2024-02-01"', {"due": date(2024, 1, 31)}, True),
        ('due == "2024-01-31"', {"due": date(2024, 1, 31)}, True),
        ('due >= "2024-02-01"', {"due": date(2024, 1, 31)}, False),
        ('due == "2024-01-31"', {"due": datetime(2024, 1, 31, 23, 0, tzinfo=UTC)}, True),
        ('due in ["2024-01-01", "2024-01-31"]', {"due": date(2024, 1, 31)}, True),
        # datetime: naive means UTC, offsets respected
        ('at > "2024-01-01T00:00:00Z"', {"at": datetime(2024, 1, 1, 0, 0, 1, tzinfo=UTC)}, True),
        ('at == "2024-01-01T10:00"', {"at": datetime(2024, 1, 1, 10, 0, tzinfo=UTC)}, True),
        ('at == "2024-01-01T12:00+02:00"', {"at": datetime(2024, 1, 1, 10, 0, tzinfo=UTC)}, True),
        ('at < "2024-01-01T12:00+02:00"', {"at": datetime(2024, 1, 1, 11, 59, tzinfo=UTC2)}, True),
        ('at == "2024-01-01T10:00:00"', {"at": datetime(2024, 1, 1, 10, 0)}, True),
        ('at <= "2024-01-01"', {"at": datetime(2024, 1, 1, tzinfo=UTC)}, True),
        # time
        ('t >= "09:00"', {"t": time(9, 0)}, True),
        ('t >= "09:00"', {"t": time(8, 59, 59)}, False),
        ('t == "09:00:30"', {"t": time(9, 0, 30)}, True),
        ('t < "17:30"', {"t": time(17, 0, tzinfo=UTC)}, True),
        # strings: case-sensitive; ordering by code point
        ('title == "Prod"', {"title": "Prod"}, True),
        ('title == "Prod"', {"title": "prod"}, False),
        ('title contains "prod"', {"title": "in production"}, True),
        ('title contains "Prod"', {"title": "in production"}, False),
        ('title not contains "x"', {"title": "abc"}, True),
        ('title starts_with "in "', {"title": "in production"}, True),
        ('title ends_with "tion"', {"title": "in production"}, True),
        ('title ends_with "in"', {"title": "in production"}, False),
        ('title > "b"', {"title": "c"}, True),
        ('title < "B"', {"title": "a"}, False),
        ('title in ["a", "b"]', {"title": "b"}, True),
        ('note contains "\\n"', {"note": "two\nlines"}, True),
        ('body contains "<b>"', {"body": "<p><b>x</b></p>"}, True),
        ('level == "high"', {"level": "high"}, True),
        ('team in ["qa", "ops"]', {"team": "ops"}, True),
        ('owner == "alice"', {"owner": "alice"}, True),
        ('dept not in ["ops"]', {"dept": "dev"}, True),
        # multi-valued: element membership, not substring
        ('tags contains "x"', {"tags": ["x", "y"]}, True),
        ('tags contains "x"', {"tags": ["xy"]}, False),
        ('tags not contains "x"', {"tags": ["xy"]}, True),
        ('labels contains "b"', {"labels": ("a", "b")}, True),
        ('watchers contains "alice"', {"watchers": ["bob", "alice"]}, True),
        ('watchers not contains "alice"', {"watchers": ["bob"]}, True),
        # emptiness: None, "", [], {}; but not 0 or false
        ("note is empty", {}, True),
        ("note is empty", {"note": None}, True),
        ("note is empty", {"note": ""}, True),
        ("note is empty", {"note": " "}, False),
        ("tags is empty", {"tags": []}, True),
        ("rows is empty", {"rows": {}}, True),
        ("rows is not empty", {"rows": [{"a": 1}]}, True),
        ("files is empty", {"files": []}, True),
        ("files is not empty", {"files": [{"name": "a.pdf"}]}, True),
        ("days is empty", {"days": 0}, False),
        ("urgent is not empty", {"urgent": False}, True),
        ("note == null", {}, True),
        ("note == null", {"note": "x"}, False),
        ("note != null", {"note": "x"}, True),
        ("note != null", {"note": ""}, False),
        # boolean structure
        ("days > 3 and urgent == true", {"days": 4, "urgent": True}, True),
        ("days > 3 and urgent == true", {"days": 4, "urgent": False}, False),
        ("days > 3 or urgent == true", {"days": 1, "urgent": True}, True),
        ("not (days > 3 or urgent == true)", {"days": 1, "urgent": False}, True),
    ],
)
def test_evaluate(expression: str, values: dict[str, Any], expected: bool) -> None:
    assert holds(expression, **values) is expected


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("days == 1", False),
        ("days != 1", True),
        ("days > 1", False),
        ("days >= 1", False),
        ("days < 1", False),
        ("days <= 1", False),
        ("days in [1]", False),
        ("days not in [1]", True),
        ('title contains "x"', False),
        ('title not contains "x"', True),
        ('title starts_with "x"', False),
        ('title ends_with "x"', False),
        ("title is empty", True),
        ("title is not empty", False),
        ('tags contains "x"', False),
        ('tags not contains "x"', True),
        # `not` is pushed down: not (days > 1) is days <= 1, false when empty
        ("not (days > 1)", False),
        ("not (days > 1) or days is empty", True),
    ],
)
@pytest.mark.parametrize(
    "empty", [{}, {"days": None, "title": None, "tags": None}, {"title": "", "tags": []}]
)
def test_comparisons_against_empty_values(expression: str, expected: bool, empty: dict[str, Any]) -> None:
    assert holds(expression, **empty) is expected


def test_no_groups_never_matches() -> None:
    assert evaluate(Condition(groups=[]), {"days": 1}, CONDITION_FIELDS) is False


@pytest.mark.parametrize(
    ("expression", "values", "expected"),
    [
        # stored values that cannot be read as the field's type are incomparable
        ("days > 3", {"days": "abc"}, False),
        ("days != 3", {"days": "abc"}, True),
        ("days == 3", {"days": True}, False),
        ("amount > 1", {"amount": Decimal("NaN")}, False),
        ("amount > 1", {"amount": Decimal("sNaN")}, False),
        ("amount != 1", {"amount": Decimal("Infinity")}, True),
        ("amount > 1", {"amount": float("inf")}, False),
        ('due > "2024-01-01"', {"due": "not a date"}, False),
        ('at > "2024-01-01"', {"at": date(2024, 1, 2)}, False),
        ('t > "09:00"', {"t": object()}, False),
        ('tags contains "x"', {"tags": "x"}, False),
        ("title == 1", {"title": 1}, False),
        # lenient readings of JSON-shaped stored values
        ("amount == 1.5", {"amount": "1.50"}, True),
        ('due == "2024-01-01"', {"due": "2024-01-01"}, True),
        ('at == "2024-01-01T00:00Z"', {"at": "2024-01-01T00:00:00+00:00"}, True),
        # literals that check_condition rejects
        ('days > "abc"', {"days": 5}, False),
        ('days != "abc"', {"days": 5}, True),
        ('days in [1, "x", null, 5]', {"days": 5}, True),
        ('days not in ["x"]', {"days": 5}, True),
        ("days in 5", {"days": 5}, False),
        ("days > [1]", {"days": 5}, False),
        ('due == "2024-13-01"', {"due": date(2024, 1, 1)}, False),
        # operators the type does not support, unknown fields
        ("urgent > false", {"urgent": True}, False),
        ("files == 1", {"files": [1]}, False),
        ('body starts_with "x"', {"body": "xyz"}, False),
        ("ghost == 1", {"ghost": 1}, False),
        ("ghost != 1", {"ghost": 1}, True),
        ("ghost is not empty", {"ghost": 1}, True),
    ],
)
def test_evaluate_is_total(expression: str, values: dict[str, Any], expected: bool) -> None:
    assert holds(expression, **values) is expected


def test_evaluate_unknown_field_type() -> None:
    condition = parse_expression("x == 1")
    assert evaluate(condition, {"x": 1}, {"x": "geo"}) is False
    assert evaluate(condition, {"x": 1}, {}) is False
