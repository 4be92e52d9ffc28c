"""The tenant's integration settings row is created once, even by parallel first uses.

Before the fix the creation "locked" an empty table with SELECT … FOR UPDATE, which locks nothing:
two workers signing their first hook call at once each created a row with its own secret, and a
receiver checking one of them saw a bad signature. Committed data, real threads: no `django_db`
mark; the test restores the row it found.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from django.db import connection
from django_tenants.utils import schema_context

from integrations.common.models import IntegrationSettings
from integrations.common.settings import signing_secret

THREADS = 8


def _first_use(gate: threading.Barrier) -> str:
    try:
        with schema_context("it"):
            gate.wait(timeout=30)
            return signing_secret()
    finally:
        connection.close()


def test_parallel_first_uses_create_one_row_with_one_secret(django_db_setup, django_db_blocker) -> None:
    with django_db_blocker.unblock():
        with schema_context("it"):
            saved = list(IntegrationSettings.objects.all())
        try:
            for round_ in range(3):
                with schema_context("it"):
                    IntegrationSettings.objects.all().delete()
                connection.close()
                gate = threading.Barrier(THREADS)
                with ThreadPoolExecutor(max_workers=THREADS) as pool:
                    secrets = list(pool.map(_first_use, [gate] * THREADS))
                with schema_context("it"):
                    assert IntegrationSettings.objects.count() == 1, round_
                assert len(set(secrets)) == 1, round_
        finally:
            with schema_context("it"):
                IntegrationSettings.objects.all().delete()
                IntegrationSettings.objects.bulk_create(saved)
            connection.close()
