"""The trail as a download: CSV or JSON, streamed batch by batch (a million rows never sit in memory)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC

from django.http import StreamingHttpResponse
from django.utils import timezone

from core.audit.models import AuditRecord
from core.audit.selectors import AuditFilters, audit_batches

COLUMNS = (
    "id",
    "at",
    "actor_kind",
    "actor_name",
    "app_name",
    "acting_for",
    "address",
    "action",
    "target_type",
    "target_id",
    "target_label",
    "before",
    "after",
    "request_id",
    "prev_hash",
    "hash",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def record_dict(record: AuditRecord) -> dict[str, object]:
    row = {name: getattr(record, name) for name in COLUMNS}
    row["at"] = record.at.astimezone(UTC).isoformat()
    return row


def _cell(value: object) -> str:
    if value is None:
        return ""
    text = json.dumps(value, sort_keys=True) if isinstance(value, dict | list) else str(value)
    # A spreadsheet runs a cell starting with = + - @ as a formula: labels are user-chosen text.
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv_lines(filters: AuditFilters) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def line(values: list[str]) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(values)
        return buffer.getvalue()

    yield line(list(COLUMNS))
    for record in audit_batches(filters):
        row = record_dict(record)
        yield line([_cell(row[name]) for name in COLUMNS])


def _json_lines(filters: AuditFilters) -> Iterator[str]:
    yield "["
    separator = "\n"
    for record in audit_batches(filters):
        yield separator + json.dumps(record_dict(record), sort_keys=True)
        separator = ",\n"
    yield "\n]\n"


def audit_export_response(filters: AuditFilters, *, fmt: str, name: str) -> StreamingHttpResponse:
    """A streamed download of the rows `filters` match, newest first; `fmt` is "csv" or "json"."""
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    if fmt == "csv":
        response = StreamingHttpResponse(_csv_lines(filters), content_type="text/csv; charset=utf-8")
    else:
        response = StreamingHttpResponse(_json_lines(filters), content_type="application/json")
    response["Content-Disposition"] = f'attachment; filename="{name}-audit-{stamp}.{fmt}"'
    response["Cache-Control"] = "no-store"
    return response
