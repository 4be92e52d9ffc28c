"""A 2.x database in a SQLite file (sqlite://), holding what PostgreSQL cannot: NUL characters.
Hostile values become clean values or report entries, never a failed run or a half-written ticket."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from django_tenants.utils import schema_context

from core.access.models import User
from engine.tickets.models import FlowLog, Ticket
from integrations.v2import.models import V2ImportMapping
from integrations.v2import.services import v2_import
from integrations.v2import.tests import loonflow2db

pytestmark = pytest.mark.django_db


def hostile_rows() -> dict[str, list[dict[str, Any]]]:
    rows = copy.deepcopy(loonflow2db.ROWS)
    first = rows["ticket_ticketrecord"][0]
    first["title"] = "请假\x00申请"
    first["multi_all_person"] = "{not json at all"
    rows["account_loonuser"][1]["alias"] = "李\x00磊"
    rows["ticket_ticketflowlog"][0]["suggestion"] = "ok\x00" + "!" * 20_000
    rows["workflow_transition"][0]["condition_expression"] = json.dumps(
        [{"expression": "{days} > 3 and '\x00' == {leave_type}", "target_state_id": 3}, "not an object"]
    )
    rows["workflow_customfield"][1]["field_choice"] = "{'sick': '病假'"  # broken
    rows["ticket_ticketcustomfield"].append(
        loonflow2db._value(50, 1, "boss", 60, username_value="x" * 40 + "\x00")
    )
    return rows


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    path = tmp_path / "loonflow.sqlite3"
    with sqlite3.connect(path) as conn:
        loonflow2db.build(conn.cursor(), "sqlite", rows=hostile_rows())
    return f"sqlite:///{path}"


def test_a_sqlite_source_with_hostile_values_imports_with_report_entries(sqlite_url: str) -> None:
    with schema_context("it"):
        report = v2_import(source_url=sqlite_url, actor="tests")
        assert report["counts"]["tickets"]["created"] == loonflow2db.TICKETS_LIVE - 2
        row = V2ImportMapping.objects.get(kind="ticket", source_id="1")
        assert row.target_id is not None
        ticket = Ticket.objects.get(pk=row.target_id)
        assert ticket.title == "请假申请"  # the NUL is dropped
        assert ticket.values["boss"] == "x" * 40  # the later row wins, its NUL dropped
        assert User.objects.get(username="lilei").display_name == "李磊"
        log = FlowLog.objects.get(ticket=ticket, action="transition")
        assert log.comment.startswith("ok!")
        assert len(log.comment) == 10_000
        assert ticket.created_at.isoformat() == "2024-05-01T01:00:00+00:00"  # SQLite's text timestamps
    reasons = [issue["reason"] for issue in report["issues"]]
    assert any("field_choice" in reason for reason in reasons)
    assert any("untranslatable condition" in reason for reason in reasons)
