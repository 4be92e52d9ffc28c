"""Ticket field values: read them from the API, check them, store them and read them back.

A ticket keeps its field values as one JSON object (JSONB): `{field key: stored value}`. The
runtime works with *typed* values, the forms `engine.workflows.conditions` compares:

========================  =======================================  ===============================
field type                typed value                              stored (JSON) value
========================  =======================================  ===============================
string, text, rich_text   `str`                                    the same `str`
int                       `int`                                    the same number
decimal                   `Decimal` (exact, finite)                its text: "1.50"
bool                      `bool`                                   true / false
date                      `date`                                   "YYYY-MM-DD"
datetime                  aware `datetime` in UTC                  ISO 8601: "…T10:00:00+00:00"
time                      naive `time` (whole seconds)             "HH:MM:SS"
radio, select             `str` (a choice value)                   the same `str`
checkbox, multi_select    `list[str]` of distinct choice values    the same list
user, department          `str` (a username / department code)     the same `str`
users                     `list[str]` of distinct usernames        the same list
attachment                `list[Attachment]`                       the same list of objects
table                     `list[dict[column key, typed value]]`    rows stored column by column
========================  =======================================  ===============================

Empty: None, "" and [] all mean "no value"; the typed and the stored form of an empty value is
None. Every table row holds every column (missing cells are None), in column order.

`to_python` reads a value the API sent and checks it against the field (type, format, choices,
`validation` bounds and pattern), raising `FieldValueError`. `from_storage` reads a stored value
back without re-checking the rules (it also takes values that are already typed, so it is
idempotent), `to_storage` is its inverse. `apply_changes` applies a set of changes to a ticket's
values in one state and either returns the result or raises one `ValidationFailed` (422,
`invalid_fields`) listing every problem, with paths `fields.<key>` and, in tables,
`fields.<key>.<row>.<column>` (attachments: `fields.<key>.<item>.<attribute>`). Problem types:
`unknown_field`, `not_editable`, `invalid_type` (wrong JSON type), `invalid_value` (right type,
wrong content, including bounds and pattern), `unknown_user`, `unknown_department`, `required`.

Notes.

* rich_text is stored as given (at most 100,000 characters): it is *not* sanitised here. The SPA
  sanitises it when it displays it; anything else that renders it as HTML must sanitise it too.
* `regex` is a full match run by RE2 (`engine.workflows.definitions.patterns`), in time linear in the value's
  length whatever the pattern, so a designer's `^(a+)+$` cannot stall a worker (ReDoS). Publishing
  refuses a pattern RE2 cannot run; should a version published before that hold one, a non-empty
  value of the field is refused (422 `invalid_value`, saying the workflow must be fixed) and the
  pattern is logged, rather than let through unchecked.
* Strings may not contain NUL characters (PostgreSQL cannot store them in JSONB or text).
* Users and departments are checked against the `Directory` with at most one call each per
  `apply_changes`, and only for names a change *introduces*: names already in the field's current
  value are not checked again (so a user who has since been deactivated does not block editing
  the ticket's other fields when a client sends the whole form back).
"""

from __future__ import annotations

import copy
import logging
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol, TypedDict
from urllib.parse import urlsplit

from core.errors import ValidationFailed, field_problem
from engine.workflows.definitions.patterns import PatternError, compile_pattern
from engine.workflows.definitions.schema import (
    FieldDef,
    FieldPermission,
    FieldType,
    FieldValidation,
    StateDef,
    WorkflowDocument,
)

__all__ = [
    "Attachment",
    "CleanResult",
    "Directory",
    "FieldValueError",
    "ValueProblem",
    "apply_changes",
    "defaults_for",
    "from_storage",
    "is_empty",
    "to_python",
    "to_storage",
]

logger = logging.getLogger(__name__)

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

