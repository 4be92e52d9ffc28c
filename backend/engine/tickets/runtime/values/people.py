"""user, users and department values, and checking the names a change introduces against the
`Directory`."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from django.utils.translation import gettext

from core.errors import field_problem
from engine.tickets.runtime.values.common import (
    MAX_DEPARTMENT_CODE_LENGTH,
    MAX_LIST_ITEMS,
    MAX_USERNAME_LENGTH,
    UNKNOWN_DEPARTMENT,
    UNKNOWN_USER,
    Directory,
    check_items,
    read_list,
    show,
    wrong_type,
    wrong_value,
)
from engine.workflows.definitions.schema import FieldDef, FieldType

# (kind, path, names): the users ("user") or departments ("department") named at a path.
Reference = tuple[str, str, list[str]]


def _check_name(raw: Any, what: str, limit: int) -> str:
    if not isinstance(raw, str):
        raise wrong_type(f"a {what} (a string)", raw)
    if not raw:
        raise wrong_value(gettext("A %(what)s cannot be empty.") % {"what": what})
    if len(raw) > limit or any(ord(char) < 32 or ord(char) == 127 for char in raw):
        raise wrong_value(gettext("Not a valid %(what)s: %(value)s.") % {"what": what, "value": show(raw)})
    return raw


def read_user(field: FieldDef, raw: Any, strict: bool) -> str:
    return _check_name(raw, "username", MAX_USERNAME_LENGTH)


def read_users(field: FieldDef, raw: Any, strict: bool) -> list[str]:
    items = check_items(read_list(raw, "a list of usernames", MAX_LIST_ITEMS), "usernames")
    for item in items:
        _check_name(item, "username", MAX_USERNAME_LENGTH)
    return items


def read_department(field: FieldDef, raw: Any, strict: bool) -> str:
    return _check_name(raw, "department code", MAX_DEPARTMENT_CODE_LENGTH)


def _references(field: FieldDef, value: Any, path: str) -> Iterator[Reference]:
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


def _introduced(
    fields: Mapping[str, FieldDef], base: Mapping[str, Any], accepted: Mapping[str, Any]
) -> list[Reference]:
    """The names each accepted change introduces (those not already in the field's current value)."""
    pending: list[Reference] = []
    for key, new in accepted.items():
        field = fields[key]
        known = {(kind, name) for kind, _, names in _references(field, base.get(key), "") for name in names}
        for kind, path, names in _references(field, new, f"fields.{key}"):
            introduced = [name for name in names if (kind, name) not in known]
            if introduced:
                pending.append((kind, path, introduced))
    return pending


def _existing(pending: list[Reference], directory: Directory) -> dict[str, set[str]]:
    """Which of the pending names exist: one directory call per kind, none for a kind not named."""
    usernames = {name for kind, _, names in pending if kind == "user" for name in names}
    codes = {name for kind, _, names in pending if kind == "department" for name in names}
    return {
        "user": set(directory.existing_usernames(usernames)) if usernames else set(),
        "department": set(directory.existing_departments(codes)) if codes else set(),
    }


def _missing_problem(kind: str, path: str, missing: list[str]) -> dict[str, Any]:
    listed = ", ".join(repr(name) for name in missing)
    if kind == "user":
        message = (
            gettext("No active user %(listed)s.")
            if len(missing) == 1
            else gettext("No active users %(listed)s.")
        ) % {"listed": listed}
        return field_problem(path, message, UNKNOWN_USER)
    return field_problem(
        path, gettext("No active department %(listed)s.") % {"listed": listed}, UNKNOWN_DEPARTMENT
    )


def directory_problems(
    fields: Mapping[str, FieldDef],
    base: Mapping[str, Any],
    accepted: Mapping[str, Any],
    directory: Directory,
) -> list[dict[str, Any]]:
    pending = _introduced(fields, base, accepted)
    existing = _existing(pending, directory)
    problems: list[dict[str, Any]] = []
    for kind, path, names in pending:
        missing = [name for name in names if name not in existing[kind]]
        if missing:
            problems.append(_missing_problem(kind, path, missing))
    return problems
