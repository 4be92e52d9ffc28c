"""Bad sources: clear errors, nothing written, never the password."""

from __future__ import annotations

from io import StringIO
from typing import Any

import psycopg2
import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django_tenants.utils import schema_context

from conftest import free_port
from core.access.models import User
from core.errors import Conflict
from core.locks import lock_key
from integrations.v2import.services import v2_import
from integrations.v2import.source import SourceError, safe_url
from integrations.v2import.tests import loonflow2db
from integrations.v2import.tests.conftest import server_params, without_2x_tables

pytestmark = pytest.mark.django_db


def attempt(url: str) -> SourceError:
    with schema_context("it"), pytest.raises(SourceError) as caught:
        v2_import(source_url=url, actor="tests")
    return caught.value


@pytest.mark.parametrize("scheme", ["postgresql", "mysql"])
def test_an_unreachable_source_is_a_clear_error_without_the_password(scheme: str) -> None:
    error = attempt(f"{scheme}://loon:Pa55-w0rd@127.0.0.1:{free_port()}/loonflow")
    assert (error.status, error.code) == (400, "v2import_unreachable")
    assert "127.0.0.1" in error.message
    assert "Pa55-w0rd" not in error.message
    assert "loon:***@" in error.message


def test_a_database_without_the_2x_tables_is_refused_before_anything_is_written(v2_source_url: str) -> None:
    other = without_2x_tables(v2_source_url)
    with schema_context("it"):
        users = User.objects.count()
    error = attempt(other)
    assert error.code == "v2import_wrong_schema"
    assert {"table": "ticket_ticketrecord", "missing": "table"} in error.details
    with schema_context("it"):
        assert User.objects.count() == users


@pytest.mark.parametrize("url", ["http://example.com/db", "loonflow", "oracle://x/y"])
def test_only_database_urls_are_taken(url: str) -> None:
    assert attempt(url).code == "v2import_bad_url"


def test_a_sqlite_file_that_is_not_there() -> None:
    assert attempt("sqlite:////nonexistent/loonflow.sqlite3").code == "v2import_unreachable"


def test_safe_url_hides_the_password_and_the_query() -> None:
    assert safe_url("mysql://root:secret@db:3306/loonflow?password=x") == "mysql://root:***@db:3306/loonflow"
    assert safe_url("postgresql://db/loonflow") == "postgresql://db/loonflow"


def run_command(*args: str) -> str:
    out = StringIO()
    call_command("import_loonflow2", *args, stdout=out)
    return out.getvalue()


def test_the_management_command_prints_the_report(v2_source_url: str, source_password: str) -> None:
    output = run_command("--tenant", "it", "--source", v2_source_url, "--dry-run")
    assert output.startswith("DRY RUN (nothing written): Loonflow 2.x import report")
    assert f"tickets: created {loonflow2db.TICKETS_LIVE - 2}" in output
    assert "[condition]" in output
    assert "datetime.datetime.now()" in output
    assert source_password not in output
    with schema_context("it"):
        assert not User.objects.filter(username="zhangsan").exists()


def test_the_management_command_refuses_clearly(v2_source_url: str, monkeypatch: Any) -> None:
    with pytest.raises(CommandError, match="No tenant 'nowhere'"):
        run_command("--tenant", "nowhere", "--source", v2_source_url)
    with pytest.raises(CommandError, match="v2import_bad_parts"):
        run_command("--tenant", "it", "--source", v2_source_url, "--only", "tickets,attachments")
    monkeypatch.delenv("LOONFLOW2_DATABASE_URL", raising=False)
    with pytest.raises(CommandError, match="--source"):
        run_command("--tenant", "it")
    monkeypatch.setenv("LOONFLOW2_DATABASE_URL", v2_source_url)
    assert "users: created 6" in run_command("--tenant", "it.localhost", "--only", "users")


def test_one_import_at_a_time_per_tenant(v2_source_url: str) -> None:
    """Another process (another database session) importing into `it` holds the tenant's lock."""
    with schema_context("it"):
        key = lock_key("v2import")
    other = psycopg2.connect(dbname=connection.settings_dict["NAME"], **server_params())
    try:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", [key])
        with schema_context("it"), pytest.raises(Conflict) as caught:
            v2_import(source_url=v2_source_url, actor="tests")
        assert caught.value.code == "v2import_running"
    finally:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
        other.close()
    with schema_context("it"):
        assert v2_import(source_url=v2_source_url, actor="tests", only=["users"])["counts"]["users"]