_TEXT_LIMITS: dict[str, int] = {
    FieldType.STRING: MAX_STRING_LENGTH,
    FieldType.TEXT: MAX_TEXT_LENGTH,
    FieldType.RICH_TEXT: MAX_RICH_TEXT_LENGTH,
}
_TEXT_TYPES = frozenset(_TEXT_LIMITS)
_LIST_TYPES = frozenset(
    {FieldType.CHECKBOX, FieldType.MULTI_SELECT, FieldType.USERS, FieldType.ATTACHMENT, FieldType.TABLE}
)
_ORDERED_TYPES = frozenset(
    {FieldType.INT, FieldType.DECIMAL, FieldType.DATE, FieldType.DATETIME, FieldType.TIME}
)
_NOT_EDITABLE = frozenset({FieldPermission.HIDDEN, FieldPermission.READ_ONLY})
_EDITABLE = frozenset({FieldPermission.OPTIONAL, FieldPermission.REQUIRED})
# What `str.splitlines` splits on: none of these may appear in a single-line `string`.
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_ATTACHMENT_KEYS = ("name", "url", "size", "content_type")

_INT = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
    r"(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?"
)
_TIME = re.compile(r"[0-9]{2}:[0-9]{2}(?::[0-9]{2})?")


# ---- public types ---------------------------------------------------------------------------------


class Directory(Protocol):
    """Who and what exists in the tenant (DB-backed in production, a stub in tests)."""

    def existing_usernames(self, usernames: set[str]) -> set[str]:
        """The active users among `usernames`."""
        ...

    def existing_departments(self, codes: set[str]) -> set[str]:
        """The active departments among `codes`."""
        ...


class Attachment(TypedDict):
    name: str
    url: str
    size: int
    content_type: str


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


# ---- public functions -----------------------------------------------------------------------------


def is_empty(value: Any) -> bool:
    """None, "" and [] are empty (0 and False are not)."""
    return value is None or (isinstance(value, str | list) and len(value) == 0)


def to_python(field: FieldDef, raw: Any) -> Any:
    """A value as the API sent it (JSON) as the field's typed value, checked against the field's
    type, format, choices and `validation` rules; None for an empty value.

    Already-typed values are accepted too, so `to_python(f, to_python(f, x)) == to_python(f, x)`.
    Raises `FieldValueError` (type `invalid_type` or `invalid_value`).
    """
    return _convert(field, raw, strict=True)


def from_storage(field: FieldDef, stored: Any) -> Any:
    """A stored (JSON) value as the field's typed value; None for None or an empty value.

    The inverse of `to_storage`. Rules (choices, bounds, pattern) are not checked again — they
    were when the value was written. Typed values are taken as they are. Raises
    `FieldValueError` only for a value that cannot be read as the field's type at all.
    """
    return _convert(field, stored, strict=False)


def to_storage(field: FieldDef, value: Any) -> Any:
    """A typed value in its JSON-safe stored form (see the module's table)."""
    if is_empty(value):
        return None
    if field.type == FieldType.TABLE:
        return [
            {column.key: to_storage(column, row.get(column.key)) for column in field.columns} for row in value
        ]
    return _storage_scalar(value)


def defaults_for(document: WorkflowDocument) -> dict[str, Any]:
    """The typed defaults of the fields that have a (non-empty) default.

    Publishing checks the defaults against the fields, so a published document's defaults all
    read; a default that does not (only possible in a draft) is left out rather than failing.
    """
    defaults: dict[str, Any] = {}
    for field in document.fields:
        if field.default is None:
            continue
        try:
            value = to_python(field, field.default)
        except FieldValueError:
            continue
        if value is not None:
            defaults[field.key] = value
    return defaults


