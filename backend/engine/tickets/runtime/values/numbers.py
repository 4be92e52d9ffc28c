"""int, decimal and bool values."""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils.translation import gettext as _

from engine.tickets.runtime.values.common import (
    MAX_DECIMAL_EXPONENT,
    MAX_NUMBER_TEXT,
    show,
    wrong_type,
    wrong_value,
)
from engine.workflows.definitions.schema import FieldDef

_INT = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def read_int(field: FieldDef, raw: Any, strict: bool) -> int:
    if isinstance(raw, bool):
        raise wrong_type("an integer", raw)
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float):
        if not math.isfinite(raw) or not raw.is_integer():
            raise wrong_value(_("Expected a whole number, got %(value)s.") % {"value": show(raw)})
        return int(raw)
    if isinstance(raw, str):
        if len(raw) > MAX_NUMBER_TEXT or not _INT.fullmatch(raw):
            raise wrong_value(_("Expected an integer, got %(value)s.") % {"value": show(raw)})
        return int(raw)
    raise wrong_type("an integer", raw)


def read_decimal(field: FieldDef, raw: Any, strict: bool) -> Decimal:
    if isinstance(raw, bool):
        raise wrong_type("a number", raw)
    if isinstance(raw, Decimal):
        number = raw
    elif isinstance(raw, int):
        number = Decimal(raw)
    elif isinstance(raw, float):
        if not math.isfinite(raw):
            raise wrong_value(_("Expected a finite number, got %(value)s.") % {"value": show(raw)})
        number = Decimal(str(raw))  # the shortest repr: 0.1 is exactly 0.1
    elif isinstance(raw, str):
        if len(raw) > 2 * MAX_NUMBER_TEXT or not _NUMBER.fullmatch(raw):
            raise wrong_value(_("Expected a number, got %(value)s.") % {"value": show(raw)})
        try:
            number = Decimal(raw)
        except (InvalidOperation, ValueError) as exc:
            raise wrong_value(_("The number is out of range: %(value)s.") % {"value": show(raw)}) from exc
    else:
        raise wrong_type("a number", raw)
    if not number.is_finite():
        raise wrong_value(_("Expected a finite number, got %(value)s.") % {"value": show(raw)})
    if strict and (
        len(number.as_tuple().digits) > MAX_NUMBER_TEXT or abs(number.adjusted()) > MAX_DECIMAL_EXPONENT
    ):
        raise wrong_value(_("The number is out of range: %(value)s.") % {"value": show(raw)})
    return number


def read_bool(field: FieldDef, raw: Any, strict: bool) -> bool:
    if not isinstance(raw, bool):
        raise wrong_type("true or false", raw)
    return raw
