"""What every field type family shares: limits, problem types, the value errors and the small
helpers that build them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from django.utils.translation import gettext as _

# ---- limits ---------------------------------------------------------------------------------------

MAX_STRING_LENGTH = 10_000
MAX_TEXT_LENGTH = 100_000
MAX_RICH_TEXT_LENGTH = 100_000
MAX_LIST_ITEMS = 500  # items of checkbox, multi_select, users and attachment values
MAX_TABLE_ROWS = 500
MAX_USERNAME_LENGTH = 150
MAX_DEPARTMENT_CODE_LENGTH = 64
MAX_NUMBER_TEXT = 100  # most digits of a number (numeric strings: twice as many characters)
MAX_DECIMAL_EXPONENT = 1000  # |adjusted exponent| of a decimal
MAX_ATTACHMENT_NAME = 255
MAX_ATTACHMENT_URL = 2000
MAX_ATTACHMENT_CONTENT_TYPE = 200

# Problem types.
UNKNOWN_FIELD = "unknown_field"
NOT_EDITABLE = "not_editable"
INVALID_TYPE = "invalid_type"
INVALID_VALUE = "invalid_value"
UNKNOWN_USER = "unknown_user"
UNKNOWN_DEPARTMENT = "unknown_department"
REQUIRED = "required"


class Directory(Protocol):
    """Who and what exists in the tenant (DB-backed in production, a stub in tests)."""

    def existing_usernames(self, usernames: set[str]) -> set[str]:
        """The active users among `usernames`."""
        ...

    def existing_departments(self, codes: set[str]) -> set[str]:
        """The active departments among `codes`."""
        ...


@dataclass(frozen=True)
class ValueProblem:
    """One problem with a value. `path` is relative to the field: "" for the value itself,
    "2.amount" for row 2's `amount` cell of a table, "0.url" for an attachment's url."""

    path: str
    message: str
    type: str


class FieldValueError(ValueError):
    """A value that does not fit its field. `problems` says where (always at least one)."""

    def __init__(
        self, message: str, type_: str = INVALID_VALUE, *, problems: Sequence[ValueProblem] = ()
    ) -> None:
        super().__init__(message)
        self.message = message
        self.type = type_
        self.problems: tuple[ValueProblem, ...] = tuple(problems) or (ValueProblem("", message, type_),)


@dataclass(frozen=True)
class CleanResult:
    values: dict[str, Any]
    """Every typed value of the ticket after the change (current values merged with the changes)."""
    changed: dict[str, tuple[Any, Any]]
    """`key -> (old typed value, new typed value)` for the keys whose value actually changed."""


def is_empty(value: Any) -> bool:
    """None, "" and [] are empty (0 and False are not)."""
    return value is None or (isinstance(value, str | list) and len(value) == 0)


def show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def wrong_type(expected: str, raw: Any) -> FieldValueError:
    return FieldValueError(
        _("Expected %(expected)s, got %(value)s.") % {"expected": expected, "value": show(raw)}, INVALID_TYPE
    )


def wrong_value(message: str) -> FieldValueError:
    return FieldValueError(message, INVALID_VALUE)


def check_string(raw: str, limit: int, *, what: str = "The value") -> None:
    if len(raw) > limit:
        raise wrong_value(
            _("%(what)s is too long: at most %(limit)s characters.") % {"what": what, "limit": limit}
        )
    if "\x00" in raw:
        raise wrong_value(_("%(what)s must not contain NUL characters.") % {"what": what})


def read_list(raw: Any, expected: str, limit: int) -> list[Any]:
    if not isinstance(raw, list):
        raise wrong_type(expected, raw)
    if len(raw) > limit:
        raise wrong_value(_("Too many items: at most %(limit)s.") % {"limit": limit})
    return raw


def check_items(raw: list[Any], expected: str) -> list[str]:
    seen: set[str] = set()
    for item in raw:
        if not isinstance(item, str):
            raise wrong_type(f"{expected} (strings) in the list", item)
        if item in seen:
            raise wrong_value(_("%(value)s is listed twice.") % {"value": show(item)})
        seen.add(item)
    return list(raw)


def join(path: str, suffix: str) -> str:
    return f"{path}.{suffix}" if suffix else path


def under(path: str, problems: Iterable[ValueProblem]) -> list[ValueProblem]:
    """The problems of one part of a value (an item, a cell), with their paths from the field's."""
    return [ValueProblem(join(path, problem.path), problem.message, problem.type) for problem in problems]


def raise_problems(message: str, problems: list[ValueProblem]) -> None:
    """One FieldValueError for every problem found in the parts of a value, when there are any."""
    if problems:
        raise FieldValueError(message, INVALID_VALUE, problems=problems)
