"""Value checks shared by the field rules: numbers, dates and times as comparable bounds, and
whether a field's `default` fits its type and its own validation rules.

The type check is a table of small per-type checkers (`_DEFAULT_CHECKERS`), one per field type.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any

from engine.workflows.definitions.patterns import PatternError, compile_pattern
from engine.workflows.definitions.schema import (
    CHOICE_TYPES,
    NUMBER_TYPES,
    TEXT_TYPES,
    FieldDef,
    FieldType,
    FieldValidation,
)

# Field types holding several values (their `default` is a list; length bounds count items).
MULTI_CHOICE_TYPES = frozenset({FieldType.CHECKBOX, FieldType.MULTI_SELECT})
MULTI_VALUED_TYPES = MULTI_CHOICE_TYPES | {FieldType.USERS, FieldType.ATTACHMENT, FieldType.TABLE}
DATE_TYPES = frozenset({FieldType.DATE, FieldType.DATETIME, FieldType.TIME})
# The field types each validation rule applies to: `min`/`max`, `min_length`/`max_length`, `regex`.
RANGE_TYPES = NUMBER_TYPES | DATE_TYPES
LENGTH_TYPES = TEXT_TYPES | MULTI_VALUED_TYPES
REGEX_TYPES = TEXT_TYPES
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _decimal(value: Any, *, allow_str: bool) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | Decimal) or (allow_str and isinstance(value, str)):
        try:
            number = Decimal(value)
        except (InvalidOperation, ValueError):
            return None
    elif isinstance(value, float):
        number = Decimal(repr(value))
    else:
        return None
    return number if number.is_finite() else None


def as_bound(kind: str, value: Any) -> Decimal | date | datetime | time | None:
    """A `min`/`max` bound (or a default compared to one) as a comparable value; None if invalid."""
    if kind in NUMBER_TYPES:
        return _decimal(value, allow_str=True)
    if kind in DATE_TYPES and isinstance(value, str):
        return _temporal(kind, value)
    return None


def _temporal(kind: str, value: str) -> date | datetime | time | None:
    try:
        if kind == FieldType.DATE:
            return date.fromisoformat(value) if _ISO_DATE.match(value) else None
        if kind == FieldType.DATETIME:
            return datetime.fromisoformat(value)
        return time.fromisoformat(value)
    except ValueError:
        return None


def greater(left: Any, right: Any) -> bool:
    try:
        return bool(left > right)
    except TypeError:  # naive vs aware datetimes: not comparable, so not known to be wrong
        return False


# ---- the default's type, per field type -----------------------------------------------------------

# Why a default (not None) does not fit the field's type, or None if it does.
DefaultChecker = Callable[[FieldDef, Any], str | None]


def _choice_values(field: FieldDef) -> set[str]:
    return {choice.value for choice in field.choices}


def _text_default(field: FieldDef, value: Any) -> str | None:
    return None if isinstance(value, str) else "The default must be a string."


def _int_default(field: FieldDef, value: Any) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return None
    return "The default must be an integer."


def _decimal_default(field: FieldDef, value: Any) -> str | None:
    return None if _decimal(value, allow_str=True) is not None else "The default must be a number."


def _bool_default(field: FieldDef, value: Any) -> str | None:
    return None if isinstance(value, bool) else "The default must be true or false."


def _temporal_default(field: FieldDef, value: Any) -> str | None:
    if isinstance(value, str) and _temporal(field.type, value) is not None:
        return None
    return f"The default must be an ISO {field.type} string."


def _multi_choice_default(field: FieldDef, value: Any) -> str | None:
    values = _choice_values(field)
    if not isinstance(value, list) or not all(isinstance(item, str) and item in values for item in value):
        return "The default must be a list of choice values."
    return "The default lists a choice twice." if len(set(value)) != len(value) else None


def _choice_default(field: FieldDef, value: Any) -> str | None:
    if isinstance(value, str) and value in _choice_values(field):
        return None
    return "The default must be one of the choice values."


def _name_default(field: FieldDef, value: Any) -> str | None:
    return None if isinstance(value, str) and value else f"The default must be a {field.type} name."


def _users_default(field: FieldDef, value: Any) -> str | None:
    if isinstance(value, list) and all(isinstance(item, str) and item for item in value):
        return None
    return "The default must be a list of usernames."


def _table_default(field: FieldDef, value: Any) -> str | None:
    columns = {column.key for column in field.columns}
    if isinstance(value, list) and all(isinstance(row, dict) and set(row) <= columns for row in value):
        return None
    return "The default must be a list of rows keyed by the table's columns."


def _checkers() -> dict[str, DefaultChecker]:
    """Each field type's checker; where the groups overlap the earlier group wins (a checkbox is a
    multi-choice, not a single choice)."""
    groups: list[tuple[Iterable[str], DefaultChecker]] = [
        (TEXT_TYPES, _text_default),
        ({FieldType.INT}, _int_default),
        ({FieldType.DECIMAL}, _decimal_default),
        ({FieldType.BOOL}, _bool_default),
        (DATE_TYPES, _temporal_default),
        (MULTI_CHOICE_TYPES, _multi_choice_default),
        (CHOICE_TYPES, _choice_default),
        ({FieldType.USER, FieldType.DEPARTMENT}, _name_default),
        ({FieldType.USERS}, _users_default),
        ({FieldType.TABLE}, _table_default),
    ]
    checkers: dict[str, DefaultChecker] = {}
    for kinds, checker in groups:
        for kind in kinds:
            checkers.setdefault(kind, checker)
    return checkers


_DEFAULT_CHECKERS = _checkers()


def default_type_error(field: FieldDef) -> str | None:
    """Why `field.default` (not None) does not fit the field's type, or None if it does."""
    checker = _DEFAULT_CHECKERS.get(field.type)
    if checker is None:
        return f"A {field.type} field cannot have a default."
    return checker(field, field.default)


# ---- the default against the field's own validation rules -----------------------------------------


def _range_error(kind: str, rules: FieldValidation, value: Any) -> str | None:
    current = as_bound(kind, value)
    low = as_bound(kind, rules.min) if rules.min is not None else None
    high = as_bound(kind, rules.max) if rules.max is not None else None
    if current is not None and low is not None and greater(low, current):
        return f"The default is below the minimum {rules.min}."
    if current is not None and high is not None and greater(current, high):
        return f"The default is above the maximum {rules.max}."
    return None


def _length_error(rules: FieldValidation, value: Any) -> str | None:
    size = len(value)
    if rules.min_length is not None and size < rules.min_length:
        return f"The default is shorter than the minimum length {rules.min_length}."
    if rules.max_length is not None and size > rules.max_length:
        return f"The default is longer than the maximum length {rules.max_length}."
    return None


def _regex_error(regex: str, value: Any) -> str | None:
    try:
        if not compile_pattern(regex).fullmatch(value):
            return "The default does not match the field's regex."
    except PatternError:
        pass  # reported at the regex itself
    return None


def default_bounds_error(field: FieldDef) -> str | None:
    """Why a well-typed default breaks the field's own validation rules, or None."""
    rules, value, kind = field.validation, field.default, field.type
    if rules is None:
        return None
    error = None
    if kind in RANGE_TYPES:
        error = _range_error(kind, rules, value)
    if error is None and kind in LENGTH_TYPES:
        error = _length_error(rules, value)
    if error is None and kind in REGEX_TYPES and rules.regex is not None:
        error = _regex_error(rules.regex, value)
    return error
