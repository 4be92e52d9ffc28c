"""string, text and rich_text values."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from engine.tickets.runtime.values.common import (
    MAX_RICH_TEXT_LENGTH,
    MAX_STRING_LENGTH,
    MAX_TEXT_LENGTH,
    check_string,
    wrong_type,
    wrong_value,
)
from engine.workflows.definitions.schema import FieldDef, FieldType

TEXT_LIMITS: dict[str, int] = {
    FieldType.STRING: MAX_STRING_LENGTH,
    FieldType.TEXT: MAX_TEXT_LENGTH,
    FieldType.RICH_TEXT: MAX_RICH_TEXT_LENGTH,
}
TEXT_TYPES = frozenset(TEXT_LIMITS)
# What `str.splitlines` splits on: none of these may appear in a single-line `string`.
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def read_text(field: FieldDef, raw: Any, strict: bool) -> str:
    if not isinstance(raw, str):
        raise wrong_type("a string", raw)
    if strict:
        check_string(raw, TEXT_LIMITS[field.type])
        if field.type == FieldType.STRING and not _LINE_BREAKS.isdisjoint(raw):
            raise wrong_value(_("The value must be a single line (no line breaks)."))
    return raw