def apply_changes(
    document: WorkflowDocument,
    state: StateDef,
    current: Mapping[str, Any],
    incoming: Mapping[str, Any],
    *,
    directory: Directory,
    check_required: bool,
) -> CleanResult:
    """Apply `incoming` (API values by field key) to `current` (a ticket's typed values) in `state`.

    * A key that is not a field: `unknown_field`. A field that is hidden or read-only in `state`:
      `not_editable` — unless the value sent equals the current one, which is ignored.
    * Every value is read with `to_python` (`invalid_type` / `invalid_value`, in tables per cell).
    * Users and departments a change introduces must exist (`unknown_user` /
      `unknown_department`): one `directory` call for all usernames, one for all department codes.
    * With `check_required`, every field `required` in `state` (see `WorkflowDocument.permission`)
      must have a value in the result, and in every table editable in `state`, every row must have
      a value in each column marked `required` (`required`).

    Nothing is changed in place: the result is new, and on any problem `ValidationFailed` (422,
    code `invalid_fields`) is raised with all the problems as `details`.
    """
    fields = {field.key: field for field in document.fields}
    base = {key: _current_value(fields.get(key), value) for key, value in current.items()}
    problems: list[dict[str, Any]] = []
    failed: set[str] = set()
    accepted: dict[str, Any] = {}

    for key, raw in incoming.items():
        path = f"fields.{key}"
        field = fields.get(key)
        if field is None:
            problems.append(field_problem(path, "There is no such field.", UNKNOWN_FIELD))
            failed.add(key)
            continue
        old = base.get(key)
        if document.permission(state, field) in _NOT_EDITABLE:
            if not _same_as(field, raw, old):
                problems.append(
                    field_problem(path, "This field cannot be changed in this state.", NOT_EDITABLE)
                )
                failed.add(key)
            continue
        try:
            new = to_python(field, raw)
        except FieldValueError as exc:
            problems.extend(field_problem(_join(path, p.path), p.message, p.type) for p in exc.problems)
            failed.add(key)
            continue
        if new != old:
            accepted[key] = new

    problems.extend(_directory_problems(fields, base, accepted, directory))
    values = {**base, **accepted}
    if check_required:
        problems.extend(_required_problems(document, state, values, failed))
    if problems:
        raise ValidationFailed("Some field values are not valid.", code="invalid_fields", details=problems)
    return CleanResult(values=values, changed={key: (base.get(key), new) for key, new in accepted.items()})


# ---- reading values -------------------------------------------------------------------------------


def _convert(field: FieldDef, raw: Any, *, strict: bool) -> Any:
    if is_empty(raw):
        return None
    value = _READERS[field.type](field, raw, strict)
    if strict and field.validation is not None:
        _check_rules(field, value)
    return value


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _wrong_type(expected: str, raw: Any) -> FieldValueError:
    return FieldValueError(f"Expected {expected}, got {_show(raw)}.", INVALID_TYPE)


def _wrong_value(message: str) -> FieldValueError:
    return FieldValueError(message, INVALID_VALUE)


def _check_string(raw: str, limit: int, *, what: str = "The value") -> None:
    if len(raw) > limit:
        raise _wrong_value(f"{what} is too long: at most {limit} characters.")
    if "\x00" in raw:
        raise _wrong_value(f"{what} must not contain NUL characters.")


def _read_text(field: FieldDef, raw: Any, strict: bool) -> str:
    if not isinstance(raw, str):
        raise _wrong_type("a string", raw)
    if strict:
        _check_string(raw, _TEXT_LIMITS[field.type])
        if field.type == FieldType.STRING and not _LINE_BREAKS.isdisjoint(raw):
            raise _wrong_value("The value must be a single line (no line breaks).")
    return raw


def _read_int(field: FieldDef, raw: Any, strict: bool) -> int:
    if isinstance(raw, bool):
        raise _wrong_type("an integer", raw)
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float):
        if not math.isfinite(raw) or not raw.is_integer():
            raise _wrong_value(f"Expected a whole number, got {_show(raw)}.")
        return int(raw)
    if isinstance(raw, str):
        if len(raw) > MAX_NUMBER_TEXT or not _INT.fullmatch(raw):
            raise _wrong_value(f"Expected an integer, got {_show(raw)}.")
        return int(raw)
    raise _wrong_type("an integer", raw)


def _read_decimal(field: FieldDef, raw: Any, strict: bool) -> Decimal:
    if isinstance(raw, bool):
        raise _wrong_type("a number", raw)
    if isinstance(raw, Decimal):
        number = raw
    elif isinstance(raw, int):
        number = Decimal(raw)
    elif isinstance(raw, float):
        if not math.isfinite(raw):
            raise _wrong_value(f"Expected a finite number, got {_show(raw)}.")
        number = Decimal(str(raw))  # the shortest repr: 0.1 is exactly 0.1
    elif isinstance(raw, str):
        if len(raw) > 2 * MAX_NUMBER_TEXT or not _NUMBER.fullmatch(raw):
            raise _wrong_value(f"Expected a number, got {_show(raw)}.")
        try:
            number = Decimal(raw)
        except (InvalidOperation, ValueError) as exc:
            raise _wrong_value(f"The number is out of range: {_show(raw)}.") from exc
    else:
        raise _wrong_type("a number", raw)
    if not number.is_finite():
        raise _wrong_value(f"Expected a finite number, got {_show(raw)}.")
    if strict and (
        len(number.as_tuple().digits) > MAX_NUMBER_TEXT or abs(number.adjusted()) > MAX_DECIMAL_EXPONENT
    ):
        raise _wrong_value(f"The number is out of range: {_show(raw)}.")
    return number


