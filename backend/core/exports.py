"""CSV downloads: rows streamed as they are written, cells a spreadsheet would run as a formula
defused (a leading `=`, `+`, `-`, `@`, tab or carriage return gets a `'` in front)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import Any

from django.http import StreamingHttpResponse

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A value as a CSV cell: text that would start a formula is quoted with `'`; None is empty."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


class _Line:
    """A file-like object whose write() hands back the line csv.writer wrote."""

    def write(self, value: str) -> str:
        return value


def csv_lines(rows: Iterable[Iterable[Any]]) -> Iterator[str]:
    writer = csv.writer(_Line())
    for row in rows:
        yield writer.writerow([safe_cell(value) for value in row])


def csv_response(rows: Iterable[Iterable[Any]], *, filename: str) -> StreamingHttpResponse:
    """A streamed `text/csv` download named `filename`."""
    response = StreamingHttpResponse(csv_lines(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response
