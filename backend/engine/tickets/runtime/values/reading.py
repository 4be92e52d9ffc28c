"""Reading a value as its field's typed value: one reader per field type, then the field's rules."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from engine.tickets.runtime.values.attachments import read_attachments
from engine.tickets.runtime.values.choices import read_choice, read_choices
from engine.tickets.runtime.values.common import is_empty
from engine.tickets.runtime.values.numbers import read_bool, read_decimal, read_int
from engine.tickets.runtime.values.people import read_department, read_user, read_users
from engine.tickets.runtime.values.rules import check_rules
from engine.tickets.runtime.values.tables import read_rows
from engine.tickets.runtime.values.temporal import read_date, read_datetime, read_time
from engine.tickets.runtime.values.text import read_text
from engine.workflows.definitions.schema import FieldDef, FieldType


def to_python(field: FieldDef, raw: Any) -> Any:
    """A value as the API sent it (JSON) as the field's typed value, checked against the field's
    type, format, choices and `validation` rules; None for an empty value.

    Already-typed values are accepted too, so `to_python(f, to_python(f, x)) == to_python(f, x)`.
    Raises `FieldValueError` (type `invalid_type` or `invalid_value`).
    """
    return convert(field, raw, strict=True)


def from_storage(field: FieldDef, stored: Any) -> Any:
    """A stored (JSON) value as the field's typed value; None for None or an empty value.

    The inverse of `to_storage`. Rules (choices, bounds, pattern) are not checked again — they
    were when the value was written. Typed values are taken as they are. Raises
    `FieldValueError` only for a value that cannot be read as the field's type at all.
    """
    return convert(field, stored, strict=False)


def convert(field: FieldDef, raw: Any, *, strict: bool) -> Any:
    if is_empty(raw):
        return None
    value = _READERS[field.type](field, raw, strict)
    if strict and field.validation is not None:
        check_rules(field, value)
    return value


def read_table(field: FieldDef, raw: Any, strict: bool) -> list[dict[str, Any]]:
    return read_rows(field, raw, strict, convert)


_READERS: dict[str, Callable[[FieldDef, Any, bool], Any]] = {
    FieldType.STRING: read_text,
    FieldType.TEXT: read_text,
    FieldType.RICH_TEXT: read_text,
    FieldType.INT: read_int,
    FieldType.DECIMAL: read_decimal,
    FieldType.BOOL: read_bool,
    FieldType.DATE: read_date,
    FieldType.DATETIME: read_datetime,
    FieldType.TIME: read_time,
    FieldType.RADIO: read_choice,
    FieldType.SELECT: read_choice,
    FieldType.CHECKBOX: read_choices,
    FieldType.MULTI_SELECT: read_choices,
    FieldType.USER: read_user,
    FieldType.USERS: read_users,
    FieldType.DEPARTMENT: read_department,
    FieldType.ATTACHMENT: read_attachments,
    FieldType.TABLE: read_table,
}