def _read_bool(field: FieldDef, raw: Any, strict: bool) -> bool:
    if not isinstance(raw, bool):
        raise _wrong_type("true or false", raw)
    return raw


def _read_date(field: FieldDef, raw: Any, strict: bool) -> date:
    if isinstance(raw, date) and not isinstance(raw, datetime):
        return raw
    if not isinstance(raw, str):
        raise _wrong_type("a date as 'YYYY-MM-DD'", raw)
    if not _DATE.fullmatch(raw):
        raise _wrong_value(f"Expected a date as 'YYYY-MM-DD', got {_show(raw)}.")
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise _wrong_value(f"Not a valid date: {_show(raw)}.") from exc


def _utc(value: datetime) -> datetime:
    """An aware datetime in UTC (naive means UTC already)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _read_datetime(field: FieldDef, raw: Any, strict: bool) -> datetime:
    if isinstance(raw, datetime):
        parsed = raw
    elif isinstance(raw, str):
        if not _DATETIME.fullmatch(raw):
            raise _wrong_value(f"Expected an ISO 8601 date and time, got {_show(raw)}.")
        try:
            parsed = datetime.fromisoformat(raw)
        except ValueError as exc:
            raise _wrong_value(f"Not a valid date and time: {_show(raw)}.") from exc
    else:
        raise _wrong_type("an ISO 8601 date and time", raw)
    try:
        return _utc(parsed)
    except (OverflowError, ValueError) as exc:  # 0001-01-01T00:00+01:00 is before year 1 in UTC
        raise _wrong_value(f"The date and time is out of range in UTC: {_show(raw)}.") from exc


def _read_time(field: FieldDef, raw: Any, strict: bool) -> time:
    if isinstance(raw, time):
        if raw.tzinfo is not None or raw.microsecond:
            raise _wrong_value(f"Expected a time of day without time zone or fractions, got {_show(raw)}.")
        return raw
    if not isinstance(raw, str):
        raise _wrong_type("a time as 'HH:MM' or 'HH:MM:SS'", raw)
    if not _TIME.fullmatch(raw):
        raise _wrong_value(f"Expected a time as 'HH:MM' or 'HH:MM:SS', got {_show(raw)}.")
    try:
        return time.fromisoformat(raw)
    except ValueError as exc:
        raise _wrong_value(f"Not a valid time: {_show(raw)}.") from exc


def _read_choice(field: FieldDef, raw: Any, strict: bool) -> str:
    if not isinstance(raw, str):
        raise _wrong_type("a choice value (a string)", raw)
    if strict and raw not in {choice.value for choice in field.choices}:
        raise _wrong_value(f"{_show(raw)} is not one of the field's choices.")
    return raw


def _read_list(raw: Any, expected: str, limit: int) -> list[Any]:
    if not isinstance(raw, list):
        raise _wrong_type(expected, raw)
    if len(raw) > limit:
        raise _wrong_value(f"Too many items: at most {limit}.")
    return raw


def _check_items(raw: list[Any], expected: str) -> list[str]:
    seen: set[str] = set()
    for item in raw:
        if not isinstance(item, str):
            raise _wrong_type(f"{expected} (strings) in the list", item)
        if item in seen:
            raise _wrong_value(f"{_show(item)} is listed twice.")
        seen.add(item)
    return list(raw)


def _read_choices(field: FieldDef, raw: Any, strict: bool) -> list[str]:
    items = _check_items(_read_list(raw, "a list of choice values", MAX_LIST_ITEMS), "choice values")
    if strict:
        values = {choice.value for choice in field.choices}
        for item in items:
            if item not in values:
                raise _wrong_value(f"{_show(item)} is not one of the field's choices.")
    return items


def _check_name(raw: Any, what: str, limit: int) -> str:
    if not isinstance(raw, str):
        raise _wrong_type(f"a {what} (a string)", raw)
    if not raw:
        raise _wrong_value(f"A {what} cannot be empty.")
    if len(raw) > limit or any(ord(char) < 32 or ord(char) == 127 for char in raw):
        raise _wrong_value(f"Not a valid {what}: {_show(raw)}.")
    return raw


def _read_user(field: FieldDef, raw: Any, strict: bool) -> str:
    return _check_name(raw, "username", MAX_USERNAME_LENGTH)


def _read_users(field: FieldDef, raw: Any, strict: bool) -> list[str]:
    items = _check_items(_read_list(raw, "a list of usernames", MAX_LIST_ITEMS), "usernames")
    for item in items:
        _check_name(item, "username", MAX_USERNAME_LENGTH)
    return items


def _read_department(field: FieldDef, raw: Any, strict: bool) -> str:
    return _check_name(raw, "department code", MAX_DEPARTMENT_CODE_LENGTH)


def _attachment_problems(item: Any) -> list[ValueProblem]:
    if not isinstance(item, dict):
        return [ValueProblem("", f"Expected an attachment object, got {_show(item)}.", INVALID_TYPE)]
    problems = [
        ValueProblem(str(key), "Not an attribute of an attachment.", UNKNOWN_FIELD)
        for key in item
        if key not in _ATTACHMENT_KEYS
    ]
    problems += [
        ValueProblem(key, f"An attachment needs {key!r}.", INVALID_VALUE)
        for key in _ATTACHMENT_KEYS
        if key not in item
    ]
    return problems + _attachment_value_problems(item)


def _attachment_value_problems(item: dict[str, Any]) -> list[ValueProblem]:
    """Problems with the attributes an attachment object has (missing ones are reported apart)."""
    problems: list[ValueProblem] = []
    if "name" in item:
        problems += _attachment_name_problems(item["name"])
    if "url" in item and not _is_http_url(item["url"]):
        problems.append(
            ValueProblem(
                "url", f"Expected an http(s) URL of at most {MAX_ATTACHMENT_URL} characters.", INVALID_VALUE
            )
        )
    if "size" in item and not _is_byte_size(item["size"]):
        problems.append(
            ValueProblem("size", "The size must be a whole number of bytes (>= 0).", INVALID_VALUE)
        )
    if "content_type" in item and not _is_content_type(item["content_type"]):
        problems.append(
            ValueProblem(
                "content_type",
                f"The content type must be a string of at most {MAX_ATTACHMENT_CONTENT_TYPE} characters.",
                INVALID_VALUE,
            )
        )
    return problems


def _attachment_name_problems(name: Any) -> list[ValueProblem]:
    if not isinstance(name, str) or not name:
        return [ValueProblem("name", "The name must be a non-empty string.", INVALID_VALUE)]
    if len(name) > MAX_ATTACHMENT_NAME or "\x00" in name:
        return [
            ValueProblem("name", f"The name must be at most {MAX_ATTACHMENT_NAME} characters.", INVALID_VALUE)
        ]
    return []


def _is_byte_size(size: Any) -> bool:
    return isinstance(size, int) and not isinstance(size, bool) and size >= 0


def _is_content_type(content_type: Any) -> bool:
    return (
        isinstance(content_type, str)
        and len(content_type) <= MAX_ATTACHMENT_CONTENT_TYPE
        and "\x00" not in content_type
    )


def _is_http_url(url: Any) -> bool:
    if (
        not isinstance(url, str)
        or len(url) > MAX_ATTACHMENT_URL
        or not url.isascii()
        or not url.isprintable()
    ):
        return False
    if any(char.isspace() for char in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def _read_attachments(field: FieldDef, raw: Any, strict: bool) -> list[Attachment]:
    items = _read_list(raw, "a list of attachments", MAX_LIST_ITEMS)
    if strict:
        problems = [
            ValueProblem(_join(str(index), problem.path), problem.message, problem.type)
            for index, item in enumerate(items)
            for problem in _attachment_problems(item)
        ]
        if problems:
            raise FieldValueError("Some attachments are not valid.", INVALID_VALUE, problems=problems)
    elif not all(isinstance(item, dict) for item in items):
        raise _wrong_type("a list of attachment objects", raw)
    return [
        Attachment(
            name=item.get("name"),
            url=item.get("url"),
            size=item.get("size"),
            content_type=item.get("content_type"),
        )
        for item in items
    ]


def _read_table(field: FieldDef, raw: Any, strict: bool) -> list[dict[str, Any]]:
    rows = _read_list(raw, "a list of rows", MAX_TABLE_ROWS)
    columns = {column.key: column for column in field.columns}
    problems: list[ValueProblem] = []
    result: list[dict[str, Any]] = []
    for index, row in enumerate(rows):
        if not isinstance(row, dict):
            problems.append(
                ValueProblem(str(index), f"Expected a row object, got {_show(row)}.", INVALID_TYPE)
            )
            continue
        if strict:
            problems += [
                ValueProblem(f"{index}.{key}", "Not a column of this table.", UNKNOWN_FIELD)
                for key in row
                if key not in columns
            ]
        cells: dict[str, Any] = {}
        for key, column in columns.items():
            try:
                cells[key] = _convert(column, row.get(key), strict=strict)
            except FieldValueError as exc:
                problems += [
                    ValueProblem(_join(f"{index}.{key}", problem.path), problem.message, problem.type)
                    for problem in exc.problems
                ]
        result.append(cells)
    if problems:
        raise FieldValueError("Some rows are not valid.", INVALID_VALUE, problems=problems)
    return result


_READERS: dict[str, Callable[[FieldDef, Any, bool], Any]] = {
    FieldType.STRING: _read_text,
    FieldType.TEXT: _read_text,
    FieldType.RICH_TEXT: _read_text,
    FieldType.INT: _read_int,
    FieldType.DECIMAL: _read_decimal,
    FieldType.BOOL: _read_bool,
    FieldType.DATE: _read_date,
    FieldType.DATETIME: _read_datetime,
    FieldType.TIME: _read_time,
    FieldType.RADIO: _read_choice,
    FieldType.SELECT: _read_choice,
    FieldType.CHECKBOX: _read_choices,
    FieldType.MULTI_SELECT: _read_choices,
    FieldType.USER: _read_user,
    FieldType.USERS: _read_users,
    FieldType.DEPARTMENT: _read_department,
    FieldType.ATTACHMENT: _read_attachments,
    FieldType.TABLE: _read_table,
}


# ---- validation rules -----------------------------------------------------------------------------


def _bound(field: FieldDef, bound: Decimal | str | None) -> Any:
    """A `min`/`max` bound as a value comparable with the field's typed values (None if unusable)."""
    if bound is None:
        return None
    try:
        if field.type in (FieldType.INT, FieldType.DECIMAL):
            return _read_decimal(field, bound, False)
        if not isinstance(bound, str):
            return None
        if field.type == FieldType.DATETIME:
            return _utc(datetime.fromisoformat(bound))  # a bare date means its midnight (UTC)
        return _READERS[field.type](field, bound, False)
    except (FieldValueError, ValueError, OverflowError):
        return None


