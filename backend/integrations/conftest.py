"""Real servers on loopback for the integrations tests: an SMTP server (aiosmtpd) and an HTTP
receiver that records JSON POSTs."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from email import message_from_bytes
from email.message import EmailMessage as ParsedEmail
from email.policy import default as default_policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from conftest import PASSWORD, free_port


class Mailbox:
    def __init__(self) -> None:
        self.envelopes: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def messages(self) -> list[tuple[list[str], ParsedEmail]]:
        return [
            (list(env.rcpt_tos), message_from_bytes(env.content, policy=default_policy))
            for env in self.envelopes
        ]


class SmtpServer:
    def __init__(self, port: int) -> None:
        self.port = port
        self.mailbox = Mailbox()
        self._controller: Controller | None = None

    def start(self) -> None:
        self._controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer(free_port())
    server.start()
    yield server
    server.stop()


class Receiver:
    """An HTTP server that records JSON POSTs and answers with `status` / `reply`."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.status = 200
        self.reply: bytes = b'{"errcode": 0, "errmsg": "ok"}'
        self.url = ""


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            state.requests.append(
                {"path": self.path, "headers": dict(self.headers), "json": json.loads(body)}
            )
            self.send_response(state.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(state.reply)))
            self.end_headers()
            self.wfile.write(state.reply)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def people_world(db: None) -> Iterator[dict[str, Any]]:
    """The `it` tenant with the ticket samples and the seeded directory (everyone with an email),
    for the inbox and action-link tests: alice files, lead reviews, carol and dave
    are HR; everyone signs in with conftest.PASSWORD."""
    from django_tenants.utils import schema_context

    from core.access.models import User
    from engine.workflows.samples import SAMPLE_CHANNELS
    from engine.workflows.tests.factories import seed_samples
    from integrations.notifications.models import NotificationChannel

    with schema_context("it"):
        workflows = seed_samples()
        NotificationChannel.objects.filter(code__in=SAMPLE_CHANNELS).delete()
        for user in User.objects.all():
            user.email = f"{user.username}@example.com"
            user.set_password(PASSWORD)
            user.save(update_fields=["email", "password"])
        yield workflows
