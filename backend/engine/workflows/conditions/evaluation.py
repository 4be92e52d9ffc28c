"""Evaluation of a condition against a ticket's field values."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from engine.workflows.conditions.fieldtypes import (
    KIND,
    MULTI_TYPES,
    CoercionError,
    allowed_ops,
    is_empty,
    literal,
    stored,
)
from engine.workflows.conditions.model import Comparison, Condition, Op

# The ops that hold when the two sides cannot be compared (an empty or unreadable value).
_HOLD_WHEN_INCOMPARABLE = frozenset({Op.NE, Op.NOT_IN, Op.NOT_CONTAINS})
_POSITIVE = {Op.NE: Op.EQ, Op.NOT_IN: Op.IN, Op.NOT_CONTAINS: Op.CONTAINS}


class _Incomparable(Exception):
    pass


def evaluate(condition: Condition, values: Mapping[str, Any], field_types: Mapping[str, str]) -> bool:
    """Whether the ticket's `values` satisfy `condition` (OR across groups, AND within one).

    Never raises for a well-formed tree: comparisons `check_condition` would reject (unknown
    field, unsupported operator, unreadable value) are treated like comparisons against an empty
    value — false, except ne / not_in / not_contains.
    """
    return any(
        all(_holds(comparison, values, field_types) for comparison in group) for group in condition.groups
    )


def _holds(comparison: Comparison, values: Mapping[str, Any], field_types: Mapping[str, str]) -> bool:
    op = Op(comparison.op)
    raw = values.get(comparison.field)
    empty = is_empty(raw)
    if op == Op.IS_EMPTY:
        return empty
    if op == Op.IS_NOT_EMPTY:
        return not empty
    if comparison.value is None and op in (Op.EQ, Op.NE):
        return empty if op == Op.EQ else not empty
    if empty:
        return op in _HOLD_WHEN_INCOMPARABLE
    field_type = field_types.get(comparison.field)
    if field_type is None or op not in allowed_ops(field_type):
        return op in _HOLD_WHEN_INCOMPARABLE
    positive = _POSITIVE.get(op, op)
    try:
        result = _compare(positive, field_type, raw, comparison.value)
    except (_Incomparable, CoercionError, TypeError, ArithmeticError):
        return op in _HOLD_WHEN_INCOMPARABLE
    return result if positive == op else not result


def _compare(op: Op, field_type: str, raw: Any, value: Any) -> bool:
    kind = KIND[field_type]
    if field_type in MULTI_TYPES:  # only contains reaches here
        if not isinstance(raw, list | tuple | set | frozenset):
            raise _Incomparable
        return literal(kind, value) in raw
    actual = stored(kind, raw)
    if op == Op.IN:
        if not isinstance(value, list):
            raise _Incomparable
        return any(_equal_item(kind, actual, item) for item in value)
    if isinstance(value, list):
        raise _Incomparable
    expected = literal(kind, value)
    if op == Op.EQ:
        return bool(actual == expected)
    if op == Op.GT:
        return bool(actual > expected)
    if op == Op.GTE:
        return bool(actual >= expected)
    if op == Op.LT:
        return bool(actual < expected)
    if op == Op.LTE:
        return bool(actual <= expected)
    if op == Op.CONTAINS:
        return bool(expected in actual)
    if op == Op.STARTS_WITH:
        return bool(actual.startswith(expected))
    if op == Op.ENDS_WITH:
        return bool(actual.endswith(expected))
    raise _Incomparable


def _equal_item(kind: str, actual: Any, item: Any) -> bool:
    if item is None:
        return False
    try:
        return bool(actual == literal(kind, item))
    except CoercionError:
        return False
