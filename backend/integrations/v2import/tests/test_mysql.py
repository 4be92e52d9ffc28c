"""A Loonflow 2.x installation on MySQL (the session's MariaDB, mariadb.py): the same report as from
PostgreSQL, the accounts and the importer's session (read-only, each query capped), and MySQL's
own values — tinyint(1) flags, naive datetime(6), zero dates, 4-byte UTF-8, JSON in longtext.
The import scenario itself runs on MySQL too, through `v2_source_url` (test_import.py and others)."""

from __future__ import annotations

import copy
import json
import time
from typing import Any

import pymysql
import pytest
from django_tenants.utils import schema_context

from core.access.models import User
from engine.tickets.models import FlowLog, Ticket
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.models import WorkflowVersion
from integrations.v2import import source as source_module
from integrations.v2import.models import V2ImportMapping
from integrations.v2import.services import v2_import
from integrations.v2import.source import SourceDatabase, SourceError, parse_source_url
from integrations.v2import.tests import loonflow2db
from integrations.v2import.tests.mariadb import READER, READER_PASSWORD, WRITER, WRITER_PASSWORD, MariaDB

pytestmark = pytest.mark.django_db


def run(url: str, **options: Any) -> dict[str, Any]:
    with schema_context("it"):
        return v2_import(source_url=url, actor="tests", **options)


def test_mysql_and_postgresql_give_the_same_report(v2_mysql_url: str, v2_postgresql_url: str) -> None:
    assert run(v2_mysql_url, dry_run=True) == run(v2_postgresql_url, dry_run=True)


def test_the_import_account_may_only_select(mariadb_server: MariaDB, v2_mysql_url: str) -> None:
    conn = pymysql.connect(
        host="127.0.0.1",
        port=mariadb_server.port,
        user=READER,
        password=READER_PASSWORD,
        database="loonflow2",
    )
    with conn, conn.cursor() as cursor:
        cursor.execute("SHOW GRANTS")
        grants = sorted(row[0] for row in cursor.fetchall())
        for statement in (
            "INSERT INTO account_loonrole (name) VALUES ('intruder')",
            "UPDATE account_loonuser SET alias = 'x'",
            "DROP TABLE ticket_ticketrecord",
        ):
            with pytest.raises(pymysql.err.MySQLError, match="command denied"):
                cursor.execute(statement)
    assert len(grants) == 2
    assert grants[0] == "GRANT SELECT ON `loonflow2`.* TO `loonflow_ro`@`127.0.0.1`"
    assert grants[1].startswith("GRANT USAGE ON *.* TO `loonflow_ro`@`127.0.0.1`")  # the login only


def test_the_importer_s_session_is_read_only_even_for_an_account_that_may_write(
    mariadb_server: MariaDB, v2_mysql_url: str
) -> None:
    writer = mariadb_server.url("loonflow2", user=WRITER, password=WRITER_PASSWORD)
    with SourceDatabase(parse_source_url(writer)) as source:
        [session] = source._query(
            "SELECT @@session.tx_read_only AS ro, @@session.max_statement_time AS cap, @@autocommit AS ac", ()
        )
        with pytest.raises(pymysql.err.MySQLError, match="READ ONLY"):
            source._conn.cursor().execute("INSERT INTO account_loonrole (name) VALUES ('intruder')")
    assert (session["ro"], float(session["cap"]), session["ac"]) == (1, 60.0, 1)
    with mariadb_server.admin("loonflow2") as conn, conn.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM account_loonrole")
        assert cursor.fetchone() == (2,)