def _check_rules(field: FieldDef, value: Any) -> None:
    rules = field.validation
    if rules is None:
        return
    if field.type in _ORDERED_TYPES:
        _check_range(field, rules, value)
    if field.type in _TEXT_TYPES or field.type in _LIST_TYPES:
        _check_length(field, rules, value)
    if field.type in _TEXT_TYPES and rules.regex is not None:
        _check_pattern(field, rules.regex, value)


def _check_range(field: FieldDef, rules: FieldValidation, value: Any) -> None:
    low, high = _bound(field, rules.min), _bound(field, rules.max)
    if low is not None and value < low:
        raise _wrong_value(f"The value must be at least {rules.min}.")
    if high is not None and value > high:
        raise _wrong_value(f"The value must be at most {rules.max}.")


def _check_length(field: FieldDef, rules: FieldValidation, value: Any) -> None:
    unit = "characters" if field.type in _TEXT_TYPES else "rows" if field.type == FieldType.TABLE else "items"
    if rules.min_length is not None and len(value) < rules.min_length:
        raise _wrong_value(f"Too short: at least {rules.min_length} {unit}.")
    if rules.max_length is not None and len(value) > rules.max_length:
        raise _wrong_value(f"Too long: at most {rules.max_length} {unit}.")


def _check_pattern(field: FieldDef, regex: str, value: Any) -> None:
    try:
        pattern = compile_pattern(regex)
    except PatternError as error:
        # Only a version published before RE2 was used can hold one: fail closed, loudly.
        logger.error("field %r has a pattern RE2 cannot run: %s", field.key, error)
        raise _wrong_value(
            "The field's pattern cannot be checked; the workflow's administrator must fix it "
            f"and publish a new version. {error}"
        ) from None
    if not pattern.fullmatch(value):
        raise _wrong_value(f"The value does not match the pattern {regex!r}.")


