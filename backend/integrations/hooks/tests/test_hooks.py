"""Hook participants against a real HTTP receiver on loopback (allow-listed for the tenant):
the signed call, moving on after a 2xx, retries then failure and the manual retry, the signed
callback of a waiting hook, handlers named by the hook, and the SSRF guard."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast

import pytest
from django.utils import timezone

from conftest import allow_private, error_of
from core.access.auth import Principal
from core.access.models import User
from engine.tickets import events
from engine.tickets import tasks as outbox
from engine.tickets.documents import parsed_document
from engine.tickets.models import FlowLog, OutboxEvent, Ticket, TicketHandler
from engine.tickets.services import ticket_close, ticket_create
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.models import Workflow
from engine.workflows.services import workflow_create, workflow_publish
from integrations.common import settings as settings_store
from integrations.common.signing import sign, verify
from integrations.hooks import tasks as hook_tasks
from integrations.hooks.models import HookCall

pytestmark = pytest.mark.django_db

# --- a receiving server --------------------------------------------------------------------------


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


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    receiver = Receiver()
    server = _Server(receiver)
    receiver.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield receiver
    server.shutdown()
    server.server_close()


# --- the world -----------------------------------------------------------------------------------


def _workflow(url: str, *, key: str = "ci", wait: bool = False, returns_handlers: bool = False) -> Workflow:
    document = {
        "serial_prefix": "HK",
        "fields": [
            {"key": "service", "label": "Service", "type": "string", "required": False},
            {"key": "build", "label": "Build", "type": "int", "required": False},
        ],
        "states": [
            {"key": "start", "name": "Start", "type": "start"},
            {
                "key": "ci",
                "name": "CI",
                "participant": {
                    "kind": "hook",
                    "hook": {"url": url, "wait": wait, "returns_handlers": returns_handlers},
                },
            },
            {"key": "done", "name": "Done", "type": "end"},
            {"key": "failed", "name": "Failed", "type": "end"},
        ],
        "transitions": [
            {"key": "submit", "name": "Submit", "source": "start", "target": "ci"},
            {"key": "ci_passed", "name": "CI passed", "source": "ci", "target": "done", "kind": "hook"},
            {
                "key": "ci_failed",
                "name": "CI failed",
                "source": "ci",
                "target": "failed",
                "kind": "hook",
                "attribute": "reject",
            },
            # For handlers named by the hook.
            {"key": "approve", "name": "Approve", "source": "ci", "target": "done"},
        ],
    }
    workflow = workflow_create(key=key, name=key, document=WorkflowDocument.model_validate(document))
    workflow_publish(workflow=workflow, actor=None)
    return workflow


def _as(username: str) -> Principal:
    return Principal(user=User.objects.get(username=username))


def _submit(workflow: Workflow) -> Ticket:
    """File a ticket into the hook state and fan its events out: returns it with its HookCall made."""
    ticket = ticket_create(
        workflow=workflow, principal=_as("alice"), values={"service": "api"}, transition="submit"
    )
    _process(ticket)
    return ticket


def _process(ticket: Ticket) -> None:
    pending = OutboxEvent.objects.filter(ticket=ticket, processed_at=None).order_by("pk")
    for event_id in pending.values_list("pk", flat=True):
        outbox.process_event.fn(event_id)


def _call(ticket: Ticket) -> HookCall:
    return HookCall.objects.get(ticket=ticket)


def _attempt(call: HookCall) -> HookCall:
    """Run the actor as the worker would once the (re)try falls due."""
    HookCall.objects.filter(pk=call.pk).update(next_attempt_at=None)
    hook_tasks.call_hook.fn(call.pk)
    call.refresh_from_db()
    return call


def _log(ticket: Ticket, action: str) -> list[FlowLog]:
    return list(FlowLog.objects.filter(ticket=ticket, action=action).order_by("pk"))


def _handlers(ticket: Ticket) -> list[str]:
    return sorted(TicketHandler.objects.filter(ticket=ticket).values_list("user__username", flat=True))


# --- wait: false ---------------------------------------------------------------------------------


def test_a_2xx_moves_the_ticket_along_the_hook_agree_transition(world, receiver):
    receiver.default = (200, {"fields": {"build": 42}})
    ticket = _submit(_workflow(receiver.url("/ci/check?x=1")))
    call = _call(ticket)
    assert (call.status, call.state_key, call.state_entry, call.attempts) == ("pending", "ci", 2, 0)
    ticket.refresh_from_db()
    assert (ticket.state_key, ticket.status, _handlers(ticket)) == ("ci", "in_progress", [])

    call = _attempt(call)
    assert (call.status, call.attempts, call.last_status_code, call.last_error) == ("succeeded", 1, 200, "")
    [seen] = receiver.seen
    assert seen.path == "/ci/check?x=1"
    assert seen.headers["x-loonflow-delivery"] == str(call.key)
    assert verify(settings_store.signing_secret(), seen.body, seen.headers["x-loonflow-signature"])
    ticket.refresh_from_db()
    assert seen.json == {
        "call": str(call.key),
        "event": "hook",
        "tenant": "it",
        "ticket": {
            "id": ticket.pk,
            "serial": ticket.serial,
            "title": ticket.title,
            "workflow": "ci",
            "state": "ci",
            "status": "in_progress",
            "values": {"service": "api"},
        },
        # Absolute (issue item 12): PUBLIC_URL_SCHEME (https in tests) + the primary domain.
        "callback_url": f"https://it.localhost/api/v1/tickets/{ticket.pk}/hook-callback",
    }
    assert (ticket.state_key, ticket.status) == ("done", "finished")
    assert ticket.values == {"service": "api", "build": 42}
    [moved] = _log(ticket, "hook")
    assert (moved.from_state, moved.to_state, moved.transition_key, moved.actor_id) == (
        "ci",
        "done",
        "ci_passed",
        None,
    )
    assert moved.changed_fields == {"build": 42}

    # The message arriving twice (or the event processed again) calls nobody twice.
    hook_tasks.call_hook.fn(call.pk)
    event = OutboxEvent.objects.get(ticket=ticket, event="state_entered", state_key="ci")
    hook_tasks.fan_out(event, parsed_document(ticket.version))
    assert len(receiver.seen) == 1
    assert HookCall.objects.filter(ticket=ticket).count() == 1


def test_failures_are_retried_then_fail_and_a_manual_retry_moves_it(world, receiver, login):
    admin, alice = login("it", "admin", admin=True), login("it", "bob")
    receiver.default = (503, b"busy")
    ticket = _submit(_workflow(receiver.url()))
    call = _call(ticket)
    retry = f"/api/v1/tickets/{ticket.pk}/retry-hook"
    nothing = admin.post(retry)
    assert nothing.status_code == 409
    assert error_of(nothing)["code"] == "nothing_to_retry"

    delays = []
    for attempt in range(1, hook_tasks.MAX_ATTEMPTS):
        started = timezone.now()
        call = _attempt(call)
        assert (call.status, call.attempts, call.last_status_code) == ("pending", attempt, 503)
        assert call.last_error == "HTTP 503"
        assert call.response_excerpt == "busy"
        assert call.next_attempt_at is not None
        delays.append(call.next_attempt_at - started)
    assert delays == sorted(delays)
    assert delays[0] >= timedelta(seconds=10)
    assert delays[-1] >= 4 * delays[0] - timedelta(seconds=1)
    assert not _log(ticket, "hook_failed")

    call = _attempt(call)
    assert (call.status, call.attempts, call.next_attempt_at) == ("failed", hook_tasks.MAX_ATTEMPTS, None)
    assert call.finished_at is not None
    assert len(receiver.seen) == hook_tasks.MAX_ATTEMPTS
    assert {seen.headers["x-loonflow-delivery"] for seen in receiver.seen} == {str(call.key)}
    [note] = _log(ticket, "hook_failed")
    assert "failed 5 times" in note.comment
    assert "HTTP 503" in note.comment
    ticket.refresh_from_db()
    assert ticket.state_key == "ci"
    hook_tasks.call_hook.fn(call.pk)  # a failed call is not retried by a stray message
    assert len(receiver.seen) == hook_tasks.MAX_ATTEMPTS

    denied = alice.post(retry)
    assert denied.status_code == 403
    error_of(denied)
    retried = admin.post(retry)
    assert retried.status_code == 200, retried.content
    assert retried.json() == {"hook_calls": [call.pk], "script_runs": []}
    call.refresh_from_db()
    assert (call.status, call.attempts) == ("pending", 0)
    assert _log(ticket, "retry")[0].actor is not None

    receiver.default = (200, b"OK")  # healthy again (and not JSON: no fields)
    call = _attempt(call)
    assert call.status == "succeeded"
    ticket.refresh_from_db()
    assert (ticket.state_key, ticket.status) == ("done", "finished")
    closed = admin.post(retry)
    assert closed.status_code == 409
    assert error_of(closed)["code"] == "ticket_closed"
    assert admin.post("/api/v1/tickets/999999/retry-hook").status_code == 404


def test_a_loopback_hook_without_the_allow_list_fails_without_any_request(world, receiver):
    allow_private("it", [])
    ticket = _submit(_workflow(receiver.url()))
    call = _attempt(_call(ticket))
    assert (call.status, call.attempts, call.last_status_code) == ("failed", 1, None)
    assert call.last_error.startswith("Refused (private_address)")
    assert receiver.seen == []
    [note] = _log(ticket, "hook_failed")
    assert "refused" in note.comment
    ticket.refresh_from_db()
    assert ticket.state_key == "ci"


def test_a_call_for_a_visit_that_is_over_does_nothing(world, receiver):
    ticket = _submit(_workflow(receiver.url()))
    ticket_close(ticket_id=ticket.pk, principal=_as("root"))
    call = _attempt(_call(ticket))
    assert (call.status, call.last_error) == ("succeeded", "stale")
    assert receiver.seen == []


def test_an_unusable_answer_fails_the_call_with_a_note(world, receiver):
    receiver.default = (200, {"fields": {"build": "not a number"}})
    ticket = _submit(_workflow(receiver.url()))
    call = _attempt(_call(ticket))
    assert call.status == "failed"
    assert "build" in call.last_error
    [note] = _log(ticket, "hook_failed")
    assert "not applied" in note.comment
    ticket.refresh_from_db()
    assert (ticket.state_key, ticket.values) == ("ci", {"service": "api"})


# --- wait: true ------------------------------------------------------------------------------------


def _signed(client: Any, ticket_id: int, body: dict[str, Any] | bytes, *, secret: str | None = None) -> Any:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    signature = sign(secret or settings_store.signing_secret(), raw)
    return client.post(
        f"/api/v1/tickets/{ticket_id}/hook-callback",
        raw,
        content_type="application/json",
        HTTP_X_LOONFLOW_SIGNATURE=signature,
    )


def test_a_waiting_hook_is_answered_by_its_signed_callback(world, receiver, client_for):
    ticket = _submit(_workflow(receiver.url(), wait=True))
    call = _attempt(_call(ticket))
    assert call.status == "waiting"
    assert call.finished_at is None
    ticket.refresh_from_db()
    assert ticket.state_key == "ci"
    anonymous = client_for("it")
    answer = {"call": str(call.key), "decision": "agree", "fields": {"build": 7}, "comment": "green"}
    raw = json.dumps(answer).encode()

    forged = _signed(anonymous, ticket.pk, raw, secret="not-the-tenant-secret")
    assert forged.status_code == 401
    assert error_of(forged)["code"] == "invalid_signature"
    unsigned = anonymous.post(
        f"/api/v1/tickets/{ticket.pk}/hook-callback", raw, content_type="application/json"
    )
    assert unsigned.status_code == 401
    tampered = anonymous.post(
        f"/api/v1/tickets/{ticket.pk}/hook-callback",
        raw.replace(b"green", b"GREEN"),
        content_type="application/json",
        HTTP_X_LOONFLOW_SIGNATURE=sign(settings_store.signing_secret(), raw),
    )
    assert tampered.status_code == 401

    bad_field = _signed(anonymous, ticket.pk, {**answer, "fields": {"build": "seven"}})
    assert bad_field.status_code == 422
    assert error_of(bad_field)["code"] == "invalid_fields"
    bad_body = _signed(anonymous, ticket.pk, {**answer, "decision": "maybe"})
    assert bad_body.status_code == 422
    assert _signed(anonymous, ticket.pk, b"{nope").status_code == 400
    other_ticket = _signed(anonymous, ticket.pk + 1000, answer)
    assert other_ticket.status_code == 409
    assert error_of(other_ticket)["code"] == "hook_not_waiting"
    call.refresh_from_db()
    ticket.refresh_from_db()
    assert (call.status, ticket.state_key, ticket.values) == ("waiting", "ci", {"service": "api"})
    assert not _log(ticket, "hook")

    agreed = _signed(anonymous, ticket.pk, raw)
    assert agreed.status_code == 200, agreed.content
    assert (agreed.json()["state"], agreed.json()["status"]) == ("done", "finished")
    ticket.refresh_from_db()
    assert ticket.values == {"service": "api", "build": 7}
    [moved] = _log(ticket, "hook")
    assert (moved.transition_key, moved.comment, moved.changed_fields) == ("ci_passed", "green", {"build": 7})
    call.refresh_from_db()
    assert call.status == "succeeded"

    replay = _signed(anonymous, ticket.pk, raw)
    assert replay.status_code == 409
    assert error_of(replay)["code"] == "hook_not_waiting"
    assert len(_log(ticket, "hook")) == 1


def test_a_waiting_hook_can_reject_and_a_stale_answer_changes_nothing(world, receiver, client_for):
    workflow = _workflow(receiver.url(), wait=True)
    rejected, closed = _submit(workflow), _submit(workflow)
    anonymous = client_for("it")
    call = _attempt(_call(rejected))
    response = _signed(anonymous, rejected.pk, {"call": str(call.key), "decision": "reject"})
    assert response.status_code == 200, response.content
    assert response.json()["state"] == "failed"

    call = _attempt(_call(closed))
    ticket_close(ticket_id=closed.pk, principal=_as("root"))
    stale = _signed(anonymous, closed.pk, {"call": str(call.key), "decision": "agree"})
    assert stale.status_code == 409
    assert error_of(stale)["code"] == "hook_stale"
    call.refresh_from_db()
    assert (call.status, call.last_error) == ("succeeded", "stale")


# --- returns_handlers ----------------------------------------------------------------------------


def test_a_hook_that_returns_handlers_assigns_them(world, receiver):
    receiver.answers = [
        (200, {"handlers": ["lead", "carol", "lead"]}),
        (200, {"handlers": ["lead", "nobody"]}),
    ]
    workflow = _workflow(receiver.url(), returns_handlers=True)
    ticket, unknown = _submit(workflow), _submit(workflow)

    call = _attempt(_call(ticket))
    assert call.status == "succeeded"
    assert _handlers(ticket) == ["carol", "lead"]
    [named] = _log(ticket, "hook")
    assert named.changed_fields == {"handlers": ["carol", "lead"]}
    ticket.refresh_from_db()
    assert ticket.state_key == "ci"

    call = _attempt(_call(unknown))
    assert call.status == "failed"
    assert "nobody" in call.last_error
    assert _handlers(unknown) == []
    assert _log(unknown, "hook_failed")


def test_an_oversized_callback_is_refused_before_anything_else(world, client_for):
    response = client_for("it").post(
        "/api/v1/tickets/1/hook-callback",
        b"{" + b" " * (3 * 1024 * 1024) + b"}",
        content_type="application/json",
    )
    assert response.status_code == 413
    assert error_of(response)["code"] == "payload_too_large"


# --- the sweep -----------------------------------------------------------------------------------


def test_the_sweep_resends_lost_and_stalled_calls_but_not_waiting_ones(world, receiver, monkeypatch):
    sent: list[int] = []
    monkeypatch.setattr(hook_tasks.call_hook, "send", lambda call_id: sent.append(call_id))
    workflow = _workflow(receiver.url(), wait=True)
    lost, stalled, waiting = (_call(_submit(workflow)) for _ in range(3))
    _attempt(waiting)
    now = timezone.now()
    HookCall.objects.filter(pk=stalled.pk).update(
        status="running", next_attempt_at=now - timedelta(seconds=1)
    )
    assert hook_tasks.sweep_hook_calls(now=now) == 1  # the lost one is too young yet
    later = now + timedelta(minutes=5)
    # The lost one, and the stalled one again: its re-sent message was never taken either.
    assert hook_tasks.sweep_hook_calls(now=later) == 2
    assert sent == [stalled.pk, *sorted([stalled.pk, lost.pk])]
    assert hook_tasks.sweep_hook_calls(now=later) == 0  # not again within the grace period
    assert set(HookCall.objects.filter(pk__in=sent).values_list("status", flat=True)) == {"pending"}
    waiting.refresh_from_db()
    assert waiting.status == "waiting"
    assert any(
        s.name == "hook_calls" and s.sweep is hook_tasks.sweep_hook_calls for s in events.subscribers()
    )


def test_callback_url_is_absolute_with_the_deployments_scheme_and_port(world, settings):
    """Regression (issue item 12): callback_url was relative; `make run` serves http on 8000."""
    settings.PUBLIC_URL_SCHEME, settings.PUBLIC_PORT = "http", 8000
    assert hook_tasks.callback_url(7) == "http://it.localhost:8000/api/v1/tickets/7/hook-callback"
    settings.PUBLIC_URL_SCHEME, settings.PUBLIC_PORT = "https", 443  # the default port is left out
    assert hook_tasks.callback_url(7) == "https://it.localhost/api/v1/tickets/7/hook-callback"
