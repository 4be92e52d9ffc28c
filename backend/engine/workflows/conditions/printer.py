"""The canonical text of a condition tree: `parse_expression(to_expression(c)) == c`."""

from __future__ import annotations

import math
from typing import Any

from engine.workflows.conditions.lexer import KEYWORDS
from engine.workflows.conditions.model import Comparison, Condition, Op

_OP_TEXT = {
    Op.EQ: "==",
    Op.NE: "!=",
    Op.GT: ">",
    Op.GTE: ">=",
    Op.LT: "<",
    Op.LTE: "<=",
    Op.IN: "in",
    Op.NOT_IN: "not in",
    Op.CONTAINS: "contains",
    Op.NOT_CONTAINS: "not contains",
    Op.STARTS_WITH: "starts_with",
    Op.ENDS_WITH: "ends_with",
    Op.IS_EMPTY: "is empty",
    Op.IS_NOT_EMPTY: "is not empty",
}
_STRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t"}


def _string(value: str) -> str:
    return '"' + "".join(_STRING_ESCAPES.get(ch, ch) for ch in value) + '"'


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value!r} has no expression form")
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    raise ValueError(f"{value!r} has no expression form")


def _literal(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(item) for item in value) + "]"
    return _scalar(value)


def _field(name: str) -> str:
    return f"`{name}`" if name.lower() in KEYWORDS else name


def comparison_text(comparison: Comparison) -> str:
    op = Op(comparison.op)
    head = f"{_field(comparison.field)} {_OP_TEXT[op]}"
    if op in (Op.IS_EMPTY, Op.IS_NOT_EMPTY):
        if comparison.value is not None:
            raise ValueError(f"{op.value} takes no value, so this comparison has no expression form")
        return head
    return f"{head} {_literal(comparison.value)}"


def to_expression(condition: Condition) -> str:
    """The canonical expression of a condition: `a == 1 and b > 2` for one group,
    `(a == 1 and b > 2) or c is empty` for several; strings in double quotes; field names that
    are keywords in backticks.

    Raises `ValueError` for the few trees the language cannot write: no groups at all, and a
    value given to is_empty / is_not_empty (both are reported by `check_condition`).
    """
    if not condition.groups:
        raise ValueError("a condition with no groups has no expression form")
    several = len(condition.groups) > 1
    parts = []
    for group in condition.groups:
        text = " and ".join(comparison_text(comparison) for comparison in group)
        parts.append(f"({text})" if several and len(group) > 1 else text)
    return " or ".join(parts)
