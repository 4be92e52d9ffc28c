"""The SSRF-guarded webhook client against real HTTP servers on loopback; no database: what is
sent, and which addresses are refused (private ranges, resolved names, DNS rebinding, allow-lists).

Loopback is exactly what the client refuses by default, so tests that need to reach the server
allow-list it, either as 127.0.0.1/32 or by name with a fake resolver that maps a public-looking
name to 127.0.0.1. Redirects, failures, TLS and URL checks: the other test_outbound_*.py."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from integrations.common.outbound import check_url, post_json
from integrations.common.tests.factories import (
    BODY,
    LOOPBACK,
    SIGNATURE,
    FakeDNS,
    Receiver,
    failed,
    refused,
    respond,
)

# --- sending -------------------------------------------------------------------------------------


def test_allowed_loopback_receives_body_headers_and_host(server: Receiver) -> None:
    server.routes["/hook"] = respond(202, b'{"queued":true}', [("X-Request-Id", "r-1")])

    response = post_json(
        server.url("/hook?source=loonflow"), BODY, headers={**SIGNATURE, "X-Tenant": "it"}, allow=LOOPBACK
    )

    assert (response.status, response.body, response.excerpt) == (202, b'{"queued":true}', '{"queued":true}')
    assert response.headers["x-request-id"] == "r-1"
    assert 0 <= response.latency_ms < 2000
    [seen] = server.seen
    assert (seen.method, seen.path, seen.body) == ("POST", "/hook?source=loonflow", BODY)
    assert seen.headers["host"] == f"127.0.0.1:{server.port}"
    assert seen.headers["content-type"] == "application/json"
    assert seen.headers["content-length"] == str(len(BODY))
    assert seen.headers["user-agent"] == "Loonflow-Webhook/1"
    assert seen.headers["x-loonflow-signature"] == SIGNATURE["X-Loonflow-Signature"]
    assert seen.headers["x-tenant"] == "it"


def test_caller_cannot_override_framing_or_host(server: Receiver) -> None:
    headers = {"Host": "evil.example", "Content-Length": "1", "User-Agent": "x", "Content-Type": "text/plain"}

    post_json(server.url(), BODY, headers=headers, allow=LOOPBACK)

    [seen] = server.seen
    assert seen.headers["host"] == f"127.0.0.1:{server.port}"
    assert (seen.body, seen.headers["user-agent"]) == (BODY, "Loonflow-Webhook/1")
    assert seen.headers["content-type"] == "text/plain"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:{port}/",
        "http://127.8.9.10:{port}/",
        "http://localhost:{port}/",
        "http://LOCALHOST.:{port}/",
        "http://api.localhost:{port}/",
        "http://[::1]:{port}/",
        "http://[::ffff:127.0.0.1]:{port}/",
        "http://2130706433:{port}/",  # decimal 127.0.0.1, as getaddrinfo reads it
        "http://0x7f.1:{port}/",
        "http://127.1:{port}/",
        "http://0.0.0.0:{port}/",
        "http://0:{port}/",
        "http://[::]:{port}/",
        "http://10.1.2.3/",
        "http://172.16.0.1/",
        "http://192.168.1.1/",
        "http://100.64.0.1/",  # shared address space (carrier-grade NAT)
        "http://169.254.169.254/latest/meta-data/",
        "https://[fe80::1]/",
        "https://[fd00::1]/",
        "http://224.0.0.1/",
        "http://255.255.255.255/",
        "http://240.0.0.1/",
        "http://[ff02::1]/",
        "http://[::ffff:10.0.0.1]/",
        "http://[::ffff:169.254.169.254]/",
        "http://[64:ff9b::a00:5]/",  # NAT64 of 10.0.0.5
        "http://[2002:a00:5::1]/",  # 6to4 of 10.0.0.5
    ],
)
def test_private_targets_are_refused_without_allow_list(server: Receiver, url: str) -> None:
    dns = FakeDNS({})
    target = url.format(port=server.port)

    refused("private_address", lambda: post_json(target, BODY, headers={}, resolver=dns))
    refused("private_address", lambda: check_url(target))
    assert server.seen == []
    assert dns.calls == []  # decided from the URL alone


@pytest.mark.parametrize(
    "addresses",
    [
        ["127.0.0.1"],
        ["10.0.0.5"],
        ["169.254.169.254"],
        ["::1"],
        ["::ffff:127.0.0.1"],
        ["0.0.0.0"],
        ["93.184.216.34", "10.0.0.5"],  # one bad address is enough
    ],
)
def test_names_resolving_to_private_addresses_are_refused(server: Receiver, addresses: list[str]) -> None:
    dns = FakeDNS({"hooks.example.com": addresses})
    url = server.url("/hook", host="hooks.example.com")

    error = refused("private_address", lambda: post_json(url, BODY, headers={}, resolver=dns))
    assert "hooks.example.com resolves to" in str(error)
    check_url(url)  # no DNS there: it cannot know
    assert server.seen == []


def test_decimal_host_that_the_resolver_turns_into_loopback_is_refused(server: Receiver) -> None:
    # Not an inet_aton form (too large), so it is looked up, and the answer is what counts.
    dns = FakeDNS({"99999999999": ["127.0.0.1"]})

    refused(
        "private_address", lambda: post_json(server.url(host="99999999999"), BODY, headers={}, resolver=dns)
    )
    assert dns.calls == [("99999999999", server.port)]


def test_default_resolver_uses_getaddrinfo_and_checks_every_answer(
    server: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = socket.getaddrinfo
    lookups: list[str] = []

    def getaddrinfo(host: str, port: int, *args: Any, **kwargs: Any) -> Any:
        lookups.append(host)
        # Loopback first, so the allowed request below never tries the public address.
        return real("127.0.0.1", port, *args, **kwargs) + real("93.184.216.34", port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)

    refused("private_address", lambda: post_json(server.url(host="hooks.example.com"), BODY, headers={}))
    assert lookups == ["hooks.example.com"]
    assert (
        post_json(server.url(host="hooks.example.com"), BODY, headers={}, allow=["hooks.example.com"]).status
        == 200
    )


def test_allow_list_by_name_allows_what_the_name_resolves_to(server: Receiver) -> None:
    dns = FakeDNS({"hooks.example.com": ["127.0.0.1"]})
    url = server.url("/hook", host="hooks.example.com")

    response = post_json(url, BODY, headers={}, allow=["HOOKS.example.com."], resolver=dns)

    assert response.status == 200
    assert server.seen[0].headers["host"] == f"hooks.example.com:{server.port}"
    refused(
        "private_address", lambda: post_json(url, BODY, headers={}, allow=["other.example.com"], resolver=dns)
    )


def test_allow_list_network_must_cover_every_address(server: Receiver) -> None:
    dns = FakeDNS({"hooks.example.com": ["127.0.0.1", "10.0.0.5"]})
    url = server.url(host="hooks.example.com")

    refused("private_address", lambda: post_json(url, BODY, headers={}, allow=LOOPBACK, resolver=dns))
    response = post_json(url, BODY, headers={}, allow=[*LOOPBACK, "10.0.0.0/8"], resolver=dns)
    assert response.status == 200


def test_allow_list_networks_in_either_family() -> None:
    check_url("http://[::1]:8080/", allow=["::1/128"])
    check_url("http://10.9.8.7/", allow=["10.0.0.0/8"])
    check_url("http://[::ffff:127.0.0.1]/", allow=LOOPBACK)
    refused("private_address", lambda: check_url("http://10.9.8.7/", allow=["10.0.0.1/8"]))  # not a network


def test_dns_rebinding_is_pinned(server: Receiver, monkeypatch: pytest.MonkeyPatch) -> None:
    # The first answer passes the check; later ones would point inside. Only one lookup happens.
    dns = FakeDNS(answers={"hooks.example.com": [["127.0.0.1"], ["10.0.0.5"]]})

    def no_lookup(*args: object, **kwargs: object) -> object:
        raise AssertionError(f"unexpected DNS lookup {args}")

    monkeypatch.setattr(socket, "getaddrinfo", no_lookup)

    response = post_json(server.url(host="hooks.example.com"), BODY, headers={}, allow=LOOPBACK, resolver=dns)

    assert response.status == 200
    assert dns.calls == [("hooks.example.com", server.port)]


def test_unresolvable_host_fails() -> None:
    dns = FakeDNS({"empty.example.com": []})

    failed("dns", lambda: post_json("https://nowhere.example.com/", BODY, headers={}, resolver=dns))
    failed("dns", lambda: post_json("https://empty.example.com/", BODY, headers={}, resolver=dns))


def test_idn_host_is_looked_up_in_ascii(server: Receiver) -> None:
    dns = FakeDNS({"xn--bcher-kva.example": ["127.0.0.1"]})

    post_json(server.url(host="bücher.example"), BODY, headers={}, allow=LOOPBACK, resolver=dns)

    assert server.seen[0].headers["host"] == f"xn--bcher-kva.example:{server.port}"
