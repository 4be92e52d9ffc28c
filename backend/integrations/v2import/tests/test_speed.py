"""How fast a larger 2.x database imports (docs/migration-loonflow2.md, "Speed"). Skipped unless
asked for, with the number of tickets:

    V2IMPORT_MEASURE=2000 .venv/bin/python -m pytest backend/integrations/v2import/tests/test_speed.py -s
"""

from __future__ import annotations

import copy
import os
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import psycopg2
import pytest
from django.db import connection
from django_tenants.utils import schema_context

from integrations.v2import.services import v2_import
from integrations.v2import.tests import loonflow2db
from integrations.v2import.tests.conftest import server_params

COUNT = int(os.environ.get("V2IMPORT_MEASURE", "0"))
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not COUNT, reason="set V2IMPORT_MEASURE=<tickets> to measure"),
]
VALUES: list[tuple[str, int, dict[str, Any]]] = [
    ("days", 10, {"int_value": 5}),
    ("leave_type", 45, {"select_value": "sick"}),
    ("reason", 55, {"text_value": "因为" * 50}),
]


def many_tickets(count: int) -> dict[str, list[dict[str, Any]]]:
    """Half open (in TL审批, zhangsan to act), half finished; 3 values and 2 log rows each."""
    rows = copy.deepcopy(loonflow2db.ROWS)
    ids = range(1, count + 1)
    rows["ticket_ticketrecord"] = [
        loonflow2db._ticket(i, state_id=2 if i % 2 else 5, act_state_id=1 if i % 2 else 4) for i in ids
    ]
    rows["ticket_ticketcustomfield"] = [
        loonflow2db._value(i * 3 + k, i, key, kind, **value)
        for i in ids
        for k, (key, kind, value) in enumerate(VALUES)
    ]
    rows["ticket_ticketflowlog"] = [
        loonflow2db._log(i * 2 + k, i, 1 + k, 1 + k, "lilei") for i in ids for k in range(2)
    ]
    rows["ticket_ticketuser"] = [
        {"id": i, "ticket_id": i, "username": "zhangsan", "in_process": i % 2} for i in ids
    ]
    return rows


@pytest.fixture
def large_source(django_db_setup: None) -> Iterator[str]:
    server, name = server_params(), f"{connection.settings_dict['NAME']}_v2measure"
    admin = psycopg2.connect(dbname="postgres", **server)
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {name}")
        cursor.execute(f"CREATE DATABASE {name}")
    with psycopg2.connect(dbname=name, **server) as source, source.cursor() as cursor:
        loonflow2db.build(cursor, rows=many_tickets(COUNT))
    source.close()
    password = quote(str(server["password"]), safe="")
    yield f"postgresql://{server['user']}:{password}@{server['host']}:{server['port']}/{name}"
    with admin.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.close()


def timed(url: str, **options: Any) -> tuple[float, dict[str, Any]]:
    started = time.perf_counter()
    with schema_context("it"):
        report = v2_import(source_url=url, actor="measure", **options)
    return time.perf_counter() - started, report


def test_measure(large_source: str) -> None:
    dry, _ = timed(large_source, dry_run=True)
    real, report = timed(large_source)
    again, rerun = timed(large_source)
    assert report["counts"]["tickets"]["created"] == COUNT
    assert rerun["counts"]["tickets"]["unchanged"] == COUNT
    rate = COUNT / real
    print(f"\n{COUNT} tickets: dry run {dry:.1f}s, import {real:.1f}s ({rate:.0f}/s), re-run {again:.1f}s")
