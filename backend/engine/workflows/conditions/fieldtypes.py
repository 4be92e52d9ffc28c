"""What each field type supports: its operators, and how literals and stored values become
comparable Python values.

Every field type maps to a *kind*, the Python type its values are compared as: `str`, `number`
(`Decimal`), `bool`, `date`, `datetime` (always timezone-aware; naive means UTC) and `time`
(naive). Multi-valued types (checkbox, multi_select, users) hold lists of `str`; attachment and
table have no kind and only support the emptiness tests.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from engine.workflows.conditions.model import Op
from engine.workflows.definitions.isoforms import DATE, TIME, IsoForm, NotInForm, T

TEXT_TYPES = frozenset({"string", "text", "rich_text"})
MULTI_TYPES = frozenset({"checkbox", "multi_select", "users"})
OPAQUE_TYPES = frozenset({"attachment", "table"})
ORDERED_TYPES = frozenset({"int", "decimal", "date", "datetime", "time", "string"})
AFFIX_TYPES = frozenset({"string", "text"})

KIND: dict[str, str] = {
    "string": "str",
    "text": "str",
    "rich_text": "str",
    "radio": "str",
    "select": "str",
    "user": "str",
    "department": "str",
    "int": "number",
    "decimal": "number",
    "bool": "bool",
    "date": "date",
    "datetime": "datetime",
    "time": "time",
    # multi-valued: the kind of one element
    "checkbox": "str",
    "multi_select": "str",
    "users": "str",
}
SCALAR_TYPES = frozenset(KIND) - MULTI_TYPES

EMPTINESS_OPS = frozenset({Op.IS_EMPTY, Op.IS_NOT_EMPTY})
EQUALITY_OPS = frozenset({Op.EQ, Op.NE})
MEMBERSHIP_OPS = frozenset({Op.IN, Op.NOT_IN})
ORDERING_OPS = frozenset({Op.GT, Op.GTE, Op.LT, Op.LTE})
CONTAINS_OPS = frozenset({Op.CONTAINS, Op.NOT_CONTAINS})
AFFIX_OPS = frozenset({Op.STARTS_WITH, Op.ENDS_WITH})


def allowed_ops(field_type: str) -> frozenset[Op]:
    """The operators a field of this type supports (empty for an unknown type)."""
    ops: set[Op] = set()
    if field_type in SCALAR_TYPES or field_type in MULTI_TYPES or field_type in OPAQUE_TYPES:
        ops |= EMPTINESS_OPS
    if field_type in SCALAR_TYPES:
        ops |= EQUALITY_OPS | MEMBERSHIP_OPS
    if field_type in ORDERED_TYPES:
        ops |= ORDERING_OPS
    if field_type in TEXT_TYPES or field_type in MULTI_TYPES:
        ops |= CONTAINS_OPS
    if field_type in AFFIX_TYPES:
        ops |= AFFIX_OPS
    return frozenset(ops)


def is_empty(value: Any) -> bool:
    """None, "", an empty list/tuple/set and an empty dict are empty; 0 and False are not."""
    if value is None:
        return True
    if isinstance(value, str):
        return value == ""
    if isinstance(value, list | tuple | set | frozenset | dict):
        return len(value) == 0
    return False


class CoercionError(ValueError):
    """A value that cannot be read as the field's kind (the message says what was expected)."""


_NUMBER = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_MAX_TEXT = 64  # longest numeric/date/time string worth parsing


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _number_from_str(value: str) -> Decimal:
    if len(value) > 128 or not _NUMBER.fullmatch(value):
        raise CoercionError(_("expected a number, got %(value)s") % {"value": _show(value)})
    try:
        number = Decimal(value)
    except ArithmeticError as exc:  # exponent beyond what Decimal represents
        raise CoercionError(_("number out of range: %(value)s") % {"value": _show(value)}) from exc
    return number


def _number(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise CoercionError(_("expected a number, got %(value)s") % {"value": _show(value)})
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CoercionError(_("expected a finite number, got %(value)s") % {"value": _show(value)})
        return Decimal(str(value))  # the shortest repr, so 0.1 stays exactly 0.1
    if isinstance(value, str):
        return _number_from_str(value)
    raise CoercionError(_("expected a number, got %(value)s") % {"value": _show(value)})


def _iso(form: IsoForm[T], value: Any) -> T:
    try:
        return form.read(value)
    except NotInForm as exc:
        raise CoercionError(exc.explain(_show(value))) from exc


def _date(value: Any) -> date:
    return _iso(DATE, value)


def _aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def _datetime(value: Any) -> datetime:
    if not isinstance(value, str) or len(value) > _MAX_TEXT or not value.isascii():
        raise CoercionError(_("expected an ISO 8601 date-time, got %(value)s") % {"value": _show(value)})
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise CoercionError(_("not a valid ISO 8601 date-time: %(value)s") % {"value": _show(value)}) from exc
    return _aware(parsed)


def _time(value: Any) -> time:
    return _iso(TIME, value)


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise CoercionError(_("expected a string, got %(value)s") % {"value": _show(value)})
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise CoercionError(_("expected true or false, got %(value)s") % {"value": _show(value)})
    return value


_LITERAL: dict[str, Callable[[Any], Any]] = {
    "str": _str,
    "number": _number,
    "bool": _bool,
    "date": _date,
    "datetime": _datetime,
    "time": _time,
}


def literal(kind: str, value: Any) -> Any:
    """A JSON literal of a condition as a comparable value of `kind`, or `CoercionError`."""
    return _LITERAL[kind](value)


def stored(kind: str, value: Any) -> Any:
    """A value as the ticket runtime stores it, as a comparable value of `kind`.

    Typed values are taken as they are (a datetime is made aware, a time naive, a datetime in a
    date field gives its date); JSON forms (numeric strings, ISO strings) are read like literals.
    """
    if kind == "number":
        if isinstance(value, Decimal):
            if not value.is_finite():
                raise CoercionError(_("expected a finite number, got %(value)s") % {"value": _show(value)})
            return value
        return _number(value)
    if kind == "date":
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        return _date(value)
    if kind == "datetime":
        if isinstance(value, datetime):
            return _aware(value)
        return _datetime(value)
    if kind == "time":
        if isinstance(value, time):
            return value.replace(tzinfo=None)
        return _time(value)
    return literal(kind, value)
