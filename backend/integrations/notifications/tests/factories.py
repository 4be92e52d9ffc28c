"""Builders of the notifications tests: channels (through the services or the API), the leave
sample with other rules, tickets' events processed into notifications, and sending them; a
server that accepts connections and never answers."""

from __future__ import annotations

import re
import socket
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from conftest import free_port
from engine.calendars.selectors import calendar_row
from engine.tickets.models import OutboxEvent, Ticket
from engine.tickets.services import ticket_create
from engine.tickets.tasks import process_event
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.models import Workflow
from engine.workflows.samples import leave_request
from engine.workflows.tests.factories import user_principal
from integrations.notifications.models import Notification, NotificationChannel
from integrations.notifications.services import channel_create
from integrations.notifications.tasks import deliver
from integrations.tests.factories import published

# An action link line of a "your turn" message: `<transition name>: <base>/act/<token>`.
LINK_LINE = re.compile(r"^(?P<name>[^:\n]+): (?P<url>https?://[^/\s]+/act/[A-Za-z0-9_-]{32}\.[0-9a-f]{64})$")


def split_links(text: str) -> tuple[str, list[tuple[str, str]]]:
    """A message's text without its trailing action-link lines, and those links (name, url)."""
    lines = text.strip().splitlines()
    links: list[tuple[str, str]] = []
    while lines and (match := LINK_LINE.match(lines[-1])):
        links.insert(0, (match["name"], match["url"]))
        lines.pop()
    return "\n".join(lines).strip(), links


PENDING, SUCCEEDED, FAILED = "pending", "succeeded", "failed"
CHANNELS = "/api/v1/notification-channels"
EMAIL_CONFIG = {"host": "smtp.example.com", "port": 2525, "from_email": "loonflow@example.com", "timeout": 5}


def email_channel(port: int, code: str = "email", **fields: Any) -> NotificationChannel:
    """An email channel to a server on loopback `port` (made through the services)."""
    config = {"host": "127.0.0.1", "port": port, "from_email": "loonflow@example.com", "timeout": 5}
    return channel_create(code=code, name="Mail", kind="email", config=config, **fields)


def post_json(client: Any, path: str, body: Any) -> Any:
    return client.post(path, body, content_type="application/json")


def patch_json(client: Any, path: str, body: Any) -> Any:
    return client.patch(path, body, content_type="application/json")


def api_channel(
    client: Any, kind: str, config: dict[str, Any], *, code: str | None = None, **fields: Any
) -> dict[str, Any]:
    """A channel made through the API (a fresh code unless given): its JSON."""
    body = {"code": code or f"c{free_port()}", "name": "C", "kind": kind, "config": config, **fields}
    response = post_json(client, CHANNELS, body)
    assert response.status_code == 201, response.content
    return response.json()


def leave_with(rules: list[dict[str, Any]], *, returns: bool = False) -> Workflow:
    """The leave sample with other notification rules (and, with `returns`, a leader's reject
    that goes back to the draft), published."""
    data = leave_request("it")
    transitions = [
        {**t, "target": "draft"} if returns and t["key"] == "lead_reject" else t
        for t in data["document"]["transitions"]
    ]
    document = WorkflowDocument.model_validate(
        {**data["document"], "notifications": rules, "transitions": transitions}
    )
    return published("leave-custom", document, name="Custom leave")


def events_of(ticket: Ticket, *names: str) -> list[OutboxEvent]:
    rows = OutboxEvent.objects.filter(ticket=ticket).order_by("pk")
    return [row for row in rows if not names or row.event in names]


def process(ticket: Ticket, capture: Callable[..., Any]) -> list[Notification]:
    """Fan out every unprocessed event of the ticket; returns the notifications created."""
    before = set(Notification.objects.values_list("pk", flat=True))
    with capture(execute=False) as callbacks:
        for event in events_of(ticket):
            process_event.fn(event.pk)
    created = list(Notification.objects.exclude(pk__in=before).order_by("pk"))
    assert len(callbacks) == (1 if created else 0)  # one enqueue per event that made notifications
    return created


def send_all(rows: list[Notification]) -> list[str | None]:
    return [deliver(notification_id=row.pk) for row in rows]


def permission_ticket(world: dict[str, Workflow]) -> Ticket:
    """A ticket of a workflow without rules: the default notification carries the {url}."""
    values = {"system": "gitlab", "access_level": "write", "justification": "Need to push the release"}
    return ticket_create(
        workflow=world["it-permission"], principal=user_principal("alice"), values=values, transition="submit"
    )


class Silent:
    """Accepts connections and never says a word (a tarpit)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.accepted: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted.append(conn)

    def close(self) -> None:
        self.sock.close()
        for conn in self.accepted:
            conn.close()


def next_digest_morning() -> datetime:
    """The next 9:01 in the tenant's calendar time zone strictly after now (the digest hour has
    begun, and whatever was written just now is older): tomorrow's when today's has passed."""
    row = calendar_row()
    zone = ZoneInfo(row.time_zone if row is not None else settings.TIME_ZONE)
    local = timezone.now().astimezone(zone)
    morning = local.replace(hour=9, minute=1, second=0, microsecond=0)
    if morning <= local:
        morning = (morning + timedelta(days=1)).replace(hour=9, minute=1)
    return morning.astimezone(ZoneInfo("UTC"))