def test_the_server_stops_a_query_that_runs_too_long(
    v2_mysql_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(source_module, "STATEMENT_TIMEOUT_MS", 300)
    started = time.monotonic()
    with SourceDatabase(parse_source_url(v2_mysql_url)) as source, pytest.raises(SourceError) as caught:
        source._query("SELECT SLEEP(5) AS slept", ())
    assert time.monotonic() - started < 4
    assert caught.value.code == "v2import_read_failed"
    assert "max_statement_time exceeded" in caught.value.message


def test_a_wrong_password_is_a_clear_error_without_the_password(
    mariadb_server: MariaDB, v2_mysql_url: str
) -> None:
    url = mariadb_server.url("loonflow2", password="wr0ng:s3cret@pw")
    with schema_context("it"), pytest.raises(SourceError) as caught:
        v2_import(source_url=url, actor="tests")
    error = caught.value
    assert (error.status, error.code) == (400, "v2import_unreachable")
    assert f"mysql://{READER}:***@127.0.0.1:{mariadb_server.port}/loonflow2" in error.message
    assert f"Access denied for user '{READER}'@'127.0.0.1'" in error.message
    assert "wr0ng" not in error.message
    assert "s3cret" not in error.message
    with schema_context("it"):
        assert not User.objects.filter(username="zhangsan").exists()


def test_the_fixture_has_2x_mysql_column_types(mariadb_server: MariaDB, v2_mysql_url: str) -> None:
    with mariadb_server.admin() as conn, conn.cursor() as cursor:
        cursor.execute(
            "SELECT column_name, column_type FROM information_schema.columns "
            "WHERE table_schema = 'loonflow2' AND table_name = 'ticket_ticketcustomfield' AND column_name IN "
            "('id', 'is_deleted', 'gmt_created', 'date_value', 'text_value', 'bool_value')"
        )
        types = dict(cursor.fetchall())
        cursor.execute(
            "SELECT default_character_set_name FROM information_schema.schemata "
            "WHERE schema_name = 'loonflow2'"
        )
        assert cursor.fetchone() == ("utf8mb4",)
    assert types == {
        "id": "int(11)",
        "is_deleted": "tinyint(1)",
        "gmt_created": "datetime(6)",
        "date_value": "date",
        "text_value": "longtext",
        "bool_value": "tinyint(1)",
    }


# ---- MySQL's own values --------------------------------------------------------------------------


def mysql_rows() -> dict[str, list[dict[str, Any]]]:
    """The fixture rows, with date, datetime and boolean fields, zero dates and 4-byte characters."""
    rows = copy.deepcopy(loonflow2db.ROWS)
    field = {"workflow_id": 1, "order_id": 160}
    rows["workflow_customfield"] += [
        {"id": 20, "field_type_id": 30, "field_key": "starts", "field_name": "开始", **field},
        {"id": 21, "field_type_id": 25, "field_key": "due", "field_name": "截止", **field},
        {"id": 22, "field_type_id": 20, "field_key": "urgent", "field_name": "紧急", **field},
    ]
    rows["workflow_customfield"][1]["field_choice"] = json.dumps(
        {"sick": "病假🤒", "annual": "年假"}, ensure_ascii=False
    )
    value = loonflow2db._value
    rows["ticket_ticketcustomfield"] += [
        value(30, 1, "starts", 30, datetime_value="2024-05-02 18:30:15.250000"),
        value(31, 1, "due", 25, date_value="2024-05-03"),
        value(32, 1, "urgent", 20, bool_value=1),
        value(33, 2, "starts", 30, datetime_value="0000-00-00 00:00:00"),  # MySQL's zero date
        value(34, 2, "due", 25, date_value="0000-00-00"),
        value(35, 2, "urgent", 20, bool_value=0),
        value(36, 3, "starts", 30),  # the column defaults: 2.x's "unset" 0001-01-01
        value(37, 3, "due", 25),
    ]
    rows["ticket_ticketrecord"][0]["title"] = "请假 🏖️ 𠮷野家"  # 4 bytes each in UTF-8
    rows["account_loonuser"][2]["alias"] = "张三🙂"
    rows["ticket_ticketflowlog"][1]["suggestion"] = "👍 同意"
    rows["ticket_ticketflowlog"][2]["gmt_created"] = "0000-00-00 00:00:00"
    return rows


@pytest.fixture(scope="session")
def mysql_values_url(mariadb_server: MariaDB) -> str:
    return mariadb_server.create_source("loonflow2_values", mysql_rows())


@pytest.fixture
def values_report(mysql_values_url: str) -> dict[str, Any]:
    report = run(mysql_values_url)
    assert report["counts"]["tickets"]["created"] == loonflow2db.TICKETS_LIVE - 2
    return report


def imported(source_id: int) -> Ticket:
    row = V2ImportMapping.objects.get(kind="ticket", source_id=str(source_id))
    assert row.target_id is not None
    return Ticket.objects.get(pk=row.target_id)


def test_dates_and_flags_arrive_typed_in_the_2x_time_zone(values_report: dict[str, Any]) -> None:
    with schema_context("it"):
        first = imported(1)
        # datetime(6) is naive: read in the 2.x zone (Asia/Shanghai), not the server's (-05:00).
        assert (first.values["starts"], first.values["due"], first.values["urgent"]) == (
            "2024-05-02T10:30:15.250000+00:00",
            "2024-05-03",
            True,
        )
        assert first.created_at.isoformat() == "2024-05-01T01:00:00+00:00"
        second = imported(2)
        assert second.values.get("urgent") is False
        for source_id in (2, 3):  # zero and "unset" dates are no value, not an error
            assert not {"starts", "due"} & set(imported(source_id).values)
        zero = FlowLog.objects.filter(ticket=second).order_by("id")[2]
        assert (zero.comment, zero.created_at) == ("log 3", second.created_at)  # its zero date: the ticket's
        assert not User.objects.get(username="wangwu").is_active  # tinyint(1) 0
        assert not User.objects.filter(username="gone").exists()  # is_deleted tinyint(1) 1
    assert not any(issue.get("field") in ("starts", "due") for issue in values_report["issues"])


def test_4_byte_characters_in_text_and_in_json_text(values_report: dict[str, Any]) -> None:
    with schema_context("it"):
        assert imported(1).title == "请假 🏖️ 𠮷野家"
        assert User.objects.get(username="zhangsan").display_name == "张三🙂"
        comments = FlowLog.objects.filter(ticket=imported(2)).values_list("comment", flat=True)
        assert "👍 同意" in comments
        version = WorkflowVersion.objects.get(workflow__key="v2-1", number=1)
        leave_type = WorkflowDocument.model_validate(version.document).field("leave_type")
        assert leave_type is not None
        assert [choice.label for choice in leave_type.choices] == ["病假🤒", "年假"]
