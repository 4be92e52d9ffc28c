"""CSV and XLSX downloads.

CSV rows are streamed as they are written, cells a spreadsheet would run as a formula defused (a
leading `=`, `+`, `-`, `@`, tab or carriage return gets a `'` in front). An XLSX file is a zip whose
directory comes last, so it is written row by row into a temporary file (XlsxWriter's
`constant_memory`: each row goes to disk once the next one starts) and that file is streamed out;
every text cell is written as a string, never as a formula, and moments as spreadsheet dates.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import IO, Any

import xlsxwriter
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A value as a CSV cell: text that would start a formula is quoted with `'`; None is empty."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return timezone.localtime(value).isoformat(timespec="seconds")
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


XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLSX_MAX_ROWS = 1_048_576  # a worksheet's rows, the header included
_DATE_FORMAT = "yyyy-mm-dd hh:mm:ss"


def xlsx_write(rows: Iterable[Iterable[Any]], target: str | IO[bytes], *, sheet: str = "Sheet1") -> int:
    """Writes `rows` (the first one the header, in bold) as one worksheet into `target` (a path or a
    binary file); returns how many rows were written. Text is always a string cell (no formulas, no
    links, no numbers read out of text); a datetime is a date cell in the server's local time."""
    workbook = xlsxwriter.Workbook(
        target,
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "tmpdir": tempfile.gettempdir(),
        },
    )
    worksheet = workbook.add_worksheet(sheet)
    header = workbook.add_format({"bold": True})
    moment = workbook.add_format({"num_format": _DATE_FORMAT})
    written = 0
    for index, row in enumerate(rows):
        if index >= XLSX_MAX_ROWS:
            raise ValueError(f"an XLSX worksheet holds at most {XLSX_MAX_ROWS} rows")
        for column, value in enumerate(row):
            _write_cell(worksheet, index, column, value, header if index == 0 else None, moment)
        written += 1
    workbook.close()
    return written


def _write_cell(worksheet: Any, row: int, column: int, value: Any, style: Any, moment: Any) -> None:
    if value is None or value == "":
        return
    if isinstance(value, datetime):
        local = timezone.localtime(value) if timezone.is_aware(value) else value
        worksheet.write_datetime(row, column, local.replace(tzinfo=None), moment)
    elif isinstance(value, bool):
        worksheet.write_boolean(row, column, value, style)
    elif isinstance(value, int | float):
        worksheet.write_number(row, column, value, style)
    else:
        worksheet.write_string(row, column, str(value), style)


def xlsx_response(rows: Iterable[Iterable[Any]], *, filename: str, sheet: str) -> FileResponse:
    """An XLSX download named `filename`: written into a temporary file, then streamed from it.

    The file is unlinked as soon as it is open, so nothing is left behind whether the download
    finishes or not; the open handle keeps it readable until the response closes it."""
    handle, path = tempfile.mkstemp(suffix=".xlsx", prefix="export-")
    try:
        os.close(handle)
        xlsx_write(rows, path, sheet=sheet)
        stream = open(path, "rb")  # noqa: SIM115 (the response closes it)
    finally:
        os.unlink(path)
    response = FileResponse(stream, as_attachment=True, filename=filename, content_type=XLSX_TYPE)
    response["X-Content-Type-Options"] = "nosniff"
    return response
