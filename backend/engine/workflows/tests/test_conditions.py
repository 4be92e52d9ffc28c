"""Unit tests of `engine.workflows.conditions`: the public surface, the tree, and parsing the expression
language (syntax errors included).

Pure Python: no database, no Django. Evaluation is in test_condition_evaluation.py, `check_condition`
in test_condition_checks.py, property and safety tests in test_condition_properties.py.
"""

from __future__ import annotations

import pickle
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

import engine.workflows.conditions as conditions_package
from engine.workflows.conditions import (
    FIELD_TYPES,
    Comparison,
    Condition,
    ConditionSyntaxError,
    Op,
    parse_expression,
    to_expression,
)
from engine.workflows.tests.factories import CONDITION_FIELDS, cmp, cond

# ---- the public surface and the tree ----------------------------------------------------------


def test_public_names() -> None:
    assert set(conditions_package.__all__) == {
        "FIELD_TYPES",
        "Op",
        "Comparison",
        "Condition",
        "ConditionSyntaxError",
        "parse_expression",
        "to_expression",
        "check_condition",
        "evaluate",
    }
    assert len(FIELD_TYPES) == 18
    assert set(CONDITION_FIELDS.values()) == set(FIELD_TYPES)
    assert [op.value for op in Op] == [
        "eq",
        "ne",
        "gt",
        "gte",
        "lt",
        "lte",
        "in",
        "not_in",
        "contains",
        "not_contains",
        "starts_with",
        "ends_with",
        "is_empty",
        "is_not_empty",
    ]
    assert issubclass(ConditionSyntaxError, ValueError)


def test_tree_from_json() -> None:
    condition = Condition.model_validate(
        {"groups": [[{"field": "days", "op": "gt", "value": 3}, {"field": "note", "op": "is_empty"}]]}
    )
    assert condition == cond([cmp("days", "gt", 3), cmp("note", "is_empty")])
    assert condition.groups[0][0].op is Op.GT


@pytest.mark.parametrize(
    "data",
    [
        {"field": "days", "op": "gt", "value": 3, "extra": 1},
        {"field": "1days", "op": "gt", "value": 3},
        {"field": "days\n", "op": "gt", "value": 3},
        {"field": "dáys", "op": "gt", "value": 3},
        {"field": "d" * 65, "op": "gt", "value": 3},
        {"field": "days", "op": "like", "value": 3},
        {"field": "days", "op": "in", "value": [[1]]},
        {"field": "days", "op": "eq", "value": {"a": 1}},
        {"field": "days", "op": "eq", "value": float("nan")},
        {"field": "days", "op": "eq", "value": float("inf")},
        {"field": "days", "op": "eq", "value": 10**100},
        {"field": "days", "op": "in", "value": list(range(201))},
        {"field": "days", "op": "eq", "value": Decimal("1.5")},
        {"field": "days", "op": "eq", "value": "x" * 4001},
    ],
)
def test_comparison_rejects_bad_shapes(data: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        Comparison.model_validate(data)


def test_condition_limits() -> None:
    one = {"field": "a", "op": "eq", "value": 1}
    Condition.model_validate({"groups": []})
    Condition.model_validate({"groups": [[one] * 64] * 64})
    bad: dict[str, Any]
    for bad in (
        {"groups": [[]]},
        {"groups": [[one]] * 65},
        {"groups": [[one] * 65]},
        {"groups": [[one]], "x": 1},
    ):
        with pytest.raises(ValidationError):
            Condition.model_validate(bad)


# ---- parsing ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'days > 3 and dept in ["ops", "dev"]',
            cond([cmp("days", "gt", 3), cmp("dept", "in", ["ops", "dev"])]),
        ),
        (
            "amount >= 1000.50 or (urgent == true and not (team == 'qa'))",
            cond([cmp("amount", "gte", 1000.5)], [cmp("urgent", "eq", True), cmp("team", "ne", "qa")]),
        ),
        ('title contains "prod"', cond([cmp("title", "contains", "prod")])),
        ("note is empty", cond([cmp("note", "is_empty")])),
        ("note is not empty", cond([cmp("note", "is_not_empty")])),
        ('tags not contains "x"', cond([cmp("tags", "not_contains", "x")])),
        ("level not in [1, 2]", cond([cmp("level", "not_in", [1, 2])])),
        ('name starts_with "A"', cond([cmp("name", "starts_with", "A")])),
        ('name ends_with "z"', cond([cmp("name", "ends_with", "z")])),
        ("d != null", cond([cmp("d", "ne", None)])),
        ("a == 1", cond([cmp("a", "eq", 1)])),
        ("a != 1", cond([cmp("a", "ne", 1)])),
        ("a < 1", cond([cmp("a", "lt", 1)])),
        ("a <= -1", cond([cmp("a", "lte", -1)])),
        ("a>=1", cond([cmp("a", "gte", 1)])),
        ("a in []", cond([cmp("a", "in", [])])),
        ("a in [null, true, false, 'x', 1.5]", cond([cmp("a", "in", [None, True, False, "x", 1.5])])),
        # the parser checks syntax only; check_condition reports these
        ("a in 3", cond([cmp("a", "in", 3)])),
        ("a > [1]", cond([cmp("a", "gt", [1])])),
        ("`not` == 1 and `Empty` is empty", cond([cmp("not", "eq", 1), cmp("Empty", "is_empty")])),
        ("\n\ta\r\n==\t1 ", cond([cmp("a", "eq", 1)])),
    ],
)
def test_parse_examples(text: str, expected: Condition) -> None:
    assert parse_expression(text) == expected


