"""Test data, doubles and builders of the webhook tests (the hooks and timers tests use some too):
the people synced into `it`, the private range the receiver needs, a receiving HTTP server on
loopback, the small draft → review → done workflow document, tickets and webhook deliveries."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast

from core.access.auth import Principal
from core.access.models import User
from core.directory.schemas import DirectorySyncIn
from core.directory.sync import directory_sync
from engine.tickets.documents import parsed_document
from engine.tickets.models import OutboxEvent, Ticket
from engine.tickets.services import ticket_create
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.models import Workflow
from integrations.tests.factories import document, published
from integrations.webhooks import services as webhook_services
from integrations.webhooks import tasks as webhook_tasks
from integrations.webhooks.models import Webhook, WebhookDelivery

LOOPBACK = ["127.0.0.1/32"]

DIRECTORY = {
    "departments": [{"code": "ops", "name": "Ops", "leader": "lead"}],
    "users": [
        {"username": "lead", "display_name": "Lea D.", "departments": ["ops"]},
        {"username": "alice", "display_name": "Alice", "departments": ["ops"]},
    ],
}


# ---- a receiving server ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Seen:
    path: str
    headers: dict[str, str]  # lower-case names
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Receiver:
    """Answers each POST with the next of `answers`, then with `default`; records what it got."""

    port: int = 0
    seen: list[Seen] = field(default_factory=list)
    answers: list[tuple[int, Any]] = field(default_factory=list)
    default: tuple[int, Any] = (200, {})

    def url(self, path: str = "/hook") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def next_answer(self) -> tuple[int, bytes]:
        status, body = self.answers.pop(0) if self.answers else self.default
        return status, body if isinstance(body, bytes) else json.dumps(body).encode()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, receiver: Receiver) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.receiver = receiver


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        receiver = cast(_Server, self.server).receiver
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {name.lower(): value for name, value in self.headers.items()}
        receiver.seen.append(Seen(self.path, headers, body))
        status, answer = receiver.next_answer()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serving(receiver: Receiver) -> Iterator[Receiver]:
    """Serve `receiver` on a free loopback port until the block ends."""
    server = _Server(receiver)
    receiver.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


# ---- a workflow -------------------------------------------------------------------------------------

NOTE = {"key": "note", "label": "Note", "type": "string", "required": False}


def review_document(
    prefix: str,
    *,
    review: dict[str, Any] | None = None,
    ends: tuple[str, ...] = (),
    transitions: tuple[dict[str, Any], ...] = (),
    **extra: Any,
) -> WorkflowDocument:
    """draft → review (by lead) → done, with an optional note; `review` adds to the review state,
    `ends` and `transitions` add end states and transitions, `extra` adds document keys."""
    working = {"key": "review", "name": "Review", "participant": {"kind": "users", "users": ["lead"]}}
    return document(
        prefix,
        fields=[NOTE],
        working={**working, **(review or {})},
        ends=("done", *ends),
        transitions=[
            {"key": "submit", "name": "Submit", "source": "draft", "target": "review"},
            {"key": "approve", "name": "Approve", "source": "review", "target": "done"},
            *transitions,
        ],
        **extra,
    )


# ---- the tenant's directory, workflows, tickets and webhooks ----------------------------------------


def sync_directory() -> None:
    """Sync DIRECTORY into the current schema."""
    directory_sync(payload=DirectorySyncIn.model_validate(DIRECTORY), actor="test")


def webhook_workflow(key: str, subscriptions: list[dict[str, Any]] | None = None) -> Workflow:
    """The review workflow, published, with the document's own webhook `subscriptions`."""
    return published(key, review_document("WH", webhooks=subscriptions or []), name=key.title())


def submit(workflow: Workflow) -> Ticket:
    alice = Principal(user=User.objects.get(username="alice"))
    return ticket_create(workflow=workflow, principal=alice, values={"note": "hi"}, transition="submit")


def outbox_event(ticket: Ticket, name: str) -> OutboxEvent:
    return OutboxEvent.objects.select_related("ticket__version").get(ticket=ticket, event=name)


def make_webhook(url: str, events: list[str], **fields: Any) -> tuple[Webhook, str]:
    return webhook_services.webhook_create(name=fields.pop("name", "hook"), url=url, events=events, **fields)


def one_delivery(receiver: Receiver, events: list[str] | None = None) -> tuple[WebhookDelivery, str]:
    """A ticket's `created` event fanned out to one configured webhook; (its delivery, the secret)."""
    workflow = webhook_workflow("leave")
    _, secret = make_webhook(receiver.url("/hook"), events or ["created"])
    ticket = submit(workflow)
    event = outbox_event(ticket, "created")
    webhook_tasks.fan_out(event, parsed_document(ticket.version))
    return WebhookDelivery.objects.get(event=event), secret


@dataclass
class Sent:
    """What would have gone to the broker."""

    now: list[int] = field(default_factory=list)
    delayed: list[tuple[int, int]] = field(default_factory=list)  # (delivery id, delay ms)


def seed_deliveries(receiver: Receiver) -> tuple[Webhook, Webhook, Ticket, list[WebhookDelivery]]:
    sync_directory()
    ticket = submit(webhook_workflow("leave"))
    first, _ = make_webhook(receiver.url("/a"), ["created"], name="a")
    second, _ = make_webhook(receiver.url("/b"), ["created"], name="b")
    rows = [
        WebhookDelivery(
            webhook=first if number % 2 else second,
            ticket=ticket if number < 3 else None,
            event_name="created",
            url=receiver.url(f"/{number}"),
            payload={"n": number},
            status="failed" if number == 4 else "pending",
        )
        for number in range(7)
    ]
    WebhookDelivery.objects.bulk_create(rows)
    return first, second, ticket, list(WebhookDelivery.objects.order_by("-pk"))
