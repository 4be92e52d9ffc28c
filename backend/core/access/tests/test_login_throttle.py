"""Login throttling: only failures count, per (username, client address), with backoff and a
per-address ceiling; nobody can lock a user out from elsewhere; the count is kept atomically."""

from __future__ import annotations

import pytest
from django.test import RequestFactory
from django_tenants.utils import schema_context

from conftest import PASSWORD, error_of
from core.access.ratelimit import client_address, login_keys
from core.access.tests.factories import LOGIN
from core.redis import get_redis

HOME = "198.51.100.10"  # the user's own address
ATTACKER = "203.0.113.66"


def _login(client, username: str, password: str = PASSWORD):
    return client.post(LOGIN, {"username": username, "password": password}, content_type="application/json")


def _fail(client, username: str = "alice"):
    return _login(client, username, "wrong-password")


def _fail_times(client, times: int, username: str = "alice") -> None:
    """`times` wrong passwords in a row, each checked and refused (401, not yet throttled)."""
    for _ in range(times):
        assert _fail(client, username).status_code == 401


def _assert_throttled(response) -> int:
    assert response.status_code == 429, response.content
    assert error_of(response)["code"] == "too_many_attempts"
    retry_after = int(response["Retry-After"])
    assert retry_after >= 1
    assert error_of(response)["details"] == {"retry_after": retry_after}
    return retry_after


def _keys(username: str = "alice", address: str = HOME):
    return login_keys(schema="it", username=username, address=address)


def _wait_out_lockout(username: str = "alice", address: str = HOME) -> None:
    """What waiting Retry-After seconds does, without the wait."""
    get_redis().delete(_keys(username, address).lockout)


@pytest.mark.django_db
def test_twenty_successful_logins_in_a_row_are_fine(client_for, make_user):
    """The old limiter counted every attempt: the 11th good login was refused."""
    make_user("it", "alice")
    for _ in range(20):
        assert _login(client_for("it", REMOTE_ADDR=HOME), "alice").status_code == 200


@pytest.mark.django_db
def test_failures_from_another_address_do_not_lock_the_user_out(client_for, make_user):
    make_user("it", "alice")
    attacker = client_for("it", REMOTE_ADDR=ATTACKER)
    _fail_times(attacker, 5)
    _assert_throttled(_fail(attacker))
    _assert_throttled(_login(attacker, "alice"))  # the right password is not even checked
    assert _login(client_for("it", REMOTE_ADDR=HOME), "alice").status_code == 200


@pytest.mark.django_db
def test_backoff_doubles_up_to_the_cap(client_for, make_user, settings):
    make_user("it", "alice")
    client = client_for("it", REMOTE_ADDR=HOME)
    _fail_times(client, settings.LOGIN_FREE_FAILURES - 1)
    waits = []
    for _ in range(4):
        assert _fail(client).status_code == 401  # checked and counted, then locked out
        waits.append(_assert_throttled(_fail(client)))
        _wait_out_lockout()
    assert waits == [1, 2, 4, 8]
    # Case does not give a fresh count.
    assert _fail(client, "ALICE").status_code == 401
    assert _assert_throttled(_fail(client, "Alice")) == 16
    # Many failures later the lockout stops growing at the cap.
    get_redis().set(_keys().failures, 100)
    _wait_out_lockout()
    assert _fail(client).status_code == 401
    assert _assert_throttled(_login(client, "alice")) == settings.LOGIN_BACKOFF_MAX_SECONDS


@pytest.mark.django_db
def test_a_success_resets_the_count(client_for, make_user, settings):
    make_user("it", "alice")
    client = client_for("it", REMOTE_ADDR=HOME)
    _fail_times(client, settings.LOGIN_FREE_FAILURES - 1)
    assert _login(client, "alice").status_code == 200
    assert not get_redis().exists(_keys().failures, _keys().lockout)
    # A full set of free failures again before any lockout.
    _fail_times(client, settings.LOGIN_FREE_FAILURES)
    _assert_throttled(_fail(client))


@pytest.mark.django_db
def test_the_per_address_ceiling_trips_across_usernames(client_for, make_user, settings):
    settings.LOGIN_ADDRESS_MAX_FAILURES = 12
    make_user("it", "alice")
    sprayer = client_for("it", REMOTE_ADDR=ATTACKER)
    for index in range(12):
        assert _fail(sprayer, f"user{index}").status_code == 401
    _assert_throttled(_fail(sprayer, "someone-else"))
    _assert_throttled(_login(sprayer, "alice"))
    # Successes from an address do not use up its ceiling, and other addresses are unaffected.
    assert _login(client_for("it", REMOTE_ADDR=HOME), "alice").status_code == 200
    assert int(get_redis().get(_keys(address=HOME).address) or 0) == 0


@pytest.mark.django_db
def test_counts_are_per_tenant(client_for, make_user, settings):
    make_user("it", "alice")
    make_user("hr", "alice")
    settings.LOGIN_ADDRESS_MAX_FAILURES = 5
    it = client_for("it", REMOTE_ADDR=HOME)
    for _ in range(5):
        _fail(it)
    _assert_throttled(_login(it, "alice"))
    assert _login(client_for("hr", REMOTE_ADDR=HOME), "alice").status_code == 200


