"""radio, select, checkbox and multi_select values."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from engine.tickets.runtime.values.common import (
    MAX_LIST_ITEMS,
    check_items,
    read_list,
    show,
    wrong_type,
    wrong_value,
)
from engine.workflows.definitions.schema import FieldDef


def read_choice(field: FieldDef, raw: Any, strict: bool) -> str:
    if not isinstance(raw, str):
        raise wrong_type("a choice value (a string)", raw)
    if strict and raw not in {choice.value for choice in field.choices}:
        raise wrong_value(_("%(value)s is not one of the field's choices.") % {"value": show(raw)})
    return raw


def read_choices(field: FieldDef, raw: Any, strict: bool) -> list[str]:
    items = check_items(read_list(raw, "a list of choice values", MAX_LIST_ITEMS), "choice values")
    if strict:
        values = {choice.value for choice in field.choices}
        for item in items:
            if item not in values:
                raise wrong_value(_("%(value)s is not one of the field's choices.") % {"value": show(item)})
    return items
