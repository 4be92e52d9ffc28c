"""The outbound client over TLS (pinned address, verified name) and its URL validation."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from integrations.common import outbound
from integrations.common.outbound import check_url, post_json
from integrations.common.tests.factories import (
    BODY,
    LOOPBACK,
    FakeDNS,
    Receiver,
    failed,
    make_certificate,
    refused,
)


def test_https_connects_to_the_pinned_address_and_verifies_the_original_name(tls_server: Receiver) -> None:
    dns = FakeDNS({"hooks.example.com": ["127.0.0.1"]})
    url = tls_server.url("/hook", host="hooks.example.com", scheme="https")

    response = post_json(url, BODY, headers={}, allow=LOOPBACK, resolver=dns)

    assert response.status == 200
    assert tls_server.sni == ["hooks.example.com"]
    assert tls_server.seen[0].headers["host"] == f"hooks.example.com:{tls_server.port}"
    assert tls_server.seen[0].body == BODY


def test_https_refuses_a_certificate_for_another_name(tls_server: Receiver) -> None:
    dns = FakeDNS({"other.example.com": ["127.0.0.1"]})
    url = tls_server.url("/hook", host="other.example.com", scheme="https")

    error = failed("tls", lambda: post_json(url, BODY, headers={}, allow=LOOPBACK, resolver=dns))

    assert str(error) == outbound.CONNECT_FAILED
    assert tls_server.seen == []


def test_https_verifies_certificates_by_default(
    serve: Callable[..., Receiver], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    context, _ = make_certificate(tmp_path, "hooks.example.com")
    receiver = serve(context)
    dns = FakeDNS({"hooks.example.com": ["127.0.0.1"]})
    url = receiver.url("/hook", host="hooks.example.com", scheme="https")

    with caplog.at_level("INFO", logger="integrations.common.outbound"):
        error = failed("tls", lambda: post_json(url, BODY, headers={}, allow=LOOPBACK, resolver=dns))

    assert str(error) == outbound.CONNECT_FAILED
    assert "certificate verify failed" in caplog.text  # for operators, not for the tenant
    assert receiver.seen == []


def test_https_to_a_plain_http_server_fails(server: Receiver) -> None:
    failed("tls", lambda: post_json(server.url(scheme="https"), BODY, headers={}, allow=LOOPBACK, timeout=2))


# --- URL validation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.com/file",
        "file:///etc/passwd",
        "gopher://example.com/",
        "javascript:alert(1)",
        "data:text/plain,hi",
        "//example.com/no-scheme",
        "example.com/no-scheme",
    ],
)
def test_bad_schemes_are_refused(url: str) -> None:
    refused("bad_scheme", lambda: check_url(url))
    refused("bad_scheme", lambda: post_json(url, BODY, headers={}))


@pytest.mark.parametrize(
    "url",
    [
        "",
        "http://",
        "http:///path",
        "https://:443/",
        "http://exa mple.com/",
        "http://example.com/pa th",
        "http://example.com/\r\nX-Injected: 1",
        "http://example.com\t/",
        "http://[::1/",
        "http://[not-an-ip]/",
        "http://example.com:99999/",
        "http://example.com:http/",
        "http://example.com:0/",
        "http://user:pw@example.com/",
        "http://evil.example\\@example.com/",
        "http://exa%2fmple.com/",
        "http://example..com/",
        "http://" + "a" * 64 + ".com/",
        "http://-.com:-1/",
        "http://\u05d0a.com/",  # IDNA refuses mixing right-to-left and left-to-right
        "http://example.com/\ud800",  # a lone surrogate cannot be percent-encoded
    ],
)
def test_check_url_refuses_garbage(url: str) -> None:
    refused("bad_url", lambda: check_url(url))


@pytest.mark.parametrize(
    "url",
    [
        "https://hooks.example.com/loonflow?tenant=it#frag",
        "http://HOOKS.Example.COM:8080",
        "https://93.184.216.34/hook",
        "https://[2606:2800:220:1:248:1893:25c8:1946]:8443/",
        "https://bücher.example/pfad/ä",
        "https://ci.internal/hook",  # a name: check_url does not resolve it
    ],
)
def test_check_url_accepts_public_urls_without_dns(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: pytest.fail("check_url looked up a name"))

    check_url(url)


def test_check_url_honours_the_allow_list() -> None:
    refused("private_address", lambda: check_url("http://localhost:8000/"))
    check_url("http://localhost:8000/", allow=["localhost"])
    check_url("http://localhost:8000/", allow=LOOPBACK)
    refused("private_address", lambda: check_url("http://10.0.0.5/"))
    check_url("http://10.0.0.5/", allow=["10.0.0.0/8"])


def test_non_ascii_path_is_percent_encoded(server: Receiver) -> None:
    post_json(server.url("/hook/ä?q=ü%20x"), BODY, headers={}, allow=LOOPBACK)

    assert server.paths == ["/hook/%C3%A4?q=%C3%BC%20x"]
