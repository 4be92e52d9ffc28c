"""Builders of the ticket-list tests (tickets are filed as the ticket tests file them)."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime, timedelta
from typing import Any
from xml.etree import ElementTree

from engine.tickets.tests.factories import create_ticket

__all__ = ["create_ticket", "ids", "xlsx_rows"]

_NS = {"x": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
_EPOCH = datetime(1899, 12, 30)  # a spreadsheet's day 0


def xlsx_rows(content: bytes) -> list[list[Any]]:
    """The first worksheet's cells as values: text (inline or shared strings), numbers, and numbers
    with a date format as datetimes (no spreadsheet library is a dependency)."""
    book = zipfile.ZipFile(io.BytesIO(content))
    names = set(book.namelist())
    shared = []
    if "xl/sharedStrings.xml" in names:
        root = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
        shared = ["".join(t.text or "" for t in item.iter(f"{{{_NS['x']}}}t")) for item in root]
    styles = ElementTree.fromstring(book.read("xl/styles.xml"))
    date_formats = {
        fmt.get("numFmtId")
        for fmt in styles.iterfind("x:numFmts/x:numFmt", _NS)
        if "yy" in fmt.get("formatCode", "")
    }
    date_styles = {
        index
        for index, xf in enumerate(styles.iterfind("x:cellXfs/x:xf", _NS))
        if xf.get("numFmtId") in date_formats
    }
    sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
    rows = []
    for row in sheet.iterfind("x:sheetData/x:row", _NS):
        cells: list[Any] = []
        for cell in row.iterfind("x:c", _NS):
            column = _column(cell.get("r", "A1"))
            cells += [None] * (column - len(cells))
            cells.append(_value(cell, shared, date_styles))
        rows.append(cells)
    return rows


def _column(ref: str) -> int:
    index = 0
    for letter in re.match(r"[A-Z]+", ref).group():  # type: ignore[union-attr]
        index = index * 26 + ord(letter) - 64
    return index - 1


def _value(cell: ElementTree.Element, shared: list[str], date_styles: set[int]) -> Any:
    kind = cell.get("t")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{{{_NS['x']}}}t"))
    raw = cell.findtext("x:v", None, _NS)
    if kind == "s":
        return shared[int(raw or 0)]
    if raw is None:
        return None
    if int(cell.get("s", "0")) in date_styles:
        return _EPOCH + timedelta(days=float(raw))
    return float(raw)


def ids(client: Any, query: str = "", status: int = 200) -> list[int]:
    response = client.get(f"/api/v1/tickets?{query}")
    assert response.status_code == status, response.content
    return [item["id"] for item in response.json()["items"]] if status == 200 else []
