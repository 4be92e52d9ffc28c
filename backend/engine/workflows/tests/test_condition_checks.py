"""Unit tests of `engine.workflows.conditions.check_condition`: the field types, operators and values a
condition may use.

Pure Python: no database, no Django.
"""

from __future__ import annotations

import pytest

from engine.workflows.conditions import FIELD_TYPES, Condition, Op, check_condition, parse_expression
from engine.workflows.conditions.fieldtypes import allowed_ops
from engine.workflows.tests.factories import CONDITION_FIELDS, cmp, cond

# ---- check_condition --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "expression",
    [
        'title == "x" and title > "a" and title starts_with "a" and title ends_with "b"',
        'title contains "c" and title not in ["d"]',
        'note starts_with "a" or note in ["a", "b"] or body contains "x" or body != "y"',
        "days > 3 and days in [1, 2.5, '3'] and days == 1e3 and amount <= 1000.50 and amount == '0.1'",
        "amount == 0.10000000000000000001 and urgent == true and urgent not in [false]",
        'due >= "2024-01-01" and due in ["2024-02-29"] and at < "2024-01-01T10:00:00+02:00"',
        'at == "2024-01-01T10:00" and at > "2024-01-01" and t < "17:30" and t == "09:00:05"',
        'level == "high" and team in ["qa"] and owner != "bob" and dept not in ["ops"]',
        'tags contains "x" and labels not contains "y" and watchers contains "alice"',
        "files is empty or rows is not empty or title is empty or tags is not empty",
        "title == null or days != null or urgent == null",
        "`Empty` == 'x'",
    ],
)
def test_check_accepts_valid_conditions(expression: str) -> None:
    assert check_condition(parse_expression(expression), CONDITION_FIELDS) == []


def test_check_no_groups() -> None:
    assert check_condition(Condition(groups=[]), CONDITION_FIELDS) == [
        ("groups", "A condition needs at least one group of comparisons.")
    ]


def test_check_unknown_field() -> None:
    problems = check_condition(parse_expression("days > 1 and ghost == 1 or x is empty"), CONDITION_FIELDS)
    assert problems == [
        ("groups.0.1.field", "Unknown field 'ghost'."),
        ("groups.1.0.field", "Unknown field 'x'."),
    ]
    assert check_condition(parse_expression("x == 1"), {"x": "geo"}) == [
        ("groups.0.0.field", "Field 'x' has an unknown type 'geo'.")
    ]


@pytest.mark.parametrize(
    "expression",
    [
        "urgent > true",
        "files == 1",
        "rows in [1]",
        'files contains "a"',
        'tags == "x"',
        'tags in ["x"]',
        'watchers != "x"',
        'body starts_with "x"',
        'level > "a"',
        'dept contains "o"',
        'days contains "1"',
        'owner ends_with "x"',
        'note > "a"',
        "labels >= 1",
        'due starts_with "2024"',
    ],
)
def test_check_operator_not_valid_for_type(expression: str) -> None:
    condition = parse_expression(f"title is empty and {expression}")
    problems = check_condition(condition, CONDITION_FIELDS)
    assert len(problems) == 1
    path, message = problems[0]
    assert path == "groups.0.1.op"
    assert "is not valid for" in message


@pytest.mark.parametrize(
    ("expression", "path", "fragment"),
    [
        ('days == "abc"', "groups.0.0.value", "expected a number"),
        ("days == true", "groups.0.0.value", "expected a number"),
        ("amount > '1,5'", "groups.0.0.value", "expected a number"),
        ("days in 3", "groups.0.0.value", "needs a list"),
        ("days not in 'x'", "groups.0.0.value", "needs a list"),
        ("days > [1]", "groups.0.0.value", "single value, not a list"),
        ("days > null", "groups.0.0.value", "needs a value"),
        ("title contains null", "groups.0.0.value", "needs a value"),
        ('due == "2024-13-01"', "groups.0.0.value", "not a valid date"),
        ('due == "01/02/2024"', "groups.0.0.value", "YYYY-MM-DD"),
        ('due == "2024-01-01T10:00"', "groups.0.0.value", "YYYY-MM-DD"),
        ("due == 20240101", "groups.0.0.value", "YYYY-MM-DD"),
        ('at == "yesterday"', "groups.0.0.value", "ISO 8601"),
        ('t == "25:00"', "groups.0.0.value", "not a valid time"),
        ('t == "9:00"', "groups.0.0.value", "HH:MM"),
        ('urgent == "true"', "groups.0.0.value", "true or false"),
        ("title == 3", "groups.0.0.value", "expected a string"),
        ("team in ['a', 1]", "groups.0.0.value.1", "expected a string"),
        ("tags contains 1", "groups.0.0.value", "expected a string"),
        ("title starts_with true", "groups.0.0.value", "expected a string"),
    ],
)
def test_check_value_problems(expression: str, path: str, fragment: str) -> None:
    problems = check_condition(parse_expression(f"note is empty or {expression}"), CONDITION_FIELDS)
    assert len(problems) == 1, problems
    assert problems[0][0] == path.replace("groups.0.", "groups.1.", 1)
    assert fragment in problems[0][1]


def test_check_list_items_one_problem_each() -> None:
    problems = check_condition(parse_expression("days in [1, 'x', null, 2.5]"), CONDITION_FIELDS)
    assert problems == [
        ("groups.0.0.value.1", "Invalid list item for int field 'days': expected a number, got 'x'."),
        ("groups.0.0.value.2", "Invalid list item for int field 'days': null is not allowed here."),
    ]


def test_check_value_on_emptiness_test() -> None:
    condition = cond([cmp("days", "gt", 1), cmp("note", "is_empty", "x")], [cmp("files", "is_not_empty", [])])
    assert check_condition(condition, CONDITION_FIELDS) == [
        ("groups.0.1.value", "'is_empty' takes no value."),
        ("groups.1.0.value", "'is_not_empty' takes no value."),
    ]


def test_check_reports_every_problem_in_order() -> None:
    condition = parse_expression('ghost == 1 and urgent > true or days == "x" and title == "ok"')
    assert [path for path, _ in check_condition(condition, CONDITION_FIELDS)] == [
        "groups.0.0.field",
        "groups.0.1.op",
        "groups.1.0.value",
    ]


@pytest.mark.parametrize("field_type", FIELD_TYPES)
def test_operator_table(field_type: str) -> None:
    ops = allowed_ops(field_type)
    assert {Op.IS_EMPTY, Op.IS_NOT_EMPTY} <= ops
    opaque = field_type in ("attachment", "table")
    multi = field_type in ("checkbox", "multi_select", "users")
    assert (ops == {Op.IS_EMPTY, Op.IS_NOT_EMPTY}) is opaque
    assert (Op.EQ in ops) is (Op.IN in ops) is (Op.NOT_IN in ops) is (not opaque and not multi)
    assert (Op.GT in ops) is (field_type in ("int", "decimal", "date", "datetime", "time", "string"))
    assert (Op.CONTAINS in ops) is (field_type in ("string", "text", "rich_text") or multi)
    assert (Op.STARTS_WITH in ops) is (field_type in ("string", "text"))
