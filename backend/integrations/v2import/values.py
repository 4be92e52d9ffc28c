"""A 2.x ticket's custom-field rows as our typed field values (loonflow2-notes §1.2, §1.5)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from engine.tickets.runtime.values import FieldValueError, to_python
from engine.workflows.definitions.schema import FieldType, WorkflowDocument
from integrations.v2import import texts

# Which value column holds each of our types (the workflow's definition decides, as in 2.x).
_COLUMNS = {
    FieldType.STRING: "char_value",
    FieldType.INT: "int_value",
    FieldType.DECIMAL: "float_value",
    FieldType.BOOL: "bool_value",
    FieldType.DATE: "date_value",
    FieldType.DATETIME: "datetime_value",
    FieldType.RADIO: "radio_value",
    FieldType.CHECKBOX: "checkbox_value",
    FieldType.SELECT: "select_value",
    FieldType.MULTI_SELECT: "multi_select_value",
    FieldType.RICH_TEXT: "text_value",
    FieldType.USER: "username_value",
    FieldType.USERS: "multi_username_value",
}
_ATTACHMENT_TYPE = 80


def _raw(kind: FieldType, row: dict[str, Any]) -> Any:
    if kind == FieldType.TEXT:  # textarea, or an attachment's paths (kept in char_value)
        column = "char_value" if texts.as_int(row.get("field_type_id")) == _ATTACHMENT_TYPE else "text_value"
        return texts.text(row.get(column))
    value = row.get(_COLUMNS[kind])
    if kind in (FieldType.CHECKBOX, FieldType.MULTI_SELECT, FieldType.USERS):
        return texts.names(value)
    if kind == FieldType.DECIMAL:
        try:
            return str(Decimal(str(value)))
        except (InvalidOperation, ValueError):
            return value
    if kind == FieldType.BOOL:
        return texts.flag(value)
    if kind == FieldType.DATE:
        found = texts.day(value)
        return found.isoformat() if found else None
    if kind == FieldType.DATETIME:
        found = texts.aware(value)
        return found.isoformat() if found else None
    if isinstance(value, str | bytes):
        return texts.text(value)
    return value


def ticket_values(
    document: WorkflowDocument, fields: dict[str, tuple[str, FieldType]], rows: list[dict[str, Any]]
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """Typed values by our key, and (2.x key, why) for each value that was left out."""
    values: dict[str, Any] = {}
    problems = []
    for row in rows:
        raw_key = texts.text(row.get("field_key"))
        found = fields.get(raw_key)
        if found is None:
            continue  # a field 2.x no longer defines: its API ignores the row too
        key, kind = found
        field = document.field(key)
        if field is None:
            continue
        try:
            value = to_python(field, _raw(kind, row))
        except FieldValueError as exc:
            problems.append((raw_key, exc.message))
            continue
        if value is not None:
            values[key] = value
    return values, problems
