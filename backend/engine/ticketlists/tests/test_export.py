"""The CSV and XLSX export of a ticket list: the list's filters and sort, every row once, streamed in
keyset chunks (a bounded number of queries per chunk), the view's rights and the size checked before
the first byte; XLSX cells never formulas, moments as dates."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime
from urllib.parse import quote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tenants.utils import schema_context

from conftest import error_of
from engine.ticketlists import selectors
from engine.ticketlists.tests.factories import create_ticket, xlsx_rows
from engine.tickets.models import Ticket

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
    assert len(ticket_reads) == 1 + 4  # the size check, then ceil(7 / 2) chunks, no query per row
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


def _sheet(response) -> list[list[object]]:
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"].startswith('attachment; filename="tickets-created-')
    assert response["Content-Disposition"].endswith('.xlsx"')
    return xlsx_rows(b"".join(response.streaming_content))


def test_the_xlsx_export_has_the_same_rows_as_the_csv(world, as_user):
    leave = world["leave"]
    for reason in ("回老家参加婚礼", "Family visit"):
        create_ticket(leave, reason=reason)
    create_ticket(leave, submit=False)
    alice = as_user("alice")
    query = "view=created&sort=serial"
    csv_rows = _rows(alice.get(f"/api/v1/tickets/export?{query}"))
    sheet = _sheet(alice.get(f"/api/v1/tickets/export?{query}&format=xlsx"))
    assert sheet[0] == list(selectors.EXPORT_HEADER)
    created = selectors.EXPORT_HEADER.index("created_at")
    assert len(sheet) == len(csv_rows) == 4
    for cells, line in zip(sheet[1:], csv_rows[1:], strict=True):
        assert isinstance(cells[created], datetime)  # a date cell, in the server's local time
        assert cells[created].isoformat(timespec="seconds") == line[created][:19]  # type: ignore[attr-defined]
        assert [cell or "" for cell in cells[:created]] == line[:created]  # same text, no quote marks
    found = _sheet(alice.get(f"/api/v1/tickets/export?view=created&format=xlsx&q={quote('婚礼')}"))
    assert len(found) == 2


def test_xlsx_cells_are_never_formulas(world, as_user):
    """Text starting with = + - @ is a string cell in XLSX (no formula is written, so none runs, and
    no quote mark is added as in CSV)."""
    tickets = [create_ticket(world["leave"]) for _ in range(4)]
    titles = ['=HYPERLINK("http://evil","x")', "+1+2", "-3", "@SUM(A1)"]
    with schema_context("it"):
        for ticket, title in zip(tickets, titles, strict=True):
            Ticket.objects.filter(pk=ticket.pk).update(title=title)
    response = as_user("alice").get("/api/v1/tickets/export?view=created&format=xlsx&sort=serial")
    content = b"".join(response.streaming_content)
    assert [row[1] for row in xlsx_rows(content)[1:]] == titles
    assert b"<f>" not in zipfile.ZipFile(io.BytesIO(content)).read("xl/worksheets/sheet1.xml")


def test_a_list_longer_than_the_export_cap_is_refused_before_anything_is_written(world, as_user, monkeypatch):
    leave = world["leave"]
    for _ in range(3):
        create_ticket(leave)
    monkeypatch.setattr(selectors, "EXPORT_MAX_ROWS", 2)
    alice = as_user("alice")
    for fmt in ("csv", "xlsx"):
        refused = alice.get(f"/api/v1/tickets/export?view=created&format={fmt}")
        assert refused.status_code == 422
        assert not refused.streaming
        assert error_of(refused)["code"] == "export_too_large"
        assert error_of(refused)["details"] == {"max_rows": 2}
    assert alice.get("/api/v1/tickets/export?view=created&format=xlsx&status=draft").status_code == 200
    monkeypatch.setattr(selectors, "EXPORT_MAX_ROWS", 3)
    assert len(_sheet(alice.get("/api/v1/tickets/export?view=created&format=xlsx"))) == 4


def test_the_csv_writes_moments_in_the_servers_zone(world, as_user):
    ticket = create_ticket(world["leave"])
    _header, row = _rows(as_user("alice").get("/api/v1/tickets/export?view=created"))
    created = selectors.EXPORT_HEADER.index("created_at")
    assert row[created] == timezone.localtime(ticket.created_at).isoformat(timespec="seconds")
