"""Test doubles of the outbound client tests: a receiving HTTP(S) server on loopback with
per-path routes, a fake resolver, a self-signed certificate, and checks of refusals and failures.
The fixtures that start servers are in conftest.py."""

from __future__ import annotations

import datetime as dt
import socket
import ssl
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, cast

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from integrations.common.outbound import OutboundFailed, OutboundRefused

LOOPBACK = ["127.0.0.1/32"]
BODY = b'{"event":"ticket.created","ticket":{"id":42}}'
SIGNATURE = {"X-Loonflow-Signature": "t=1760000000,v1=" + "ab" * 32}


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