def test_precedence_or_and_not() -> None:
    a, b, c = cmp("a", "eq", 1), cmp("b", "eq", 2), cmp("c", "eq", 3)
    assert parse_expression("a == 1 or b == 2 and c == 3") == cond([a], [b, c])
    assert parse_expression("a == 1 and b == 2 or c == 3") == cond([a, b], [c])
    # not binds tighter than and/or, looser than a comparison
    assert parse_expression("not a == 1 and b == 2") == cond([cmp("a", "ne", 1), b])
    assert parse_expression("not a == 1 or b == 2") == cond([cmp("a", "ne", 1)], [b])
    assert parse_expression("not not a == 1") == cond([a])


def test_parentheses_and_dnf_expansion() -> None:
    a, b, c, d = (cmp(name, "eq", n) for n, name in enumerate("abcd", start=1))
    assert parse_expression("(a == 1 or b == 2) and c == 3") == cond([a, c], [b, c])
    assert parse_expression("c == 3 and (a == 1 or b == 2)") == cond([c, a], [c, b])
    assert parse_expression("(a == 1 or b == 2) and (c == 3 or d == 4)") == cond(
        [a, c], [a, d], [b, c], [b, d]
    )
    assert parse_expression("((a == 1))") == cond([a])
    assert parse_expression("a == 1 and (b == 2 and (c == 3 or d == 4))") == cond([a, b, c], [a, b, d])


def test_de_morgan() -> None:
    assert parse_expression("not (a == 1 and b > 2)") == cond([cmp("a", "ne", 1)], [cmp("b", "lte", 2)])
    assert parse_expression("not (a == 1 or b in [1])") == cond([cmp("a", "ne", 1), cmp("b", "not_in", [1])])
    assert parse_expression("not ((a == 1 or b == 2) and c is empty)") == cond(
        [cmp("a", "ne", 1), cmp("b", "ne", 2)], [cmp("c", "is_not_empty")]
    )
    assert parse_expression("not (not (a == 1) or not b == 2)") == cond(
        [cmp("a", "eq", 1), cmp("b", "eq", 2)]
    )


@pytest.mark.parametrize(
    ("op", "negated"),
    [
        ("==", "ne"),
        ("!=", "eq"),
        (">", "lte"),
        (">=", "lt"),
        ("<", "gte"),
        ("<=", "gt"),
        ("in", "not_in"),
        ("not in", "in"),
        ("contains", "not_contains"),
        ("not contains", "contains"),
    ],
)
def test_operator_negation(op: str, negated: str) -> None:
    value = "[1]" if "in" in op.split() else "1"
    assert parse_expression(f"not (a {op} {value})").groups[0][0].op == Op(negated)
    assert parse_expression(f"not not (a {op} {value})").groups[0][0].op != Op(negated)


def test_emptiness_negation() -> None:
    assert parse_expression("not a is empty") == cond([cmp("a", "is_not_empty")])
    assert parse_expression("not a is not empty") == cond([cmp("a", "is_empty")])


