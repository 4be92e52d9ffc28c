"""table values: lists of rows, each cell read as its column's value."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.utils.translation import gettext as _

from engine.tickets.runtime.values.common import (
    INVALID_TYPE,
    MAX_TABLE_ROWS,
    UNKNOWN_FIELD,
    FieldValueError,
    ValueProblem,
    raise_problems,
    read_list,
    show,
    under,
)
from engine.workflows.definitions.schema import FieldDef

# How a cell is read: `convert(column, raw, strict=...)` (the reader of every field type, tables
# included, lives in `reading`; it is passed in rather than imported).
Convert = Callable[..., Any]


def read_rows(field: FieldDef, raw: Any, strict: bool, convert: Convert) -> list[dict[str, Any]]:
    rows = read_list(raw, "a list of rows", MAX_TABLE_ROWS)
    columns = {column.key: column for column in field.columns}
    problems: list[ValueProblem] = []
    result: list[dict[str, Any]] = []
    for index, row in enumerate(rows):
        if not isinstance(row, dict):
            problems.append(
                ValueProblem(
                    str(index),
                    _("Expected a row object, got %(value)s.") % {"value": show(row)},
                    INVALID_TYPE,
                )
            )
            continue
        if strict:
            problems += [
                ValueProblem(f"{index}.{key}", _("Not a column of this table."), UNKNOWN_FIELD)
                for key in row
                if key not in columns
            ]
        cells: dict[str, Any] = {}
        for key, column in columns.items():
            try:
                cells[key] = convert(column, row.get(key), strict=strict)
            except FieldValueError as exc:
                problems += under(f"{index}.{key}", exc.problems)
        result.append(cells)
    raise_problems(_("Some rows are not valid."), problems)
    return result
