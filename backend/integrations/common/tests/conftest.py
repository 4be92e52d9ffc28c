"""Fixtures of the outbound client tests: receiving servers (plain and TLS) on loopback, stopped
after each test."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from integrations.common import outbound
from integrations.common.tests.factories import Receiver, Server, make_certificate


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


@pytest.fixture
def tls_server(serve: Callable[..., Receiver], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Receiver:
    """An https server for hooks.example.com whose certificate the client trusts."""
    context, pem = make_certificate(tmp_path, "hooks.example.com")
    trusting = ssl.create_default_context(cadata=pem.decode())
    monkeypatch.setattr(outbound, "_tls_context", lambda: trusting)
    return serve(context)
