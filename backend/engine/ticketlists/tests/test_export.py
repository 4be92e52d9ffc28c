"""The CSV export of a ticket list: the list's filters and sort, every row once, streamed in keyset
chunks (a bounded number of queries per chunk), the view's rights checked before the first byte."""

from __future__ import annotations

import csv
import io
from urllib.parse import quote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from engine.ticketlists import selectors
from engine.ticketlists.tests.factories import create_ticket

pytestmark = pytest.mark.django_db


def _rows(response) -> list[list[str]]:
    assert response.status_code == 200, response.content
    assert response.streaming
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_the_export_has_the_lists_rows_filters_and_sort(world, as_user):
    leave = world["leave"]
    wedding = create_ticket(leave, reason="回老家参加婚礼", days=2)
    trip = create_ticket(leave, reason="=cmd|' /C calc'!A0", days=7)
    draft = create_ticket(leave, submit=False, days=3)
    alice = as_user("alice")
    header, *rows = _rows(alice.get("/api/v1/tickets/export?view=created&sort=serial"))
    assert header == list(selectors.EXPORT_HEADER)
    assert [row[0] for row in rows] == sorted([wedding.serial, trip.serial, draft.serial])
    by_serial = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    assert by_serial[wedding.serial]["waiting_for"] == "lead"
    assert by_serial[wedding.serial]["state"] == "Leader review"
    assert by_serial[draft.serial]["status"] == "draft"
    assert by_serial[draft.serial]["waiting_for"] == ""
    assert by_serial[wedding.serial]["creator"] == "alice"
    _header, *found = _rows(alice.get(f"/api/v1/tickets/export?view=created&q={quote('婚礼')}"))
    assert [row[0] for row in found] == [wedding.serial]
    _header, *found = _rows(alice.get("/api/v1/tickets/export?view=created&status=draft"))
    assert [row[0] for row in found] == [draft.serial]


def test_the_export_reads_in_chunks_with_a_fixed_number_of_queries_each(world, as_user, monkeypatch):
    leave = world["leave"]
    serials = sorted(create_ticket(leave, days=1 + index % 4).serial for index in range(7))
    monkeypatch.setattr(selectors, "EXPORT_CHUNK", 2)
    alice = as_user("alice")
    with CaptureQueriesContext(connection) as queries:
        _header, *rows = _rows(alice.get("/api/v1/tickets/export?view=created&sort=serial"))
    assert [row[0] for row in rows] == serials
    ticket_reads = [q for q in queries.captured_queries if 'FROM "engine_ticket" ' in q["sql"]]
    assert len(ticket_reads) == 4  # ceil(7 / 2) chunks, no query per row
    handler_reads = [q for q in queries.captured_queries if 'FROM "engine_tickethandler"' in q["sql"]]
    assert len(handler_reads) == 4


def test_the_export_checks_the_view_and_filters_before_streaming(world, as_user):
    bob = as_user("bob")
    refused = bob.get("/api/v1/tickets/export?view=all")
    assert refused.status_code == 403
    assert not refused.streaming
    bad = bob.get("/api/v1/tickets/export?view=created&sort=password")
    assert bad.status_code == 422
    assert bob.get("/api/v1/tickets/export?format=xls").status_code == 422


def test_an_export_never_widens_the_view(world, as_user):
    create_ticket(world["leave"])
    _header, *rows = _rows(as_user("bob").get("/api/v1/tickets/export?view=related"))
    assert rows == []
