"""Background work end to end: a real Dramatiq worker process and the scheduler process on the real
Redis and PostgreSQL, with real HTTP and SMTP receivers on loopback.

A throw-away tenant `bg` holds a release-like workflow: submit → a CI hook (the worker calls it and
moves the ticket on its 2xx) → review by the lead (notified by email) → a 2-second timer (fired by
the scheduler) → done (the creator is notified; a webhook sees every state entered). Then the
worker is SIGKILLed in the middle of a webhook delivery and the delivery completes after a restart;
and with Redis stopped, tickets keep moving and everything is delivered once it is back.

No `django_db` mark: the worker and scheduler only see committed rows, so the tenant is dropped
at the end instead.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings
from django.db import connection
from django_tenants.utils import schema_context

from conftest import free_port, test_database_url
from core.access.auth import Principal
from core.access.models import User
from core.directory.schemas import DirectorySyncIn
from core.directory.sync import directory_sync
from core.secrets import encrypt_secret
from engine.tickets.models import FlowLog, Ticket
from engine.tickets.services import ticket_close, ticket_create
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.services import workflow_create, workflow_publish
from integrations.common import settings as settings_store
from integrations.common.signing import verify
from integrations.notifications.models import NotificationChannel
from integrations.webhooks.models import Webhook, WebhookDelivery

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
WEBHOOK_SECRET = "whsec-e2e"


# ---- receivers ------------------------------------------------------------------------------------


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class HttpReceiver:
    """Records every POST; `slow_once` paths hold their first request for a few seconds."""

    seen: list[Seen] = field(default_factory=list)
    slow_once: dict[str, float] = field(default_factory=dict)
    port: int = 0

    def requests(self, path: str) -> list[Seen]:
        return [item for item in list(self.seen) if item.path == path]


def _start_http(receiver: HttpReceiver) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            receiver.seen.append(Seen(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
            delay = receiver.slow_once.pop(self.path, 0)
            if delay:
                time.sleep(delay)
            answer = b'{"ok": true}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    receiver.port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class Mailbox:
    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope)
        return "250 OK"

    def to(self, address: str) -> list[Any]:
        return [m for m in list(self.messages) if address in m.rcpt_tos]


# ---- processes ------------------------------------------------------------------------------------


def _env() -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": test_database_url(),
        "REDIS_URL": settings.REDIS_URL,
        # Short timings so lost work is noticed within seconds, not minutes.
        "OUTBOX_RESEND_AFTER_SECONDS": "2",
        "JOB_LEASE_SECONDS": "3",
        "JOB_RESEND_AFTER_SECONDS": "2",
        "LOG_LEVEL": "WARNING",
    }


class Processes:
    def __init__(self) -> None:
        self.worker: subprocess.Popen[bytes] | None = None
        self.scheduler: subprocess.Popen[bytes] | None = None

    def start_worker(self) -> None:
        self.worker = subprocess.Popen(
            [str(BIN / "dramatiq"), "config.worker", "--processes", "1", "--threads", "2"],
            cwd=ROOT / "backend",
            env=_env(),
            start_new_session=True,  # SIGKILL reaches the whole process group
        )

    def kill_worker(self) -> None:
        assert self.worker is not None
        os.killpg(self.worker.pid, signal.SIGKILL)
        self.worker.wait(timeout=10)

    def start_scheduler(self) -> None:
        self.scheduler = subprocess.Popen(
            [sys.executable, "manage.py", "run_scheduler", "--interval", "0.3"],
            cwd=ROOT / "backend",
            env=_env(),
            start_new_session=True,
        )

    def stop(self) -> None:
        for proc in (self.worker, self.scheduler):
            if proc is not None and proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in (self.worker, self.scheduler):
            if proc is not None:
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)


def _wait(what: str, check: Callable[[], Any], seconds: float = 40) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


# ---- the tenant -----------------------------------------------------------------------------------


def _document(receiver_port: int) -> WorkflowDocument:
    return WorkflowDocument.model_validate(
        {
            "serial_prefix": "REL",
            "title_template": "Release {service}",
            "fields": [{"key": "service", "label": "Service", "type": "string"}],
            "states": [
                {"key": "draft", "name": "Draft", "type": "start"},
                {
                    "key": "ci",
                    "name": "CI check",
                    "participant": {"kind": "hook", "hook": {"url": f"http://127.0.0.1:{receiver_port}/ci"}},
                },
                {"key": "review", "name": "Review", "participant": {"kind": "users", "users": ["lead"]}},
                {"key": "done", "name": "Done", "type": "end"},
            ],
            "transitions": [
                {"key": "submit", "name": "Submit", "source": "draft", "target": "ci"},
                {"key": "ci_passed", "name": "CI passed", "source": "ci", "target": "review", "kind": "hook"},
                {"key": "approve", "name": "Approve", "source": "review", "target": "done"},
                {
                    "key": "auto_release",
                    "name": "Release when nobody objects",
                    "source": "review",
                    "target": "done",
                    "kind": "timer",
                    "timer_seconds": 2,
                },
            ],
        }
    )


@dataclass
class World:
    receiver: HttpReceiver
    mailbox: Mailbox
    processes: Processes
    workflow: Any


@pytest.fixture(scope="module")
def world(django_db_setup: None, django_db_blocker: Any) -> Iterator[World]:
    from tenants.models import Tenant
    from tenants.services import tenant_create, tenant_delete, tenant_update

    receiver = HttpReceiver()
    http = _start_http(receiver)
    mailbox = Mailbox()
    smtp = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    smtp.start()
    processes = Processes()
    with django_db_blocker.unblock():
        old = Tenant.objects.filter(schema_name="bg").first()
        if old is not None:
            tenant_delete(tenant=old)
        tenant = tenant_create(key="bg", name="Background")
        # Loopback receivers: opened the way the platform admin opens a private range for a tenant.
        tenant_update(tenant=tenant, changes={"outbound_private_ranges": ["127.0.0.1/32"]})
        try:
            with schema_context("bg"):
                directory_sync(
                    payload=DirectorySyncIn.model_validate(
                        {
                            "departments": [{"code": "ops", "name": "Ops", "leader": "lead"}],
                            "users": [
                                {"username": "lead", "email": "lead@example.com", "departments": ["ops"]},
                                {"username": "alice", "email": "alice@example.com", "departments": ["ops"]},
                            ],
                        }
                    ),
                    actor="test",
                )
                User.objects.create(username="root", is_tenant_admin=True, email="root@example.com")
                NotificationChannel.objects.create(
                    code="mail",
                    name="Mail",
                    kind="email",
                    config={"host": "127.0.0.1", "port": smtp.port, "from_email": "loonflow@example.com"},
                    is_default=True,
                )
                Webhook.objects.create(
                    name="audit",
                    url=f"http://127.0.0.1:{receiver.port}/audit",
                    events=["state_entered", "finished", "closed"],
                    secret_encrypted=encrypt_secret(WEBHOOK_SECRET),
                )
                workflow = workflow_create(key="release", name="Release", document=_document(receiver.port))
                workflow_publish(workflow=workflow, actor=None)
            connection.close()
            processes.start_worker()
            processes.start_scheduler()
            yield World(receiver=receiver, mailbox=mailbox, processes=processes, workflow=workflow)
        finally:
            processes.stop()
            smtp.stop()
            http.shutdown()
            tenant = Tenant.objects.filter(schema_name="bg").first()
            if tenant is not None:
                tenant_delete(tenant=tenant)


def _as(username: str) -> Principal:
    return Principal(user=User.objects.get(username=username))


def _ticket(pk: int) -> Ticket:
    with schema_context("bg"):
        return Ticket.objects.get(pk=pk)


def _actions(pk: int) -> list[str]:
    with schema_context("bg"):
        return list(FlowLog.objects.filter(ticket_id=pk).order_by("id").values_list("action", flat=True))


# ---- the flows ------------------------------------------------------------------------------------


def test_the_release_flow_runs_by_itself_through_hook_timer_and_notifications(world: World) -> None:
    with schema_context("bg"):
        ticket = ticket_create(
            workflow=world.workflow, principal=_as("alice"), values={"service": "api"}, transition="submit"
        )
    # The worker calls the CI hook; its 2xx moves the ticket on to review.
    _wait("the CI hook call", lambda: world.receiver.requests("/ci"))
    call = world.receiver.requests("/ci")[0]
    with schema_context("bg"):
        secret = settings_store.signing_secret()
    assert verify(secret, call.body, call.headers["x-loonflow-signature"])
    assert json.loads(call.body)["ticket"]["id"] == ticket.pk
    # The lead hears about it by email; two seconds later the scheduler's timer releases it.
    _wait("the lead's email", lambda: world.mailbox.to("lead@example.com"))
    _wait("the timer", lambda: _ticket(ticket.pk).status == "finished")
    assert _ticket(ticket.pk).state_key == "done"
    assert _actions(ticket.pk) == ["create", "transition", "hook", "timer"]
    _wait("the creator's email", lambda: world.mailbox.to("alice@example.com"))
    # The webhook saw every state entered and the finish, each signed with its own secret.
    wanted = {
        ("state_entered", "ci"),
        ("state_entered", "review"),
        ("state_entered", "done"),
        ("finished", "done"),
    }

    def audit_events() -> set[tuple[str, str]]:
        bodies = [json.loads(item.body) for item in world.receiver.requests("/audit")]
        return {(b["event"], b["ticket"]["state"]["key"]) for b in bodies if b["ticket"]["id"] == ticket.pk}

    _wait("the webhooks", lambda: wanted <= audit_events())
    for item in world.receiver.requests("/audit"):
        assert verify(WEBHOOK_SECRET, item.body, item.headers["x-loonflow-signature"])
    assert len(world.mailbox.to("lead@example.com")) == 1


def test_an_sla_warning_reaches_the_handler_once_before_the_breach(world: World) -> None:
    """The scheduler process fires the warning when it falls due; the worker fans it out to the
    lead's inbox and mailbox, once; the breach follows at the SLA's due time."""
    from integrations.inbox.models import InboxItem
    from integrations.webhooks.tests.factories import review_document

    sla = {"duration_seconds": 4, "warn_before_seconds": 3, "action": "remind"}
    with schema_context("bg"):
        document = review_document("SW", review={"sla": sla, "name": "Review"})
        workflow = workflow_create(key="warned", name="Warned", document=document)
        workflow_publish(workflow=workflow, actor=None)
        ticket = ticket_create(workflow=workflow, principal=_as("alice"), values={}, transition="submit")

    def warned() -> list[Any]:
        with schema_context("bg"):
            return list(
                InboxItem.objects.filter(
                    ticket_id=ticket.pk, kind="sla", due_at__isnull=False
                ).select_related("user")
            )

    [item] = _wait("the warning in the lead's inbox", warned)
    assert item.user.username == "lead"

    def due_soon() -> list[Any]:
        return [m for m in world.mailbox.to("lead@example.com") if b"Due soon" in m.content]

    _wait("the lead's due-soon email", due_soon)
    _wait("the breach", lambda: "sla_breached" in _actions(ticket.pk))
    assert _actions(ticket.pk).count("sla_warning") == 1
    assert len(due_soon()) == 1


def test_a_channel_test_is_sent_by_the_worker_and_reported_back(world: World) -> None:
    """The API only queues a channel test; the real worker sends it and records the outcome."""
    from integrations.notifications.channel_tests import TEST_SUBJECT, channel_test_start
    from integrations.notifications.models import ChannelTest

    with schema_context("bg"):
        channel = NotificationChannel.objects.get(code="mail")
        test = channel_test_start(
            channel=channel, recipients=[User.objects.get(username="root")], requested_by="root"
        )
        assert test.status == "pending"

    def finished() -> bool:
        with schema_context("bg"):
            return ChannelTest.objects.get(pk=test.pk).status == "succeeded"

    _wait("the channel test", finished)
    [envelope] = world.mailbox.to("root@example.com")
    assert f"Subject: {TEST_SUBJECT}".encode() in envelope.content


def test_a_delivery_cut_off_by_sigkill_completes_after_a_restart(world: World) -> None:
    world.receiver.slow_once["/closing"] = 6.0
    with schema_context("bg"):
        Webhook.objects.create(
            name="closing",
            url=f"http://127.0.0.1:{world.receiver.port}/closing",
            events=["closed"],
            secret_encrypted=encrypt_secret(WEBHOOK_SECRET),
        )
        ticket = ticket_create(
            workflow=world.workflow, principal=_as("alice"), values={"service": "db"}, transition="submit"
        )
        ticket_close(ticket_id=ticket.pk, principal=_as("root"), comment="Not this week.")
    _wait("the delivery to start", lambda: world.receiver.requests("/closing"))
    world.processes.kill_worker()  # mid-delivery: the receiver is still holding the request
    world.processes.start_worker()

    def delivered() -> bool:
        with schema_context("bg"):
            rows = list(WebhookDelivery.objects.filter(ticket_id=ticket.pk, url__endswith="/closing"))
        return len(rows) == 1 and rows[0].status == "succeeded"

    _wait("the delivery to complete after the restart", delivered)
    keys = {item.headers["x-loonflow-delivery"] for item in world.receiver.requests("/closing")}
    assert len(world.receiver.requests("/closing")) >= 2  # the cut-off attempt and the one that landed
    assert len(keys) == 1  # the same idempotency key: one delivery in effect


def test_with_redis_down_tickets_move_and_everything_arrives_once_it_is_back(world: World) -> None:
    from tools.stack import Redis, profile_behind

    profile = profile_behind(settings.REDIS_URL)
    embedded = Redis(profile) if profile else None
    if embedded is None or not embedded.serves(settings.REDIS_URL):
        pytest.skip("needs this checkout's embedded test Redis (REDIS_URL points elsewhere)")
    from core.redis import get_redis

    get_redis().shutdown(nosave=True)
    try:
        with schema_context("bg"):
            ticket = ticket_create(
                workflow=world.workflow,
                principal=_as("alice"),
                values={"service": "web"},
                transition="submit",
            )
        assert _ticket(ticket.pk).state_key == "ci"  # the change committed without the broker
    finally:
        embedded.start()
    _wait("the hook after Redis came back", lambda: _ticket(ticket.pk).state_key in {"review", "done"}, 60)
    _wait("the finish", lambda: _ticket(ticket.pk).status == "finished", 60)
    time.sleep(1.5)  # a late duplicate would show up by now
    calls = [c for c in world.receiver.requests("/ci") if json.loads(c.body)["ticket"]["id"] == ticket.pk]
    assert len(calls) == 1
    serial = _ticket(ticket.pk).serial
    lead_mails = [m for m in world.mailbox.to("lead@example.com") if serial.encode() in m.content]
    assert len(lead_mails) == 1
    assert _actions(ticket.pk) == ["create", "transition", "hook", "timer"]
