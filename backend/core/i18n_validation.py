"""Request validation problems (pydantic's errors, as a 422's `details`) in the request's language.

pydantic writes its messages in English; each error's `type` is stable, so the common types are
written again here, with the values pydantic put in `ctx`. In English, and for a type not listed,
pydantic's own message stays (so the English bodies are exactly what they were).
"""

from __future__ import annotations

from typing import Any

from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

_BY_TYPE: dict[str, Promise] = {
    "missing": _("Field required"),
    "extra_forbidden": _("Extra inputs are not permitted"),
    "string_type": _("Input should be a valid string"),
    "string_too_short": _("String should have at least %(min_length)s character(s)"),
    "string_too_long": _("String should have at most %(max_length)s character(s)"),
    "string_pattern_mismatch": _("String should match pattern '%(pattern)s'"),
    "int_type": _("Input should be a valid integer"),
    "int_parsing": _("Input should be a valid integer, unable to parse string as an integer"),
    "int_from_float": _("Input should be a valid integer, got a number with a fractional part"),
    "float_type": _("Input should be a valid number"),
    "float_parsing": _("Input should be a valid number, unable to parse string as a number"),
    "decimal_parsing": _("Input should be a valid decimal"),
    "bool_type": _("Input should be a valid boolean"),
    "bool_parsing": _("Input should be a valid boolean, unable to interpret input"),
    "greater_than": _("Input should be greater than %(gt)s"),
    "greater_than_equal": _("Input should be greater than or equal to %(ge)s"),
    "less_than": _("Input should be less than %(lt)s"),
    "less_than_equal": _("Input should be less than or equal to %(le)s"),
    "enum": _("Input should be %(expected)s"),
    "literal_error": _("Input should be %(expected)s"),
    "list_type": _("Input should be a valid list"),
    "dict_type": _("Input should be a valid dictionary"),
    "model_type": _("Input should be an object"),
    "model_attributes_type": _("Input should be an object"),
    "too_short": _("List should have at least %(min_length)s item(s), not %(actual_length)s"),
    "too_long": _("List should have at most %(max_length)s item(s), not %(actual_length)s"),
    "datetime_type": _("Input should be a valid datetime"),
    "datetime_parsing": _("Input should be a valid datetime"),
    "datetime_from_date_parsing": _("Input should be a valid datetime or date"),
    "date_type": _("Input should be a valid date"),
    "date_parsing": _("Input should be a valid date"),
    "date_from_datetime_parsing": _("Input should be a valid date"),
    "time_parsing": _("Input should be in a valid time format"),
    "uuid_type": _("Input should be a valid UUID"),
    "uuid_parsing": _("Input should be a valid UUID"),
    "url_parsing": _("Input should be a valid URL"),
    "json_invalid": _("Invalid JSON"),
    "none_required": _("Input should be null"),
    # core.ninja_api's own body checks
    "json_depth": _("The body is nested more than %(limit)s levels deep."),
    "object_type": _("The body must be a JSON object."),
}


def _english() -> bool:
    return (translation.get_language() or "en").startswith("en")


def problem_message(error: dict[str, Any]) -> str:
    """The message of one pydantic error, in the active language."""
    original = str(error.get("msg", "Invalid value."))
    kind = str(error.get("type", ""))
    if kind in ("value_error", "assertion_error") and not _english():
        # Our validators' own messages are translated where raised; pydantic's English prefix goes.
        return (
            original.split(", ", 1)[1]
            if original.startswith(("Value error, ", "Assertion failed, "))
            else original
        )
    template = _BY_TYPE.get(kind)
    if template is None or _english():
        return original
    context = {key: _shown(value) for key, value in (error.get("ctx") or {}).items()}
    try:
        return str(template) % context if "%(" in str(template) else str(template)
    except (KeyError, ValueError, TypeError):  # a ctx pydantic did not give: its own words, then
        return original


def _shown(value: Any) -> str:
    return str(value)
