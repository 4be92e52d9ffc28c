"""Beginning provider logins is anonymous, so one client address may begin only so many per window,
and after enough refused callbacks none until the window ends; other addresses and tenants are not
affected, and parallel requests cannot pass the cap."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from django.db import connection
from django.test import Client

from integrations.sso.tests.factories import sso_error

pytestmark = pytest.mark.django_db

ATTACKER = "203.0.113.7"


def _start(client: Any) -> Any:
    return client.get("/api/v1/sso/corp/start")


def test_one_address_may_begin_only_so_many_logins(corp, client_for, settings):
    settings.SSO_STARTS_PER_WINDOW = 3
    attacker = client_for("it", REMOTE_ADDR=ATTACKER)
    for _ in range(3):
        assert sso_error(_start(attacker)) is None  # off to the provider
    assert sso_error(_start(attacker)) == "too_many_attempts"
    # Someone else, here or in another tenant, is not held back.
    assert sso_error(_start(client_for("it", REMOTE_ADDR="198.51.100.9"))) is None
    assert (
        sso_error(client_for("hr", REMOTE_ADDR=ATTACKER).get("/api/v1/sso/corp/start")) != "too_many_attempts"
    )


def test_refused_callbacks_stop_the_address_beginning_more(corp, client_for, settings):
    settings.SSO_FAILURES_PER_WINDOW = 2
    attacker = client_for("it", REMOTE_ADDR=ATTACKER)
    for _ in range(2):
        assert sso_error(attacker.get("/api/v1/sso/callback?state=forged&code=x")) == "invalid_state"
    assert sso_error(_start(attacker)) == "too_many_attempts"
    assert sso_error(_start(client_for("it", REMOTE_ADDR="198.51.100.9"))) is None


def test_parallel_starts_cannot_pass_the_cap(corp, settings):
    """16 at once from one address with a cap of 5: eleven refused (the request threads have their
    own connections and so do not see the uncommitted provider: the five let through end at
    `provider_unavailable`; the count is what matters)."""
    settings.SSO_STARTS_PER_WINDOW = 5

    def press(_index: int) -> str | None:
        try:
            return sso_error(_start(Client(HTTP_HOST="it.localhost", REMOTE_ADDR=ATTACKER)))
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=8) as pool:
        outcomes = list(pool.map(press, range(16)))
    assert outcomes.count("too_many_attempts") == 11, outcomes
