"""Serial numbers are unique and gap-free, also when many transactions race and some roll back."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest
from django.db import connection, transaction
from django_tenants.utils import schema_context

from engine.tickets.models import SerialCounter
from engine.tickets.runtime.serials import format_serial, next_serial

DAY = date(2026, 11, 24)


class _Abort(Exception):
    pass


def test_format():
    assert format_serial("LV", DAY, 7) == "LV-20261124-0007"
    assert format_serial("LV", DAY, 12345) == "LV-20261124-12345"


def test_numbers_count_up_per_prefix_and_day(db):
    with schema_context("it"), transaction.atomic():
        assert next_serial("AA", day=DAY) == "AA-20261124-0001"
        assert next_serial("AA", day=DAY) == "AA-20261124-0002"
        assert next_serial("AA", day=date(2026, 11, 25)) == "AA-20261125-0001"
        assert next_serial("BB", day=DAY) == "BB-20261124-0001"


def test_outside_a_transaction_is_refused(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), schema_context("it"), pytest.raises(RuntimeError):
        next_serial("AA", day=DAY)


def test_serials_are_per_tenant(db):
    with schema_context("it"), transaction.atomic():
        assert next_serial("TT", day=DAY).endswith("-0001")
    with schema_context("hr"), transaction.atomic():
        assert next_serial("TT", day=DAY).endswith("-0001")


def test_concurrent_allocation_is_unique_and_gap_free(django_db_setup, django_db_blocker):
    """40 racing transactions on 8 threads, every fifth rolling back after taking a number."""
    committed: list[str] = []
    lock = threading.Lock()

    def create(index: int) -> None:
        try:
            with schema_context("it"), transaction.atomic():
                serial = next_serial("RACE", day=DAY)
                if index % 5 == 0:
                    raise _Abort
                with lock:
                    committed.append(serial)
        except _Abort:
            pass
        finally:
            connection.close()

    with django_db_blocker.unblock():
        try:
            with ThreadPoolExecutor(max_workers=8) as pool:
                list(pool.map(create, range(40)))
            numbers = sorted(int(serial.rsplit("-", 1)[1]) for serial in committed)
            assert numbers == list(range(1, 33))
            with schema_context("it"):
                assert SerialCounter.objects.get(prefix="RACE", day=DAY).last == 32
        finally:
            with schema_context("it"):
                SerialCounter.objects.filter(prefix="RACE").delete()
