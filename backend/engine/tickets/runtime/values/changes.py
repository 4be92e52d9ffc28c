"""Applying a set of changes to a ticket's values in one state, and the defaults a new ticket starts with."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from django.utils.translation import gettext as _

from core.errors import ValidationFailed, field_problem
from engine.tickets.runtime.values.common import (
    NOT_EDITABLE,
    REQUIRED,
    UNKNOWN_FIELD,
    CleanResult,
    Directory,
    FieldValueError,
    is_empty,
    join,
)
from engine.tickets.runtime.values.people import directory_problems
from engine.tickets.runtime.values.reading import from_storage, to_python
from engine.workflows.definitions.schema import (
    FieldDef,
    FieldPermission,
    FieldType,
    StateDef,
    WorkflowDocument,
)

_NOT_EDITABLE = frozenset({FieldPermission.HIDDEN, FieldPermission.READ_ONLY})
_EDITABLE = frozenset({FieldPermission.OPTIONAL, FieldPermission.REQUIRED})


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
            problems.append(field_problem(path, _("There is no such field."), UNKNOWN_FIELD))
            failed.add(key)
            continue
        old = base.get(key)
        if document.permission(state, field) in _NOT_EDITABLE:
            if not _same_as(field, raw, old):
                problems.append(
                    field_problem(path, _("This field cannot be changed in this state."), NOT_EDITABLE)
                )
                failed.add(key)
            continue
        try:
            new = to_python(field, raw)
        except FieldValueError as exc:
            problems.extend(field_problem(join(path, p.path), p.message, p.type) for p in exc.problems)
            failed.add(key)
            continue
        if new != old:
            accepted[key] = new

    problems.extend(directory_problems(fields, base, accepted, directory))
    values = {**base, **accepted}
    if check_required:
        problems.extend(_required_problems(document, state, values, failed))
    if problems:
        raise ValidationFailed(_("Some field values are not valid."), code="invalid_fields", details=problems)
    return CleanResult(values=values, changed={key: (base.get(key), new) for key, new in accepted.items()})


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
            problems.append(field_problem(path, _("This field is required."), REQUIRED))
        if field.type == FieldType.TABLE and permission in _EDITABLE and isinstance(value, list):
            for index, row in enumerate(value):
                for column in field.columns:
                    if column.required and is_empty(row.get(column.key)):
                        problems.append(
                            field_problem(
                                f"{path}.{index}.{column.key}", _("This column is required."), REQUIRED
                            )
                        )
    return problems
