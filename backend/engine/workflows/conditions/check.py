"""Static checks of a condition against the fields of a workflow."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.utils.translation import gettext as _

from engine.workflows.conditions.fieldtypes import (
    EQUALITY_OPS,
    KIND,
    MEMBERSHIP_OPS,
    CoercionError,
    allowed_ops,
    literal,
)
from engine.workflows.conditions.model import FIELD_TYPES, Comparison, Condition, Op

Problem = tuple[str, str]


def check_condition(condition: Condition, field_types: Mapping[str, str]) -> list[Problem]:
    """Everything wrong with `condition` for fields of these types, as (path, message) pairs with
    paths like `groups.0.1.value` (or `groups.0.1.value.2` for an item of an `in` list).

    Reported: no groups at all; an unknown field; an operator the field's type does not support;
    a value of the wrong shape or type for the field and operator. An empty list means fine.
    """
    problems: list[Problem] = []
    if not condition.groups:
        problems.append(("groups", _("A condition needs at least one group of comparisons.")))
    for i, group in enumerate(condition.groups):
        if not group:
            problems.append((f"groups.{i}", _("A group needs at least one comparison.")))
        for j, comparison in enumerate(group):
            problems.extend(_check_comparison(f"groups.{i}.{j}", comparison, field_types))
    return problems


def _check_comparison(path: str, comparison: Comparison, field_types: Mapping[str, str]) -> list[Problem]:
    field, op, value = comparison.field, Op(comparison.op), comparison.value
    field_type = field_types.get(field)
    if field_type is None:
        return [(f"{path}.field", _("Unknown field '%(field)s'.") % {"field": field})]
    if field_type not in FIELD_TYPES:
        return [
            (
                f"{path}.field",
                _("Field '%(field)s' has an unknown type '%(type)s'.") % {"field": field, "type": field_type},
            )
        ]
    allowed = allowed_ops(field_type)
    if op not in allowed:
        names = ", ".join(sorted(o.value for o in allowed))
        return [
            (
                f"{path}.op",
                _("Operator '%(op)s' is not valid for %(type)s field '%(field)s' (valid: %(valid)s).")
                % {"op": op.value, "type": field_type, "field": field, "valid": names},
            )
        ]
    where = {"type": field_type, "field": field}
    if op in (Op.IS_EMPTY, Op.IS_NOT_EMPTY):
        if value is not None:
            return [(f"{path}.value", _("'%(op)s' takes no value.") % {"op": op.value})]
        return []
    if value is None:
        if op in EQUALITY_OPS:
            return []  # `x == null` / `x != null`: the same as is_empty / is_not_empty
        return [(f"{path}.value", _("'%(op)s' needs a value.") % {"op": op.value})]
    kind = KIND[field_type]
    if op in MEMBERSHIP_OPS:
        if not isinstance(value, list):
            return [(f"{path}.value", _("'%(op)s' needs a list of values.") % {"op": op.value})]
        problems: list[Problem] = []
        for k, item in enumerate(value):
            message = _value_problem(kind, item)
            if message is not None:
                problems.append(
                    (
                        f"{path}.value.{k}",
                        _("Invalid list item for %(type)s field '%(field)s': %(problem)s.")
                        % {**where, "problem": message},
                    )
                )
        return problems
    if isinstance(value, list):
        return [(f"{path}.value", _("'%(op)s' needs a single value, not a list.") % {"op": op.value})]
    message = _value_problem(kind, value)
    if message is not None:
        return [
            (
                f"{path}.value",
                _("Invalid value for %(type)s field '%(field)s': %(problem)s.")
                % {**where, "problem": message},
            )
        ]
    return []


def _value_problem(kind: str, value: Any) -> str | None:
    if value is None:
        return _("null is not allowed here")
    try:
        literal(kind, value)
    except CoercionError as exc:
        return str(exc)
    return None
