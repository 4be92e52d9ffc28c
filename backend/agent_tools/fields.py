"""A workflow's field schema as JSON Schema, and checking field values against it before anything is
sent: an agent learns what to fill in from the schema resource and gets every problem at once.

The API checks the values again (its 422 names each field); this check is the same contract, said in
JSON Schema so a model can read it, and it stops a wrong filing before any request is made.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

from agent_tools.connection import LoonflowError

EDITABLE = ("required", "optional")
_TEXT = ("string", "text", "rich_text")
_ONE_CHOICE = ("radio", "select")
_MANY_CHOICES = ("checkbox", "multi_select")
_FORMATS = {"date": "date", "datetime": "date-time", "time": "time"}

_checker = FormatChecker(formats=())


@_checker.checks("date", raises=ValueError)
def _is_date(value: object) -> bool:
    return not isinstance(value, str) or bool(datetime.date.fromisoformat(value))


@_checker.checks("date-time", raises=ValueError)
def _is_datetime(value: object) -> bool:
    return not isinstance(value, str) or bool(datetime.datetime.fromisoformat(value))


@_checker.checks("time", raises=ValueError)
def _is_time(value: object) -> bool:
    return not isinstance(value, str) or bool(datetime.time.fromisoformat(value))


@_checker.checks("decimal", raises=(InvalidOperation, ValueError))
def _is_decimal(value: object) -> bool:
    return not isinstance(value, str) or Decimal(value).is_finite()


def _number(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def _bounds(field: dict[str, Any], schema: dict[str, Any]) -> None:
    validation = field.get("validation") or {}
    kind = field["type"]
    if kind in ("int", "decimal"):
        for bound, word in (("min", "minimum"), ("max", "maximum")):
            number = _number(validation.get(bound))
            if number is not None:
                schema[word] = number
    length_words = ("minItems", "maxItems") if schema.get("type") == "array" else ("minLength", "maxLength")
    for bound, word in zip(("min_length", "max_length"), length_words, strict=True):
        if validation.get(bound) is not None and schema.get("type") in ("array", "string"):
            schema[word] = validation[bound]
    if validation.get("regex") and kind in _TEXT:
        schema["description"] = (
            f"{schema.get('description', '')} Must fully match the RE2 pattern {validation['regex']}."
        )


# Field types whose value schema does not depend on the field's choices or columns.
_PLAIN: dict[str, dict[str, Any]] = {
    **{kind: {"type": "string"} for kind in (*_TEXT, "user", "department")},
    **{kind: {"type": "string", "format": word} for kind, word in _FORMATS.items()},
    "int": {"type": "integer"},
    "decimal": {"type": ["number", "string"], "format": "decimal"},
    "bool": {"type": "boolean"},
    "users": {"type": "array", "items": {"type": "string"}},
}


def _shape(field: dict[str, Any]) -> dict[str, Any]:
    kind = field["type"]
    if kind in _PLAIN:
        return dict(_PLAIN[kind])
    choices = [choice["value"] for choice in field.get("choices") or []]
    if kind in _ONE_CHOICE:
        return {"type": "string", "enum": choices}
    if kind in _MANY_CHOICES:
        return {"type": "array", "items": {"type": "string", "enum": choices}, "uniqueItems": True}
    if kind == "table":
        return {"type": "array", "items": row_schema(field.get("columns") or [])}
    # Attachments are uploaded through the API first; their records are checked there.
    return {"type": "array"}


def value_schema(field: dict[str, Any]) -> dict[str, Any]:
    """The JSON Schema of one field's value (`field` is the API's `FieldDef`)."""
    schema = _shape(field)
    schema["title"] = field.get("label") or field["key"]
    described = " ".join(part for part in (field.get("help_text"), _kind_hint(field["type"])) if part)
    if described:
        schema["description"] = described
    _bounds(field, schema)
    return schema


def _kind_hint(kind: str) -> str:
    return {
        "user": "A username.",
        "users": "Usernames.",
        "department": "A department code.",
        "decimal": "A decimal number (a string keeps every digit).",
        "datetime": "ISO 8601 with a time zone.",
    }.get(kind, "")


def row_schema(columns: Iterable[dict[str, Any]]) -> dict[str, Any]:
    columns = list(columns)
    return {
        "type": "object",
        "properties": {column["key"]: value_schema(column) for column in columns},
        "required": [column["key"] for column in columns if column.get("required", True)],
        "additionalProperties": False,
    }


def filing_schema(init: dict[str, Any]) -> dict[str, Any]:
    """What a person may fill in when filing a ticket of this workflow (the API's `init` answer): the
    fields of the start state they may edit, those marked `required` listed as required."""
    editable = [item for item in init["fields"] if item["permission"] in EDITABLE]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"{init['name']}: fields to file a ticket",
        "type": "object",
        "properties": {item["field"]["key"]: value_schema(item["field"]) for item in editable},
        # A required field with a default is filled by the API when left out.
        "required": [
            item["field"]["key"]
            for item in editable
            if item["permission"] == "required" and item["field"].get("default") in (None, "", [])
        ],
        "additionalProperties": False,
    }


def check_values(schema: dict[str, Any], values: dict[str, Any]) -> None:
    """Raise one `LoonflowError` (`invalid_fields`, 422) listing every value that does not fit."""
    validator = Draft202012Validator(schema, format_checker=_checker)
    problems = [
        {
            "field": ".".join(str(part) for part in error.absolute_path) or _unexpected_key(error),
            "message": error.message,
        }
        for error in sorted(validator.iter_errors(values), key=lambda error: list(error.absolute_path))
    ]
    if problems:
        fields = ", ".join(problem["field"] or "(fields)" for problem in problems)
        raise LoonflowError(
            "invalid_fields",
            f"Some field values do not fit the workflow's field schema: {fields}. Nothing was filed.",
            status=422,
            details=problems,
        )


def _unexpected_key(error: Any) -> str:
    if error.validator == "required":
        return str(error.message).split("'")[1] if "'" in error.message else ""
    if error.validator == "additionalProperties":
        return ", ".join(sorted(set(error.instance) - set(error.schema.get("properties", {}))))
    return ""