# ---- storing values -------------------------------------------------------------------------------


def _storage_scalar(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):  # before `date`: a datetime is a date
        return _utc(value).isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, list):
        return [dict(item) if isinstance(item, dict) else _storage_scalar(item) for item in value]
    return value


# ---- apply_changes helpers ------------------------------------------------------------------------


def _join(path: str, suffix: str) -> str:
    return f"{path}.{suffix}" if suffix else path


def _current_value(field: FieldDef | None, value: Any) -> Any:
    """A current value as a fresh typed value (a copy: the result never shares the caller's lists)."""
    if field is not None:
        try:
            return from_storage(field, value)
        except FieldValueError:
            pass
    return copy.deepcopy(value)


def _same_as(field: FieldDef, raw: Any, old: Any) -> bool:
    """Whether a value sent for a field that cannot be edited is just its current value."""
    try:
        return bool(from_storage(field, raw) == old)
    except FieldValueError:
        return False


def _references(field: FieldDef, value: Any, path: str) -> Iterator[tuple[str, str, list[str]]]:
    """`(kind, path, names)` for every user ("user") and department ("department") in a value."""
    if value is None:
        return
    if field.type == FieldType.USER:
        yield "user", path, [value]
    elif field.type == FieldType.USERS:
        yield "user", path, list(value)
    elif field.type == FieldType.DEPARTMENT:
        yield "department", path, [value]
    elif field.type == FieldType.TABLE:
        for index, row in enumerate(value):
            for column in field.columns:
                yield from _references(column, row.get(column.key), f"{path}.{index}.{column.key}")


