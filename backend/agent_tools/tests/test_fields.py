"""A workflow's field schema as JSON Schema, and the check of filed values against it."""

from __future__ import annotations

from typing import Any

import pytest

from agent_tools.connection import LoonflowError
from agent_tools.fields import check_values, filing_schema


def _field(key: str, kind: str, **extra: Any) -> dict[str, Any]:
    return {"key": key, "label": key.title(), "type": kind, **extra}


INIT = {
    "workflow_id": 7,
    "key": "leave",
    "name": "Leave",
    "version": 1,
    "can_create": True,
    "start_state": {"key": "draft", "name": "Draft"},
    "transitions": [{"key": "submit", "name": "Submit", "check_required_fields": True}],
    "fields": [
        {
            "permission": "required",
            "field": _field("kind", "select", choices=[{"value": "annual", "label": "A"}]),
        },
        {"permission": "required", "field": _field("days", "int", validation={"min": "1", "max": "30"})},
        {"permission": "required", "field": _field("urgency", "radio", default="low", choices=[])},
        {"permission": "optional", "field": _field("start", "date")},
        {"permission": "optional", "field": _field("amount", "decimal")},
        {
            "permission": "optional",
            "field": _field("tags", "multi_select", choices=[{"value": "x", "label": "X"}]),
        },
        {"permission": "optional", "field": _field("note", "text", validation={"max_length": 5})},
        {"permission": "read_only", "field": _field("hr_note", "string")},
        {
            "permission": "optional",
            "field": _field("items", "table", columns=[_field("sku", "string"), _field("qty", "int")]),
        },
    ],
}


def _problems(values: dict[str, Any]) -> dict[str, str]:
    with pytest.raises(LoonflowError) as raised:
        check_values(filing_schema(INIT), values)
    assert (raised.value.code, raised.value.status) == ("invalid_fields", 422)
    return {problem["field"]: problem["message"] for problem in raised.value.details}


def test_the_schema_lists_what_the_person_may_fill_in():
    schema = filing_schema(INIT)
    assert set(schema["properties"]) == {
        "kind",
        "days",
        "urgency",
        "start",
        "amount",
        "tags",
        "note",
        "items",
    }
    assert schema["required"] == ["kind", "days"]  # read-only fields are left out, defaults are filled in
    assert schema["additionalProperties"] is False
    assert schema["properties"]["kind"]["enum"] == ["annual"]
    assert (schema["properties"]["days"]["minimum"], schema["properties"]["days"]["maximum"]) == (1, 30)
    assert schema["properties"]["start"]["format"] == "date"
    assert schema["properties"]["items"]["items"]["required"] == ["sku", "qty"]


def test_good_values_pass():
    check_values(
        filing_schema(INIT),
        {
            "kind": "annual",
            "days": 3,
            "start": "2026-12-21",
            "amount": "12.50",
            "tags": ["x"],
            "note": "ok",
            "items": [{"sku": "A-1", "qty": 2}],
        },
    )


def test_every_problem_is_named_at_once():
    problems = _problems(
        {
            "kind": "sick",
            "days": 31,
            "start": "21/12/2026",
            "amount": "lots",
            "tags": ["y"],
            "note": "too long",
            "items": [{"sku": "A-1", "qty": "two"}],
            "hr_note": "mine",
        }
    )
    assert set(problems) == {"kind", "days", "start", "amount", "tags.0", "note", "items.0.qty", "hr_note"}


def test_missing_required_values_are_named():
    assert set(_problems({"start": "2026-12-21"})) == {"kind", "days"}


def test_a_boolean_is_not_a_number():
    assert set(_problems({"kind": "annual", "days": True})) == {"days"}