def test_keywords_are_case_insensitive() -> None:
    assert parse_expression("A == 1 AND b Is Not Empty Or NOT c IN [TRUE, Null, FaLsE]") == cond(
        [cmp("A", "eq", 1), cmp("b", "is_not_empty")], [cmp("c", "not_in", [True, None, False])]
    )
    assert parse_expression('t NOT CONTAINS "x" and s STARTS_WITH "a" and e Ends_With "b"') == cond(
        [cmp("t", "not_contains", "x"), cmp("s", "starts_with", "a"), cmp("e", "ends_with", "b")]
    )
    # field names are case-sensitive
    assert parse_expression("Days == 1") != parse_expression("days == 1")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (r'"a\"b"', 'a"b'),
        (r"'it\'s'", "it's"),
        (r'"back\\slash"', "back\\slash"),
        (r'"line\nbreak\ttab"', "line\nbreak\ttab"),
        (r"""'single "double" inside'""", 'single "double" inside'),
        (r'''"double 'single' inside"''', "double 'single' inside"),
        ('"raw\nnewline"', "raw\nnewline"),
        ('"ünïcødé ✓"', "ünïcødé ✓"),
        ('""', ""),
        (r'"\\\""', '\\"'),
    ],
)
def test_string_literals(text: str, value: str) -> None:
    assert parse_expression(f"s == {text}") == cond([cmp("s", "eq", value)])


@pytest.mark.parametrize(
    ("literal", "value"),
    [
        ("0", 0),
        ("-0", 0),
        ("42", 42),
        ("-7", -7),
        ("1" + "0" * 99, 10**99),
        ("1000.50", 1000.5),
        ("0.1", 0.1),
        ("-2.25", -2.25),
        ("1e3", 1000.0),
        ("2.5E-3", 0.0025),
        # not exactly a float: kept as the literal's text, read exactly by number fields
        ("0.10000000000000000001", "0.10000000000000000001"),
        ("1e400", "1e400"),
        ("123456789012345678.5", "123456789012345678.5"),
    ],
)
def test_number_literals(literal: str, value: Any) -> None:
    parsed = parse_expression(f"n == {literal}").groups[0][0].value
    assert parsed == value
    assert type(parsed) is type(value)


def test_to_expression_canonical_form() -> None:
    condition = parse_expression("(a == 1 or b == 'x\"y') and not c is empty or `and` in [1.5, null]")
    text = to_expression(condition)
    assert text == '(a == 1 and c is not empty) or (b == "x\\"y" and c is not empty) or `and` in [1.5, null]'
    assert parse_expression(text) == condition
    assert to_expression(cond([cmp("a", "eq", True), cmp("b", "is_empty")])) == "a == true and b is empty"
    assert to_expression(cond([cmp("a", "eq", "0.10000000000000000001")])) == 'a == "0.10000000000000000001"'


def test_to_expression_refuses_what_the_language_cannot_say() -> None:
    with pytest.raises(ValueError, match="no groups"):
        to_expression(Condition(groups=[]))
    with pytest.raises(ValueError, match="takes no value"):
        to_expression(cond([cmp("a", "is_empty", 1)]))


# ---- syntax errors ----------------------------------------------------------------------------


def _and_positions(text: str) -> list[int]:
    return [i + 1 for i in range(len(text)) if text.startswith(" and ", i)]


def _or_positions(text: str) -> list[int]:
    return [i + 1 for i in range(len(text)) if text.startswith(" or ", i)]


_COMPLEX = " and ".join(f"(a{i} == 1 or b{i} == 2)" for i in range(7))
# not (an OR of 7 AND-pairs) is an AND of 7 OR-pairs: 2**7 groups
_NEGATED_COMPLEX = "not (" + " or ".join(f"(a{i} == 1 and b{i} == 2)" for i in range(7)) + ")"
_TOO_DEEP = "(" * 33 + "a == 1" + ")" * 33