@pytest.mark.django_db
def test_failure_counts_expire(client_for, make_user, settings):
    make_user("it", "alice")
    _fail(client_for("it", REMOTE_ADDR=HOME))
    keys = _keys()
    assert get_redis().get(keys.failures) == b"1"
    assert 0 < get_redis().ttl(keys.failures) <= settings.LOGIN_FAILURE_MEMORY_SECONDS
    assert 0 < get_redis().ttl(keys.address) <= settings.LOGIN_ADDRESS_WINDOW_SECONDS


@pytest.mark.django_db
def test_the_platform_console_login_is_throttled_too(client_for, make_user):
    client = client_for("public", REMOTE_ADDR=ATTACKER)
    for _ in range(5):
        response = client.post(
            "/api/v1/platform/auth/login",
            {"username": "root", "password": "wrong-password"},
            content_type="application/json",
        )
        assert response.status_code == 401, response.content
    _assert_throttled(
        client.post(
            "/api/v1/platform/auth/login",
            {"username": "root", "password": "x"},
            content_type="application/json",
        )
    )


# ---- the client address -----------------------------------------------------------------------------


def _request(remote: str, forwarded: str | None = None):
    request = RequestFactory().post(LOGIN, REMOTE_ADDR=remote)
    if forwarded is not None:
        request.META["HTTP_X_FORWARDED_FOR"] = forwarded
    return request


def test_x_forwarded_for_is_ignored_unless_the_peer_is_a_trusted_proxy(settings):
    settings.TRUSTED_PROXIES = []
    assert client_address(_request("203.0.113.66", "1.2.3.4")) == "203.0.113.66"
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    # A peer outside the proxies' networks is the client, whatever it claims.
    assert client_address(_request("203.0.113.66", "1.2.3.4")) == "203.0.113.66"
    # Through the proxies: the rightmost address they did not add themselves; the client's own
    # left-hand entries are never reached.
    assert client_address(_request("10.0.0.2", "1.2.3.4, 203.0.113.66")) == "203.0.113.66"
    assert client_address(_request("10.0.0.2", "1.2.3.4, 203.0.113.66, 10.0.0.9")) == "203.0.113.66"
    assert client_address(_request("10.0.0.2", "garbage, 10.0.0.9")) == "10.0.0.9"
    assert client_address(_request("10.0.0.2")) == "10.0.0.2"


@pytest.mark.django_db
def test_a_spoofed_x_forwarded_for_does_not_evade_the_limit(client_for, make_user, settings):
    make_user("it", "alice")
    for index in range(5):
        attacker = client_for("it", REMOTE_ADDR=ATTACKER, HTTP_X_FORWARDED_FOR=f"192.0.2.{index}")
        assert _fail(attacker).status_code == 401
    _assert_throttled(_fail(client_for("it", REMOTE_ADDR=ATTACKER, HTTP_X_FORWARDED_FOR="192.0.2.99")))


@pytest.mark.django_db
def test_behind_a_trusted_proxy_each_client_has_its_own_count(client_for, make_user, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    make_user("it", "alice")
    for _ in range(5):
        _fail(client_for("it", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=ATTACKER))
    _assert_throttled(_fail(client_for("it", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=ATTACKER)))
    home = client_for("it", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=HOME)
    assert _login(home, "alice").status_code == 200


@pytest.mark.django_db
def test_redis_down_does_not_stop_logins(client_for, make_user, settings):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"
    from core.redis import get_redis as cached

    cached.cache_clear()
    try:
        make_user("it", "alice")
        assert _login(client_for("it", REMOTE_ADDR=HOME), "alice").status_code == 200
    finally:
        cached.cache_clear()


# ---- atomic under parallel requests -----------------------------------------------------------------


def test_parallel_wrong_passwords_cannot_exceed_the_count(django_db_setup, django_db_blocker, settings):
    """20 wrong passwords at once from one address: five are checked, fifteen refused. No
    `django_db` mark: the user must be committed for the request threads (each with its own
    connection) to see it, so the test cleans up after itself."""
    # The fifth failure's lockout must outlast the burst: with the default second, a slow machine
    # that starts the threads over more than a second rightly lets a sixth password be checked.
    settings.LOGIN_BACKOFF_BASE_SECONDS = 600
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connection
    from django.test import Client

    from core.access.models import User
    from core.directory.services import user_create

    with django_db_blocker.unblock(), schema_context("it"):
        user = user_create(username="racer", password=PASSWORD)
        connection.close()

        def attempt(_index: int) -> int:
            try:
                return _fail(Client(HTTP_HOST="it.localhost", REMOTE_ADDR=ATTACKER), "racer").status_code
            finally:
                connection.close()

        try:
            with ThreadPoolExecutor(max_workers=20) as pool:
                statuses = sorted(pool.map(attempt, range(20)))
            assert statuses == [401] * 5 + [429] * 15
            assert get_redis().get(_keys("racer", ATTACKER).failures) == b"5"
        finally:
            User.objects.filter(pk=user.pk).delete()
