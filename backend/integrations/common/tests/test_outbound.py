"""The SSRF-guarded webhook client against real HTTP(S) servers on loopback; no database.

Loopback is exactly what the client refuses by default, so tests that need to reach the server
allow-list it, either as 127.0.0.1/32 or by name with a fake resolver that maps a public-looking
name to 127.0.0.1.
"""

from __future__ import annotations

import datetime as dt
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, cast

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from integrations.common import outbound
from integrations.common.outbound import OutboundFailed, OutboundRefused, check_url, post_json

LOOPBACK = ["127.0.0.1/32"]
BODY = b'{"event":"ticket.created","ticket":{"id":42}}'
SIGNATURE = {"X-Loonflow-Signature": "t=1760000000,v1=" + "ab" * 32}

# --- a receiving server --------------------------------------------------------------------------


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    headers: dict[str, str]  # lower-case names
    body: bytes


Route = Callable[["Handler"], None]


@dataclass
class Receiver:
    port: int = 0
    seen: list[Seen] = field(default_factory=list)
    routes: dict[str, Route] = field(default_factory=dict)
    sni: list[str | None] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)  # ends sleeping handlers

    def url(self, path: str = "/", *, host: str = "127.0.0.1", scheme: str = "http") -> str:
        return f"{scheme}://{host}:{self.port}{path}"

    @property
    def paths(self) -> list[str]:
        return [seen.path for seen in self.seen]


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, receiver: Receiver) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.receiver = receiver

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that hang up early are part of the tests


class Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        receiver = cast(Server, self.server).receiver
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {name.lower(): value for name, value in self.headers.items()}
        receiver.seen.append(Seen(self.command, self.path, headers, body))
        receiver.routes.get(self.path.partition("?")[0], respond(200, b'{"ok":true}'))(self)

    do_GET = do_POST

    def log_message(self, format: str, *args: Any) -> None:
        pass


def respond(status: int, body: bytes = b"", headers: Sequence[tuple[str, str]] = ()) -> Route:
    def route(handler: Handler) -> None:
        handler.send_response(status)
        for name, value in headers:
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return route


def redirect(status: int, location: str) -> Route:
    return respond(status, headers=[("Location", location)])


def sleep_then_respond(receiver: Receiver) -> Route:
    def route(handler: Handler) -> None:
        receiver.release.wait(5)
        respond(200, b"late")(handler)

    return route


def trickle(receiver: Receiver) -> Route:
    """Headers at once, then one body byte every 50 ms: each read is quick, the whole is slow."""

    def route(handler: Handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", "1000")
        handler.end_headers()
        while not receiver.release.is_set():
            handler.wfile.write(b"x")
            handler.wfile.flush()
            receiver.release.wait(0.05)

    return route


@pytest.fixture
def serve() -> Iterator[Callable[..., Receiver]]:
    """Start receiving servers (optionally TLS); all are stopped after the test."""
    servers: list[tuple[Server, threading.Thread]] = []

    def start(tls: ssl.SSLContext | None = None) -> Receiver:
        receiver = Receiver()
        httpd = Server(receiver)
        if tls is not None:
            tls.sni_callback = lambda _sock, name, _ctx: receiver.sni.append(name)
            httpd.socket = tls.wrap_socket(httpd.socket, server_side=True)
        receiver.port = httpd.server_address[1]
        thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.005}, daemon=True)
        thread.start()
        servers.append((httpd, thread))
        return receiver

    yield start
    for httpd, thread in servers:
        httpd.receiver.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=2)


@pytest.fixture
def server(serve: Callable[..., Receiver]) -> Receiver:
    return serve()


class FakeDNS:
    """A resolver with fixed answers, or with `answers` that change from one lookup to the next."""

    def __init__(
        self,
        table: Mapping[str, list[str]] | None = None,
        *,
        answers: Mapping[str, list[list[str]]] | None = None,
    ) -> None:
        self.answers = {host: [addresses] for host, addresses in (table or {}).items()} | dict(answers or {})
        self.calls: list[tuple[str, int]] = []

    def __call__(self, host: str, port: int) -> list[str]:
        self.calls.append((host, port))
        if host not in self.answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        answers = self.answers[host]
        lookups = sum(1 for name, _ in self.calls if name == host)
        return list(answers[min(lookups, len(answers)) - 1])


def refused(code: str, call: Callable[[], object]) -> OutboundRefused:
    with pytest.raises(OutboundRefused) as info:
        call()
    assert info.value.code == code, info.value
    return info.value


def failed(code: str, call: Callable[[], object]) -> OutboundFailed:
    with pytest.raises(OutboundFailed) as info:
        call()
    assert info.value.code == code, info.value
    return info.value


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


# --- TLS -----------------------------------------------------------------------------------------


def make_certificate(tmp_path: Path, name: str) -> tuple[ssl.SSLContext, bytes]:
    """A self-signed certificate for `name`: (server context, certificate PEM)."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    pem = cert.public_bytes(serialization.Encoding.PEM)
    (tmp_path / "cert.pem").write_bytes(pem)
    (tmp_path / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    return context, pem


@pytest.fixture
def tls_server(serve: Callable[..., Receiver], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Receiver:
    """An https server for hooks.example.com whose certificate the client trusts."""
    context, pem = make_certificate(tmp_path, "hooks.example.com")
    trusting = ssl.create_default_context(cadata=pem.decode())
    monkeypatch.setattr(outbound, "_tls_context", lambda: trusting)
    return serve(context)


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
