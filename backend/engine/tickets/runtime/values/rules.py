"""A field's `validation` rules, checked against a typed value: bounds for numbers, dates and times,
lengths for text and lists, a pattern for text."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from engine.tickets.runtime.values.common import FieldValueError, wrong_value
from engine.tickets.runtime.values.numbers import read_decimal
from engine.tickets.runtime.values.temporal import read_date, read_time, utc
from engine.tickets.runtime.values.text import TEXT_TYPES
from engine.workflows.definitions.patterns import PatternError, compile_pattern
from engine.workflows.definitions.schema import FieldDef, FieldType, FieldValidation

# The name the module had before it became a package, so log configuration keeps matching.
logger = logging.getLogger("engine.tickets.runtime.values")

_LIST_TYPES = frozenset(
    {FieldType.CHECKBOX, FieldType.MULTI_SELECT, FieldType.USERS, FieldType.ATTACHMENT, FieldType.TABLE}
)
_ORDERED_TYPES = frozenset(
    {FieldType.INT, FieldType.DECIMAL, FieldType.DATE, FieldType.DATETIME, FieldType.TIME}
)

# How a date or time bound reads (a datetime bound is read by `_bound` itself).
_TEMPORAL_BOUND_READERS: dict[str, Callable[[FieldDef, Any, bool], Any]] = {
    FieldType.DATE: read_date,
    FieldType.TIME: read_time,
}


def _bound(field: FieldDef, bound: Decimal | str | None) -> Any:
    """A `min`/`max` bound as a value comparable with the field's typed values (None if unusable)."""
    if bound is None:
        return None
    try:
        if field.type in (FieldType.INT, FieldType.DECIMAL):
            return read_decimal(field, bound, False)
        if not isinstance(bound, str):
            return None
        if field.type == FieldType.DATETIME:
            return utc(datetime.fromisoformat(bound))  # a bare date means its midnight (UTC)
        return _TEMPORAL_BOUND_READERS[field.type](field, bound, False)
    except (FieldValueError, ValueError, OverflowError):
        return None


def _check_range(field: FieldDef, rules: FieldValidation, value: Any) -> None:
    low, high = _bound(field, rules.min), _bound(field, rules.max)
    if low is not None and value < low:
        raise wrong_value(_("The value must be at least %(min)s.") % {"min": rules.min})
    if high is not None and value > high:
        raise wrong_value(_("The value must be at most %(max)s.") % {"max": rules.max})


def _check_length(field: FieldDef, rules: FieldValidation, value: Any) -> None:
    unit = "characters" if field.type in TEXT_TYPES else "rows" if field.type == FieldType.TABLE else "items"
    if rules.min_length is not None and len(value) < rules.min_length:
        raise wrong_value(
            _("Too short: at least %(min_length)s %(unit)s.") % {"min_length": rules.min_length, "unit": unit}
        )
    if rules.max_length is not None and len(value) > rules.max_length:
        raise wrong_value(
            _("Too long: at most %(max_length)s %(unit)s.") % {"max_length": rules.max_length, "unit": unit}
        )


def _check_pattern(field: FieldDef, regex: str, value: Any) -> None:
    try:
        pattern = compile_pattern(regex)
    except PatternError as error:
        # Only a version published before RE2 was used can hold one: fail closed, loudly.
        logger.error("field %r has a pattern RE2 cannot run: %s", field.key, error)
        raise wrong_value(
            _(
                "The field's pattern cannot be checked; the workflow's administrator must fix it and "
                "publish a new version. %(error)s"
            )
            % {"error": error}
        ) from None
    if not pattern.fullmatch(value):
        raise wrong_value(_("The value does not match the pattern %(regex)s.") % {"regex": repr(regex)})


def check_rules(field: FieldDef, value: Any) -> None:
    rules = field.validation
    if rules is None:
        return
    if field.type in _ORDERED_TYPES:
        _check_range(field, rules, value)
    if field.type in TEXT_TYPES or field.type in _LIST_TYPES:
        _check_length(field, rules, value)
    if field.type in TEXT_TYPES and rules.regex is not None:
        _check_pattern(field, rules.regex, value)
