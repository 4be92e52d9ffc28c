"""The outbound client's redirects: each hop checked and pinned like the first, methods and bodies,
credentials dropped across origins, limits."""

from __future__ import annotations

import pytest

from integrations.common.outbound import post_json
from integrations.common.tests.factories import (
    BODY,
    LOOPBACK,
    SIGNATURE,
    FakeDNS,
    Receiver,
    redirect,
    refused,
    respond,
)

# --- redirects -----------------------------------------------------------------------------------


@pytest.mark.parametrize("target_host", ["internal.example.com", "127.0.0.1"])
def test_redirect_to_a_non_allowed_address_is_refused(server: Receiver, target_host: str) -> None:
    dns = FakeDNS({"hooks.example.com": ["127.0.0.1"], "internal.example.com": ["10.0.0.5"]})
    server.routes["/start"] = redirect(302, server.url("/sink", host=target_host))

    refused(
        "private_address",
        lambda: post_json(
            server.url("/start", host="hooks.example.com"),
            BODY,
            headers={},
            allow=["hooks.example.com"],
            resolver=dns,
        ),
    )
    assert server.paths == ["/start"]


def test_redirect_is_resolved_once_per_hop_and_rebinding_between_hops_is_refused(server: Receiver) -> None:
    dns = FakeDNS(answers={"hooks.example.com": [["127.0.0.1"], ["127.0.0.1"], ["10.0.0.5"]]})
    host = "hooks.example.com"
    server.routes["/a"] = redirect(307, server.url("/b", host=host))
    server.routes["/b"] = redirect(307, "/c")

    refused(
        "private_address",
        lambda: post_json(server.url("/a", host=host), BODY, headers={}, allow=LOOPBACK, resolver=dns),
    )
    assert dns.calls == [(host, server.port)] * 3
    assert server.paths == ["/a", "/b"]


@pytest.mark.parametrize(
    ("status", "method"), [(301, "GET"), (302, "GET"), (303, "GET"), (307, "POST"), (308, "POST")]
)
def test_redirect_method_and_body(server: Receiver, status: int, method: str) -> None:
    server.routes["/hook"] = redirect(status, "/sink")
    server.routes["/sink"] = respond(200, b"done")

    response = post_json(server.url("/hook"), BODY, headers=SIGNATURE, allow=LOOPBACK)

    assert (response.status, response.body) == (200, b"done")
    first, second = server.seen
    assert (first.method, first.body) == ("POST", BODY)
    assert (second.method, second.path) == (method, "/sink")
    assert second.headers["x-loonflow-signature"] == SIGNATURE["X-Loonflow-Signature"]
    if method == "POST":
        assert second.body == BODY
        assert second.headers["content-type"] == "application/json"
    else:
        assert second.body == b""
        assert "content-length" not in second.headers
        assert "content-type" not in second.headers


@pytest.mark.parametrize(
    ("location", "path"),
    [
        ("sink", "/dir/sink"),
        ("../up?x=1", "/up?x=1"),
        ("//127.0.0.1:{port}/abs", "/abs"),
        ("http://127.0.0.1:{port}/full", "/full"),
    ],
)
def test_relative_and_absolute_locations(server: Receiver, location: str, path: str) -> None:
    server.routes["/dir/hook"] = redirect(307, location.format(port=server.port))

    post_json(server.url("/dir/hook"), BODY, headers={}, allow=LOOPBACK)

    assert server.paths == ["/dir/hook", path]


def test_cross_origin_redirect_drops_credentials(server: Receiver) -> None:
    dns = FakeDNS({"hooks.example.com": ["127.0.0.1"]})
    headers = {**SIGNATURE, "Authorization": "Bearer s3cret", "Cookie": "a=b"}
    server.routes["/same"] = redirect(307, "/other")
    server.routes["/other"] = redirect(307, server.url("/sink", host="hooks.example.com"))

    post_json(server.url("/same"), BODY, headers=headers, allow=LOOPBACK, resolver=dns)

    _, other, sink = server.seen
    assert other.headers["authorization"] == "Bearer s3cret"
    assert "authorization" not in sink.headers
    assert "cookie" not in sink.headers
    assert sink.headers["x-loonflow-signature"] == SIGNATURE["X-Loonflow-Signature"]


@pytest.mark.parametrize("max_redirects", [0, 2])
def test_too_many_redirects(server: Receiver, max_redirects: int) -> None:
    server.routes["/loop"] = redirect(302, "/loop")

    refused(
        "too_many_redirects",
        lambda: post_json(server.url("/loop"), BODY, headers={}, allow=LOOPBACK, max_redirects=max_redirects),
    )
    assert len(server.seen) == max_redirects + 1


@pytest.mark.parametrize(
    ("location", "code"),
    [
        ("ftp://127.0.0.1/x", "bad_scheme"),
        ("file:///etc/passwd", "bad_scheme"),
        ("javascript:alert(1)", "bad_scheme"),
        ("http://user:pw@127.0.0.1/", "bad_url"),
        ("http://[::1/", "bad_url"),
    ],
)
def test_redirect_to_a_bad_url_is_refused(server: Receiver, location: str, code: str) -> None:
    server.routes["/hook"] = redirect(302, location)

    refused(code, lambda: post_json(server.url("/hook"), BODY, headers={}, allow=LOOPBACK))
    assert server.paths == ["/hook"]


def test_redirect_status_without_location_is_the_answer(server: Receiver) -> None:
    server.routes["/hook"] = respond(302, b"moved, somewhere")

    response = post_json(server.url("/hook"), BODY, headers={}, allow=LOOPBACK)

    assert (response.status, response.body) == (302, b"moved, somewhere")