@pytest.mark.parametrize(
    ("text", "position", "fragment"),
    [
        ('title == "prod', 9, "unterminated string"),
        ("title == 'prod\\'", 9, "unterminated string"),
        ("days >", 6, "expected a value"),
        ("days > and x == 1", 7, "expected a value"),
        ("days > 3 and", 12, "expected a comparison after 'and'"),
        ("days > 3 or or x == 1", 12, "expected a comparison"),
        ("days", 4, "expected a comparison operator after field 'days'"),
        ("days 3", 5, "expected a comparison operator"),
        ("days =~ 3", 5, "unknown operator '=~'"),
        ("days = 3", 5, "use '=='"),
        ("days <> 3", 5, "unknown operator '<>'"),
        ("days > 3 4", 9, "unexpected '4'"),
        ("days > 3 garbage", 9, "unexpected 'garbage'"),
        ("(days > 3", 9, "expected ')' to close the '(' at position 0"),
        ("((days > 3)", 11, "expected ')'"),
        ("days > 3)", 8, "unbalanced ')'"),
        ("()", 1, "expected a comparison"),
        ("", 0, "empty expression"),
        ("   \n ", 0, "empty expression"),
        ("and days > 3", 0, "the keyword 'and'"),
        ("empty == 1", 0, "backticks"),
        ("`bad name` == 1", 0, "quoted field name"),
        ("`open == 1", 0, "unterminated `quoted"),
        ("a is", 4, "expected 'empty' or 'not empty' after 'is'"),
        ("a is not full", 9, "expected 'empty' after 'is not'"),
        ("a not like 'x'", 6, "expected 'in' or 'contains' after 'not'"),
        ("a in [1, 2", 10, "expected ',' or ']'"),
        ("a in [1 2]", 8, "expected ',' or ']'"),
        ("a in [1,]", 8, "expected a list item"),
        ("a in [1, [2]]", 9, "lists cannot be nested"),
        ("a in [" + ",".join(["1"] * 201) + "]", 406, "list longer than 200"),
        ("a == 'x\\q'", 7, "unknown escape"),
        ("é == 1", 0, "unexpected character 'é'"),
        ("a == 1 ; b == 2", 7, "unexpected character ';'"),
        ("a == 1.2.3", 5, "invalid number"),
        ("a == 1.", 5, "invalid number"),
        ("a == 12abc", 5, "invalid number"),
        ("a == --1", 5, "expected a number after '-'"),
        ("a == -", 5, "expected a number after '-'"),
        ("a == 1" + "0" * 100, 5, "more than 100 digits"),
        ("a == 1" + "0" * 200, 5, "number longer than 128"),
        ("a" * 65 + " == 1", 0, "longer than 64"),
        ("not name starts_with 'A'", 9, "cannot negate starts_with"),
        ("not (a == 1 or name ends_with 'A')", 20, "cannot negate ends_with"),
        (_TOO_DEEP, 32, "nested more than 32 levels"),
        ("not " * 33 + "a == 1", 128, "nested more than 32 levels"),
        ("(" * 1000, 32, "nested more than 32 levels"),
        ("a == 1 and " * 400, 4000, "longer than 4000"),
        (_COMPLEX, _and_positions(_COMPLEX)[5], "too complex"),
        ("a == 1 and " * 64 + "a == 1", 64 * 11 - 4, "too complex"),
        ("(a == 1 and b == 2) or " * 64 + "c == 3", 64 * 23 - 3, "too complex"),
        (_NEGATED_COMPLEX, _or_positions(_NEGATED_COMPLEX)[5], "too complex"),
    ],
)
def test_syntax_errors(text: str, position: int, fragment: str) -> None:
    with pytest.raises(ConditionSyntaxError) as caught:
        parse_expression(text)
    error = caught.value
    assert fragment in error.message
    assert error.position == position, error
    assert str(error) == f"{error.message} (at position {error.position})"


def test_limits_are_inclusive() -> None:
    deep = "(" * 32 + "a == 1" + ")" * 32
    assert parse_expression(deep) == cond([cmp("a", "eq", 1)])
    assert parse_expression("not " * 32 + "a == 1") == cond([cmp("a", "eq", 1)])
    six = " and ".join(f"(a{i} == 1 or b{i} == 2)" for i in range(6))
    assert len(parse_expression(six).groups) == 64
    assert len(parse_expression("a == 1 and " * 63 + "a == 1").groups[0]) == 64
    assert len(parse_expression("a in [" + ",".join(["1"] * 200) + "]").groups[0][0].value) == 200
    long = "a == 1" + " " * 3994
    assert len(long) == 4000
    parse_expression(long)


def test_syntax_error_survives_pickling() -> None:
    with pytest.raises(ConditionSyntaxError) as caught:
        parse_expression("a =~ 1")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert (copy.message, copy.position, str(copy)) == (
        caught.value.message,
        caught.value.position,
        str(caught.value),
    )


def test_non_string_input() -> None:
    with pytest.raises(ConditionSyntaxError):
        parse_expression(None)  # type: ignore[arg-type]
    with pytest.raises(ConditionSyntaxError):
        parse_expression(b"a == 1")  # type: ignore[arg-type]
