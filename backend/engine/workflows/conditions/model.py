"""The condition tree: an OR of AND-groups of comparisons `field op value`.

The tree only fixes the *shape* of a condition (a field key, a known operator, a JSON value);
whether the value suits the field's type and the operator is `check_condition`'s business, so a
tree can be stored and reported on before the fields it names exist.
"""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Annotated, Any

from django.utils.translation import gettext as _
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

FIELD_TYPES = (
    "string",
    "text",
    "rich_text",
    "int",
    "decimal",
    "bool",
    "date",
    "datetime",
    "time",
    "radio",
    "checkbox",
    "select",
    "multi_select",
    "user",
    "users",
    "department",
    "attachment",
    "table",
)

MAX_GROUPS = 64
MAX_GROUP_SIZE = 64
MAX_LIST_LENGTH = 200
MAX_STRING_LENGTH = 4000
# Integers in a condition stay below 10**100 (so they always print and parse back).
MAX_INT_DIGITS = 100

FieldKey = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")]


class Op(StrEnum):
    EQ = "eq"
    NE = "ne"
    GT = "gt"
    GTE = "gte"
    LT = "lt"
    LTE = "lte"
    IN = "in"
    NOT_IN = "not_in"
    CONTAINS = "contains"
    NOT_CONTAINS = "not_contains"
    STARTS_WITH = "starts_with"
    ENDS_WITH = "ends_with"
    IS_EMPTY = "is_empty"
    IS_NOT_EMPTY = "is_not_empty"


def _check_scalar(value: Any) -> None:
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, str):
        if len(value) > MAX_STRING_LENGTH:
            raise ValueError(
                _("strings in a condition are at most %(value)s characters") % {"value": MAX_STRING_LENGTH}
            )
        return
    if isinstance(value, int):
        if abs(value) >= 10**MAX_INT_DIGITS:
            raise ValueError(
                _("integers in a condition have at most %(value)s digits") % {"value": MAX_INT_DIGITS}
            )
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(_("numbers in a condition must be finite"))
        return
    raise ValueError(_("must be null, a string, a number, true/false or a list of those"))


class Comparison(BaseModel):
    """`field op value`. `value` is a JSON value: null (for is_empty / is_not_empty), a string,
    a number, a boolean, or a flat list of those (for in / not_in)."""

    model_config = ConfigDict(extra="forbid")

    field: FieldKey
    op: Op
    value: Any = None

    @field_validator("value")
    @classmethod
    def _json_value(cls, value: Any) -> Any:
        if isinstance(value, list):
            if len(value) > MAX_LIST_LENGTH:
                raise ValueError(
                    _("lists in a condition have at most %(value)s items") % {"value": MAX_LIST_LENGTH}
                )
            for item in value:
                if isinstance(item, list):
                    raise ValueError(_("lists in a condition cannot be nested"))
                _check_scalar(item)
        else:
            _check_scalar(value)
        return value


Group = Annotated[list[Comparison], Field(min_length=1, max_length=MAX_GROUP_SIZE)]


class Condition(BaseModel):
    """OR across groups, AND within a group. No groups at all never matches."""

    model_config = ConfigDict(extra="forbid")

    groups: list[Group] = Field(max_length=MAX_GROUPS)
