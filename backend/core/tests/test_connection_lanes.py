"""A tenant's timers and event fan-out run on its lane's connection in a worker process, whichever
thread took the message (core/connection_lanes.py)."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.db import connection
from django_tenants.utils import schema_context

from core import connection_lanes
from core.connection_lanes import close_lanes, lane_of, lanes_meet, tenant_lane


def _backend() -> tuple[int, str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid(), current_schema()")
        pid, schema = cursor.fetchone()
    return pid, schema


def _in_thread(schema: str) -> dict[str, Any]:
    """In a new thread (its own connection): the backend outside and inside the tenant's lane."""
    seen: dict[str, Any] = {}

    def run() -> None:
        try:
            with schema_context(schema):
                seen["own"] = _backend()
                with tenant_lane():
                    seen["lane"] = _backend()
                seen["after"] = _backend()
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return seen


@pytest.fixture
def committed(django_db_setup: Any, django_db_blocker: Any, settings: Any) -> Any:
    settings.WORKER_DB_LANES = 4
    with django_db_blocker.unblock():
        yield
        close_lanes()


def test_a_tenant_runs_on_the_same_lane_connection_from_any_thread(committed: Any) -> None:
    first, second = _in_thread("it"), _in_thread("it")
    assert first["lane"] == second["lane"]  # one backend, in the tenant's schema
    assert first["lane"][1] == "it"
    assert first["own"][0] != first["lane"][0]
    assert second["own"][0] != second["lane"][0]
    assert first["after"] == first["own"]  # the thread's own connection back after


def test_tenants_spread_over_the_lanes() -> None:
    slots = [lane_of(f"t{index:04d}", 4) for index in range(1000)]
    assert all(200 <= slots.count(slot) <= 300 for slot in range(4))
    assert lane_of("it", 4) == lane_of("it", 4)


def test_lanes_off_or_inside_a_transaction_the_threads_connection_is_used(db: Any, settings: Any) -> None:
    settings.WORKER_DB_LANES = 4
    with schema_context("it"):
        own = _backend()
        with tenant_lane():  # the test's transaction is open: its rows must stay visible
            assert _backend() == own
    settings.WORKER_DB_LANES = 0
    with schema_context("it"), tenant_lane():
        assert _backend() == own


def test_lanes_meet_their_tenants_ahead_of_their_work(committed: Any) -> None:
    tables = [("engine_ticket", "id"), ("engine_timer", "id")]
    assert lanes_meet(["it", "no_such_schema"], tables) == 1  # a schema that fails is skipped
    lane = connection_lanes._lanes[lane_of("it", 4)]
    assert lane.connection is not None
    met_on = lane.connection.wrapper.connection.get_backend_pid()
    assert _in_thread("it")["lane"] == (met_on, "it")  # the tenant's work then runs on that backend


def test_lanes_meet_only_table_and_column_names(committed: Any) -> None:
    with pytest.raises(ValueError, match="not a table or column name"):
        lanes_meet(["it"], [("engine_ticket; DROP TABLE engine_ticket", "id")])
