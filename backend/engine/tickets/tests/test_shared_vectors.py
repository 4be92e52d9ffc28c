"""The shared test vectors (tests/vectors/*.json, see the README there) run against the backend.

The same files run against the console's TypeScript ports (the `shared-vectors.test.ts` files next
to them), so the two languages cannot drift apart silently: the condition language (parse, syntax
errors, canonical text, operators per field type; here also the static checks and evaluation) and
the field value rules (accepted and stored, or rejected with a problem code).

Pure Python: no database.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from core.errors import ValidationFailed
from engine.tickets.runtime.values import apply_changes, to_storage
from engine.workflows.conditions import (
    FIELD_TYPES,
    Condition,
    ConditionSyntaxError,
    check_condition,
    evaluate,
    parse_expression,
    to_expression,
)
from engine.workflows.conditions.fieldtypes import allowed_ops
from engine.workflows.definitions.schema import FieldDef, StateDef, StateType, WorkflowDocument

VECTORS = Path(__file__).resolve().parents[4] / "tests" / "vectors"
CONDITIONS: dict[str, Any] = json.loads((VECTORS / "conditions.json").read_text(encoding="utf-8"))
FIELD_VALUES: dict[str, Any] = json.loads((VECTORS / "field-values.json").read_text(encoding="utf-8"))
TYPES: dict[str, str] = CONDITIONS["field_types"]


def _exact(value: Any) -> str:
    """A value's JSON text: compares like ==, but 1 is not 1.0 and true is not 1."""
    return json.dumps(value, sort_keys=True)


def _label(text: Any, limit: int = 60) -> str:
    text = text if isinstance(text, str) else _exact(text)
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")


def _condition(case: dict[str, Any]) -> Condition:
    if "text" in case:
        return parse_expression(case["text"])
    return Condition.model_validate(case["condition"])


# ---- conditions -------------------------------------------------------------------------------------


def test_every_field_type_has_its_operators() -> None:
    assert sorted(CONDITIONS["operators"]) == sorted(FIELD_TYPES)
    assert set(TYPES.values()) == set(FIELD_TYPES)


@pytest.mark.parametrize("field_type", sorted(CONDITIONS["operators"]))
def test_operators(field_type: str) -> None:
    assert sorted(allowed_ops(field_type)) == sorted(CONDITIONS["operators"][field_type])


@pytest.mark.parametrize(
    "case", CONDITIONS["parse"], ids=[_label(case["text"]) for case in CONDITIONS["parse"]]
)
def test_parse(case: dict[str, Any]) -> None:
    if "error" in case:
        with pytest.raises(ConditionSyntaxError) as info:
            parse_expression(case["text"])
        assert {"position": info.value.position, "message": info.value.message} == case["error"]
        return
    condition = parse_expression(case["text"])
    assert _exact(condition.model_dump(mode="json")["groups"]) == _exact(case["groups"])
    assert to_expression(condition) == case["canonical"]
    assert parse_expression(case["canonical"]) == condition


@pytest.mark.parametrize(
    "case",
    CONDITIONS["check"],
    ids=[_label(case.get("text", case.get("condition"))) for case in CONDITIONS["check"]],
)
def test_check(case: dict[str, Any]) -> None:
    problems = check_condition(_condition(case), TYPES)
    assert [path for path, _message in problems] == case["problems"]


EVALUATIONS = [(case, item) for case in CONDITIONS["evaluate"] for item in case["cases"]]


@pytest.mark.parametrize(
    ("case", "item"),
    EVALUATIONS,
    ids=[
        f"{_label(case.get('text', case.get('condition')))} {_label(item['values'])}"
        for case, item in EVALUATIONS
    ],
)
def test_evaluate(case: dict[str, Any], item: dict[str, Any]) -> None:
    assert evaluate(_condition(case), item["values"], TYPES) is item["result"]


# ---- field values -----------------------------------------------------------------------------------

# A 422 problem's `type`, and for `invalid_value` what its message says, as the vectors' codes.
_VALUE_CODES = (
    ("min", re.compile(r"^The value must be at least ")),
    ("max", re.compile(r"^The value must be at most ")),
    ("too_long", re.compile(r"too long|Too long|Too many items")),
    ("too_short", re.compile(r"^Too short")),
    ("single_line", re.compile(r"single line")),
    ("choice", re.compile(r"is not one of the field's choices")),
    ("duplicate", re.compile(r"is listed twice")),
)


def _code(problem: dict[str, Any]) -> str:
    if problem["type"] == "invalid_type":
        return "type"
    if problem["type"] == "invalid_value":
        for code, pattern in _VALUE_CODES:
            if pattern.search(problem["message"]):
                return code
        return "format"
    return str(problem["type"])  # required (and anything unexpected, which then fails)


class _Everyone:
    """A directory in which every user and department exists (the console cannot ask)."""

    def existing_usernames(self, usernames: set[str]) -> set[str]:
        return set(usernames)

    def existing_departments(self, codes: set[str]) -> set[str]:
        return set(codes)


def _field(spec: dict[str, Any]) -> FieldDef:
    columns = [{"label": column["key"], "required": True, **column} for column in spec.get("columns", [])]
    return FieldDef.model_validate({"key": "f", "label": "F", "required": False, **spec, "columns": columns})


VALUE_CASES = [(entry["field"], case) for entry in FIELD_VALUES["fields"] for case in entry["cases"]]


@pytest.mark.parametrize(
    ("spec", "case"),
    VALUE_CASES,
    ids=[f"{spec['type']} {_label(case['value'], 40)}" for spec, case in VALUE_CASES],
)
def test_field_value(spec: dict[str, Any], case: dict[str, Any]) -> None:
    field = _field(spec)
    document = WorkflowDocument(
        fields=[field],
        states=[
            StateDef(key="start", name="Start", type=StateType.START),
            StateDef(key="end", name="End", type=StateType.END),
        ],
    )
    details: Any = None
    try:
        result = apply_changes(
            document,
            document.states[0],
            {},
            {field.key: case["value"]},
            directory=_Everyone(),
            check_required=case.get("check_required", True),
        )
    except ValidationFailed as exc:
        details = exc.details
    if details is not None:
        problems = [
            {
                "path": problem["field"].removeprefix(f"fields.{field.key}").removeprefix("."),
                "code": _code(problem),
            }
            for problem in details
        ]
        assert "problems" in case, f"refused: {details}"
        assert problems == case["problems"], details
        return
    assert "stored" in case, f"accepted as {result.values.get(field.key)!r}"
    assert _exact(to_storage(field, result.values.get(field.key))) == _exact(case["stored"])
