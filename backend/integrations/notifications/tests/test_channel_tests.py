"""Channel tests run in the worker, and SMTP goes through the outbound guard (issue item 4).

Real servers on loopback: aiosmtpd, an HTTP receiver, and a TCP server that accepts and never
answers. Loopback is private, so it is reachable only where the platform admin opened it for the
tenant (`allow_private`); the worker is the actor's function run in the test, as elsewhere here,
after the API request's on-commit hand-off was captured.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from django.test import Client
from django_tenants.utils import schema_context

from conftest import allow_private, error_of, free_port
from core.tests.factories import assert_error
from integrations.common import outbound
from integrations.notifications.channel_tests import MAX_OPEN_TESTS, TEST_SUBJECT, run_channel_test
from integrations.notifications.models import ChannelTest, NotificationChannel
from integrations.notifications.tests.factories import CHANNELS, api_channel, post_json

# No module-wide django_db mark: the parallel test needs committed rows; the others get the
# test database (in a rolled-back transaction) through the `login` fixture.


def _start(client: Client, channel_id: int, capture: Any, **body: Any) -> dict[str, Any]:
    """POST .../test; asserts the 202 and that exactly one hand-off to the worker follows the commit."""
    with capture(execute=False) as callbacks:
        response = post_json(client, f"{CHANNELS}/{channel_id}/test", body)
    assert response.status_code == 202, response.content
    assert len(callbacks) == 1
    started = response.json()
    assert (started["status"], started["ok"], started["error"]) == ("pending", None, None)
    return started


def _work(started: dict[str, Any]) -> None:
    """What the worker does with the message the API enqueued."""
    with schema_context("it"):
        run_channel_test.fn(started["id"])


def _result(client: Client, started: dict[str, Any]) -> dict[str, Any]:
    response = client.get(started["status_url"])
    assert response.status_code == 200, response.content
    return response.json()


def _mail(port: int, **extra: Any) -> dict[str, Any]:
    return {"host": "127.0.0.1", "port": port, "from_email": "loonflow@example.com", "timeout": 2, **extra}


# --- the test runs in the worker ----------------------------------------------------------------


def test_a_test_is_queued_and_the_worker_reports_back(
    login, smtp, receiver, django_capture_on_commit_callbacks
):
    admin = login("it", "root", admin=True, email="root@example.com")
    login("it", "pat", email="pat@example.com", phone="13900139000")
    allow_private("it", ["127.0.0.1/32"])
    mail = api_channel(admin, "email", _mail(smtp.port))

    started = _start(admin, mail["id"], django_capture_on_commit_callbacks)
    assert started["recipients"] == ["root"]
    assert smtp.mailbox.envelopes == []  # nothing was sent inside the request
    _work(started)
    done = _result(admin, started)
    assert (done["status"], done["ok"], done["error"]) == ("succeeded", True, None)
    [(to, message)] = smtp.mailbox.messages()
    assert (to, message["Subject"]) == (["root@example.com"], TEST_SUBJECT)

    robot = api_channel(admin, "dingtalk", {"url": f"{receiver.url}/ding"}, secret="SEC")
    started = _start(admin, robot["id"], django_capture_on_commit_callbacks, recipients=["pat"])
    _work(started)
    assert _result(admin, started)["ok"] is True
    [request] = receiver.requests
    assert request["path"].startswith("/ding?timestamp=")
    assert request["json"]["at"]["atMobiles"] == ["13900139000"]

    receiver.status = 500
    started = _start(admin, robot["id"], django_capture_on_commit_callbacks)
    _work(started)
    failed = _result(admin, started)
    assert (failed["status"], failed["ok"]) == ("failed", False)
    assert failed["error"].startswith("HTTP 500")

    unknown = post_json(admin, f"{CHANNELS}/{robot['id']}/test", {"recipients": ["nobody"]})
    assert unknown.status_code == 422
    assert error_of(unknown)["details"][0]["field"] == "recipients.0"
    no_mail = login("it", "nomail", admin=True)
    assert post_json(no_mail, f"{CHANNELS}/{mail['id']}/test", {}).status_code == 422
    assert admin.get(f"{CHANNELS}/{mail['id']}/tests/{started['id']}").status_code == 404  # another channel's
    assert login("it", "pat2").get(started["status_url"]).status_code == 403


def test_the_request_returns_at_once_when_the_server_hangs(
    login, silent, settings, django_capture_on_commit_callbacks
):
    """Regression: /test ran a whole SMTP session inside the API request, for as long as the
    tenant's timeout said; now the request only queues it, and the worker's wait is capped."""
    settings.OUTBOUND_TIMEOUT_MAX_SECONDS = 1
    admin = login("it", "root", admin=True, email="root@example.com")
    allow_private("it", ["127.0.0.1/32"])  # else loopback would not even be tried
    mail = api_channel(admin, "email", _mail(silent.port, timeout=1))
    robot = api_channel(admin, "webhook", {"url": f"http://127.0.0.1:{silent.port}/hook"})

    for channel in (mail, robot):
        began = time.monotonic()
        started = _start(admin, channel["id"], django_capture_on_commit_callbacks)
        assert time.monotonic() - began < 0.5
        assert silent.accepted == [] or channel is robot  # the request never connected

        began = time.monotonic()
        _work(started)
        assert time.monotonic() - began < 2.5  # the cap, not the remote, decides
        done = _result(admin, started)
        assert (done["status"], done["error"]) == ("failed", _generic(channel["kind"]))


def _generic(kind: str) -> str:
    return f"SMTP: {outbound.CONNECT_FAILED}" if kind == "email" else f"Failed: {outbound.CONNECT_FAILED}"


def test_open_tests_are_bounded_per_tenant(login, django_capture_on_commit_callbacks):
    admin = login("it", "root", admin=True)
    robot = api_channel(admin, "webhook", {"url": "https://hooks.example.com/x"})
    for _ in range(MAX_OPEN_TESTS):
        _start(admin, robot["id"], django_capture_on_commit_callbacks)
    refused = post_json(admin, f"{CHANNELS}/{robot['id']}/test", {})
    assert_error(refused, 429, "too_many_tests")
    with schema_context("hr"):
        assert not ChannelTest.objects.exists()  # another tenant's budget is its own


def test_parallel_test_requests_respect_the_bound(django_db_setup, django_db_blocker):
    """10 threads, each with its own connection, press "test" at once: MAX_OPEN_TESTS get in.
    Committed rows (the threads must see them), so the test cleans up after itself."""
    from django.db import connection

    from conftest import PASSWORD
    from core.access.models import User
    from core.directory.services import user_create

    with django_db_blocker.unblock(), schema_context("it"):
        user_create(username="racer", password=PASSWORD, is_tenant_admin=True)
        channel = NotificationChannel.objects.create(
            code="par", name="P", kind="webhook", config={"url": "https://hooks.example.com/x"}
        )
        session = Client(HTTP_HOST="it.localhost")
        login = post_json(session, "/api/v1/auth/login", {"username": "racer", "password": PASSWORD})
        assert login.status_code == 200, login.content
        connection.close()

        def press(_index: int) -> int:
            client = Client(HTTP_HOST="it.localhost")
            client.cookies = session.cookies
            try:
                return post_json(client, f"{CHANNELS}/{channel.pk}/test", {}).status_code
            finally:
                connection.close()

        try:
            with ThreadPoolExecutor(max_workers=10) as pool:
                statuses = list(pool.map(press, range(10)))
            assert sorted(statuses) == [202] * MAX_OPEN_TESTS + [429] * (10 - MAX_OPEN_TESTS)
            assert ChannelTest.objects.filter(channel=channel).count() == MAX_OPEN_TESTS
        finally:
            channel.delete()
            User.objects.filter(username="racer").delete()


# --- SMTP through the outbound guard ----------------------------------------------------------


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "localhost", "10.1.2.3", "169.254.169.254", "[::1]", "2130706433"]
)
def test_a_private_smtp_host_is_refused_at_save(login, host):
    """Regression: an SMTP host of 127.0.0.1 was accepted."""
    admin = login("it", "root", admin=True)
    response = post_json(
        admin,
        CHANNELS,
        {"code": "m", "name": "M", "kind": "email", "config": _mail(25, host=host)},
    )
    assert response.status_code == 422, response.content
    assert "config.host" in [problem["field"] for problem in error_of(response)["details"]]
    with schema_context("it"):
        assert not NotificationChannel.objects.exists()


def test_a_timeout_over_the_cap_is_refused_at_save(login, settings):
    settings.OUTBOUND_TIMEOUT_MAX_SECONDS = 10
    admin = login("it", "root", admin=True)
    for timeout in (11, 3600, 0, -1):
        response = post_json(
            admin,
            CHANNELS,
            {
                "code": "m",
                "name": "M",
                "kind": "email",
                "config": _mail(25, host="smtp.example.com", timeout=timeout),
            },
        )
        assert response.status_code == 422, (timeout, response.content)
    assert (
        post_json(
            admin,
            CHANNELS,
            {
                "code": "m",
                "name": "M",
                "kind": "email",
                "config": _mail(25, host="smtp.example.com", timeout=10),
            },
        ).status_code
        == 201
    )


def test_a_loopback_smtp_server_receives_nothing_at_send(
    login, smtp, monkeypatch, django_capture_on_commit_callbacks
):
    """Regression: the stored host was used as is. A channel saved before the fix (127.0.0.1), and
    a name that resolves to loopback only later (DNS changed after the save), are both refused
    when sending, before any connection."""
    admin = login("it", "root", admin=True, email="root@example.com")
    with schema_context("it"):
        old = NotificationChannel.objects.create(
            code="old", name="Old", kind="email", config=_mail(smtp.port)
        )
    rebound = api_channel(admin, "email", _mail(smtp.port, host="mail.example.com"))
    real = outbound._getaddrinfo
    monkeypatch.setattr(
        outbound,
        "_getaddrinfo",
        lambda host, port: ["127.0.0.1"] if host == "mail.example.com" else real(host, port),
    )

    for channel_id in (old.pk, rebound["id"]):
        started = _start(admin, channel_id, django_capture_on_commit_callbacks)
        _work(started)
        done = _result(admin, started)
        assert done["status"] == "failed"
        assert "not allowed" in done["error"]
    assert smtp.mailbox.envelopes == []


def test_smtp_error_text_is_the_same_for_closed_silent_and_foreign_ports(
    login, silent, receiver, settings, django_capture_on_commit_callbacks
):
    """Regression: the error told open ports from closed ones (a port scanner)."""
    settings.OUTBOUND_TIMEOUT_MAX_SECONDS = 1
    admin = login("it", "root", admin=True, email="root@example.com")
    allow_private("it", ["127.0.0.1/32"])
    http_port = int(receiver.url.rsplit(":", 1)[1])
    errors = set()
    for port in (free_port(), silent.port, http_port):  # closed, never answers, speaks HTTP
        channel = api_channel(admin, "email", _mail(port, timeout=1))
        started = _start(admin, channel["id"], django_capture_on_commit_callbacks)
        _work(started)
        done = _result(admin, started)
        assert done["status"] == "failed"
        errors.add(done["error"])
    assert errors == {f"SMTP: {outbound.CONNECT_FAILED}"}


def test_smtp_tls_verifies_the_configured_name_while_connecting_to_the_pinned_address(monkeypatch, smtp):
    """The name is resolved once, by the guard, and the session goes to that checked address
    (smtplib never looks the name up itself, so DNS rebinding cannot swap it)."""
    from integrations.notifications.channels import Message, send_email

    calls: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        calls.append(host)
        return ["127.0.0.1"]

    message = Message(subject="s", body="b", recipients=["x@example.com"])
    config = _mail(smtp.port, host="mail.example.com")
    send_email(config, message, allow=["127.0.0.1/32"], resolver=resolver)
    assert calls == ["mail.example.com"]
    [envelope] = smtp.mailbox.envelopes
    assert envelope.rcpt_tos == ["x@example.com"]
