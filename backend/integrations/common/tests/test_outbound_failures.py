"""The outbound client's failures and limits: timeouts, refused connections, garbage, caps on the
body and the timeout, metadata addresses, bad headers."""

from __future__ import annotations

import socket
import time
from typing import Any

import pytest

from integrations.common import outbound
from integrations.common.outbound import check_url, post_json
from integrations.common.tests.factories import (
    BODY,
    LOOPBACK,
    FakeDNS,
    Handler,
    Receiver,
    failed,
    refused,
    respond,
    sleep_then_respond,
    trickle,
)

# --- failures and limits -------------------------------------------------------------------------


def test_slow_server_times_out(server: Receiver) -> None:
    server.routes["/hook"] = sleep_then_respond(server)
    started = time.monotonic()

    error = failed(
        "timeout", lambda: post_json(server.url("/hook"), BODY, headers={}, allow=LOOPBACK, timeout=0.2)
    )

    assert str(error) == outbound.CONNECT_FAILED
    assert time.monotonic() - started < 1


def test_timeout_bounds_the_whole_request_not_each_read(server: Receiver) -> None:
    server.routes["/hook"] = trickle(server)
    started = time.monotonic()

    failed("timeout", lambda: post_json(server.url("/hook"), BODY, headers={}, allow=LOOPBACK, timeout=0.3))

    assert time.monotonic() - started < 1


def test_connection_refused_fails() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again before the request: nobody listens there

    error = failed(
        "connect", lambda: post_json(f"http://127.0.0.1:{port}/", BODY, headers={}, allow=LOOPBACK)
    )
    assert str(error) == outbound.CONNECT_FAILED  # the port is in the log only


def test_garbage_response_fails(server: Receiver) -> None:
    def garbage(handler: Handler) -> None:
        handler.wfile.write(b"SSH-2.0-OpenSSH\r\n\r\n")

    server.routes["/hook"] = garbage

    failed("protocol", lambda: post_json(server.url("/hook"), BODY, headers={}, allow=LOOPBACK))


def test_every_connection_failure_has_the_same_text(server: Receiver) -> None:
    """Regression (issue item 4): the error text told open ports from closed ones."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]

    def garbage(handler: Handler) -> None:
        handler.wfile.write(b"SSH-2.0-OpenSSH\r\n\r\n")

    server.routes["/ssh"] = garbage
    server.routes["/slow"] = sleep_then_respond(server)
    dns = FakeDNS({})
    texts = {
        str(
            failed(
                "connect", lambda: post_json(f"http://127.0.0.1:{closed}/", BODY, headers={}, allow=LOOPBACK)
            )
        ),
        str(
            failed(
                "timeout",
                lambda: post_json(server.url("/slow"), BODY, headers={}, allow=LOOPBACK, timeout=0.2),
            )
        ),
        str(failed("protocol", lambda: post_json(server.url("/ssh"), BODY, headers={}, allow=LOOPBACK))),
        str(failed("tls", lambda: post_json(server.url(scheme="https"), BODY, headers={}, allow=LOOPBACK))),
        str(failed("dns", lambda: post_json("http://nowhere.example/", BODY, headers={}, resolver=dns))),
    }
    assert texts == {outbound.CONNECT_FAILED}


def test_timeout_is_clamped_to_the_deployment_cap(server: Receiver, settings: Any) -> None:
    """Regression (issue item 4): a tenant-chosen timeout was unbounded."""
    settings.OUTBOUND_TIMEOUT_MAX_SECONDS = 1
    server.routes["/hook"] = sleep_then_respond(server)
    started = time.monotonic()

    failed("timeout", lambda: post_json(server.url("/hook"), BODY, headers={}, allow=LOOPBACK, timeout=600))

    assert time.monotonic() - started < 2
    assert outbound.clamp_timeout(600) == 1
    assert outbound.clamp_timeout(0.5) == 0.5
    assert outbound.clamp_timeout(0) == outbound.clamp_timeout(None) == outbound.clamp_timeout("x") == 1  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://[fd00:ec2::254]/",
        "http://100.100.100.200/",
        "http://168.63.129.16/",
        "http://169.254.1.1/",
        "http://[::ffff:169.254.169.254]/",
        "http://[64:ff9b::a9fe:a9fe]/",
    ],
)
def test_metadata_addresses_are_refused_whatever_the_allow_list_says(url: str) -> None:
    """Regression (issue item 5): an allow-list of 0.0.0.0/0 or 169.254.169.254/32 opened them."""
    everything = ["0.0.0.0/0", "::/0", "169.254.169.254/32", "169.254.0.0/16", "100.64.0.0/10"]
    refused("private_address", lambda: check_url(url, allow=everything))
    refused("private_address", lambda: post_json(url, BODY, headers={}, allow=everything))


def test_a_name_resolving_to_metadata_is_refused_even_when_allowed_by_name() -> None:
    dns = FakeDNS({"meta.example.com": ["169.254.169.254"]})
    refused(
        "private_address",
        lambda: post_json(
            "http://meta.example.com/", BODY, headers={}, allow=["meta.example.com"], resolver=dns
        ),
    )
    refused(
        "private_address",
        lambda: outbound.resolve_host("meta.example.com", 25, allow=["0.0.0.0/0"], resolver=dns),
    )


def test_body_is_capped_at_max_body(server: Receiver) -> None:
    server.routes["/big"] = respond(200, b"x" * 200_000)

    small = post_json(server.url("/big"), BODY, headers={}, allow=LOOPBACK, max_body=1500)
    default = post_json(server.url("/big"), BODY, headers={}, allow=LOOPBACK)

    assert small.body == b"x" * 1500
    assert small.excerpt == "x" * 1000
    assert len(default.body) == 65536


def test_excerpt_is_the_first_thousand_characters(server: Receiver) -> None:
    text = "é" * 3000
    server.routes["/utf8"] = respond(200, text.encode())
    server.routes["/binary"] = respond(200, b"ok \xff\xfe")

    utf8 = post_json(server.url("/utf8"), BODY, headers={}, allow=LOOPBACK)
    binary = post_json(server.url("/binary"), BODY, headers={}, allow=LOOPBACK)

    assert (utf8.excerpt, utf8.body) == ("é" * 1000, text.encode())
    assert binary.excerpt == "ok \ufffd\ufffd"


def test_bad_headers_are_refused_before_connecting(server: Receiver) -> None:
    for headers in ({"X-Bad": "a\r\nInjected: 1"}, {"Bad Name": "x"}, {"X-Bad": "\u2603"}):
        refused("bad_header", lambda: post_json(server.url(), BODY, headers=headers, allow=LOOPBACK))
    assert server.seen == []