def _introduced_references(
    fields: Mapping[str, FieldDef], base: Mapping[str, Any], accepted: Mapping[str, Any]
) -> list[tuple[str, str, list[str]]]:
    """The users and departments `accepted` names that its field did not name before."""
    pending: list[tuple[str, str, list[str]]] = []
    for key, new in accepted.items():
        field = fields[key]
        known = {(kind, name) for kind, _, names in _references(field, base.get(key), "") for name in names}
        for kind, path, names in _references(field, new, f"fields.{key}"):
            introduced = [name for name in names if (kind, name) not in known]
            if introduced:
                pending.append((kind, path, introduced))
    return pending


def _missing_problem(kind: str, path: str, missing: list[str]) -> dict[str, Any]:
    listed = ", ".join(repr(name) for name in missing)
    if kind == "user":
        message = f"No active user {listed}." if len(missing) == 1 else f"No active users {listed}."
        return field_problem(path, message, UNKNOWN_USER)
    return field_problem(path, f"No active department {listed}.", UNKNOWN_DEPARTMENT)


def _directory_problems(
    fields: Mapping[str, FieldDef],
    base: Mapping[str, Any],
    accepted: Mapping[str, Any],
    directory: Directory,
) -> list[dict[str, Any]]:
    pending = _introduced_references(fields, base, accepted)
    usernames = {name for kind, _, names in pending if kind == "user" for name in names}
    codes = {name for kind, _, names in pending if kind == "department" for name in names}
    existing = {
        "user": set(directory.existing_usernames(usernames)) if usernames else set(),
        "department": set(directory.existing_departments(codes)) if codes else set(),
    }
    problems: list[dict[str, Any]] = []
    for kind, path, names in pending:
        missing = [name for name in names if name not in existing[kind]]
        if missing:
            problems.append(_missing_problem(kind, path, missing))
    return problems


def _required_problems(
    document: WorkflowDocument, state: StateDef, values: Mapping[str, Any], failed: set[str]
) -> list[dict[str, Any]]:
    problems: list[dict[str, Any]] = []
    for field in document.fields:
        if field.key in failed:
            continue
        permission = document.permission(state, field)
        value = values.get(field.key)
        path = f"fields.{field.key}"
        if permission == FieldPermission.REQUIRED and is_empty(value):
            problems.append(field_problem(path, "This field is required.", REQUIRED))
        if field.type == FieldType.TABLE and permission in _EDITABLE and isinstance(value, list):
            for index, row in enumerate(value):
                for column in field.columns:
                    if column.required and is_empty(row.get(column.key)):
                        problems.append(
                            field_problem(
                                f"{path}.{index}.{column.key}", "This column is required.", REQUIRED
                            )
                        )
    return problems
