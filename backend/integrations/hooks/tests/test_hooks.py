"""Hook participants against a real HTTP receiver on loopback (allow-listed for the tenant):
the signed call, moving on after a 2xx, retries then failure and the manual retry, the signed
callback of a waiting hook, handlers named by the hook, and the SSRF guard."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from conftest import allow_private, error_of
from core.tests.factories import assert_error
from engine.tickets import events
from engine.tickets.documents import parsed_document
from engine.tickets.models import OutboxEvent
from engine.tickets.services import ticket_close
from engine.workflows.tests.factories import user_principal
from integrations.common import settings as settings_store
from integrations.common.signing import sign, verify
from integrations.hooks import tasks as hook_tasks
from integrations.hooks.models import HookCall
from integrations.hooks.tests.factories import (
    attempt,
    call_of,
    handlers,
    hook_workflow,
    signed_callback,
    submit,
)
from integrations.tests.factories import flow_log

pytestmark = pytest.mark.django_db

# --- wait: false ---------------------------------------------------------------------------------


def test_a_2xx_moves_the_ticket_along_the_hook_agree_transition(world, receiver):
    receiver.default = (200, {"fields": {"build": 42}})
    ticket = submit(hook_workflow(receiver.url("/ci/check?x=1")))
    call = call_of(ticket)
    assert (call.status, call.state_key, call.state_entry, call.attempts) == ("pending", "ci", 2, 0)
    ticket.refresh_from_db()
    assert (ticket.state_key, ticket.status, handlers(ticket)) == ("ci", "in_progress", [])

    call = attempt(call)
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
            "branch": None,
            "status": "in_progress",
            "values": {"service": "api"},
        },
        # Absolute (issue item 12): PUBLIC_URL_SCHEME (https in tests) + the primary domain.
        "callback_url": f"https://it.localhost/api/v1/tickets/{ticket.pk}/hook-callback",
    }
    assert (ticket.state_key, ticket.status) == ("done", "finished")
    assert ticket.values == {"service": "api", "build": 42}
    [moved] = flow_log(ticket, "hook")
    assert (moved.from_state, moved.to_state, moved.transition_key, moved.actor_id) == (
        "ci",
        "done",
        "ci_passed",
        None,
    )
    assert moved.changed_fields == {"build": 42}
    assert moved.field_changes == [{"field": "build", "old": None, "new": 42}]

    # The message arriving twice (or the event processed again) calls nobody twice.
    hook_tasks.call_hook.fn(call.pk)
    event = OutboxEvent.objects.get(ticket=ticket, event="state_entered", state_key="ci")
    hook_tasks.fan_out(event, parsed_document(ticket.version))
    assert len(receiver.seen) == 1
    assert HookCall.objects.filter(ticket=ticket).count() == 1


def _retry(client, ticket):
    return client.post(f"/api/v1/tickets/{ticket.pk}/retry-hook")


def _given_up(call: HookCall) -> HookCall:
    for _ in range(hook_tasks.MAX_ATTEMPTS):
        call = attempt(call)
    return call


def test_there_is_nothing_to_retry_before_a_call_failed(busy, login):
    assert_error(_retry(login("it", "admin", admin=True), busy), 409, "nothing_to_retry")


def test_failures_are_retried_later_and_later(busy):
    call = call_of(busy)
    delays = []
    for number in range(1, hook_tasks.MAX_ATTEMPTS):
        started = timezone.now()
        call = attempt(call)
        assert (call.status, call.attempts, call.last_status_code) == ("pending", number, 503)
        assert (call.last_error, call.response_excerpt) == ("HTTP 503", "busy")
        assert call.next_attempt_at is not None
        delays.append(call.next_attempt_at - started)
    assert delays == sorted(delays)
    assert delays[0] >= timedelta(seconds=10)
    assert delays[-1] >= 4 * delays[0] - timedelta(seconds=1)
    assert not flow_log(busy, "hook_failed")


def test_the_last_failure_fails_the_call_with_a_note(busy, receiver):
    call = _given_up(call_of(busy))
    assert (call.status, call.attempts, call.next_attempt_at) == ("failed", hook_tasks.MAX_ATTEMPTS, None)
    assert call.finished_at is not None
    assert len(receiver.seen) == hook_tasks.MAX_ATTEMPTS
    assert {seen.headers["x-loonflow-delivery"] for seen in receiver.seen} == {str(call.key)}
    [note] = flow_log(busy, "hook_failed")
    assert "failed 5 times" in note.comment
    assert "HTTP 503" in note.comment
    busy.refresh_from_db()
    assert busy.state_key == "ci"
    hook_tasks.call_hook.fn(call.pk)  # a failed call is not retried by a stray message
    assert len(receiver.seen) == hook_tasks.MAX_ATTEMPTS


def test_a_manual_retry_by_an_admin_moves_it_on(busy, receiver, login):
    admin, bob = login("it", "admin", admin=True), login("it", "bob")
    call = _given_up(call_of(busy))
    denied = _retry(bob, busy)
    assert denied.status_code == 403
    error_of(denied)
    retried = _retry(admin, busy)
    assert retried.status_code == 200, retried.content
    assert retried.json() == {"hook_calls": [call.pk], "script_runs": []}
    call.refresh_from_db()
    assert (call.status, call.attempts) == ("pending", 0)
    assert flow_log(busy, "retry")[0].actor is not None

    receiver.default = (200, b"OK")  # healthy again (and not JSON: no fields)
    call = attempt(call)
    assert call.status == "succeeded"
    busy.refresh_from_db()
    assert (busy.state_key, busy.status) == ("done", "finished")
    assert_error(_retry(admin, busy), 409, "ticket_closed")
    assert admin.post("/api/v1/tickets/999999/retry-hook").status_code == 404


def test_a_loopback_hook_without_the_allow_list_fails_without_any_request(world, receiver):
    allow_private("it", [])
    ticket = submit(hook_workflow(receiver.url()))
    call = attempt(call_of(ticket))
    assert (call.status, call.attempts, call.last_status_code) == ("failed", 1, None)
    assert call.last_error.startswith("Refused (private_address)")
    assert receiver.seen == []
    [note] = flow_log(ticket, "hook_failed")
    assert "refused" in note.comment
    ticket.refresh_from_db()
    assert ticket.state_key == "ci"


def test_a_call_for_a_visit_that_is_over_does_nothing(world, receiver):
    ticket = submit(hook_workflow(receiver.url()))
    ticket_close(ticket_id=ticket.pk, principal=user_principal("root"))
    call = attempt(call_of(ticket))
    assert (call.status, call.last_error) == ("succeeded", "stale")
    assert receiver.seen == []


def test_an_unusable_answer_fails_the_call_with_a_note(world, receiver):
    receiver.default = (200, {"fields": {"build": "not a number"}})
    ticket = submit(hook_workflow(receiver.url()))
    call = attempt(call_of(ticket))
    assert call.status == "failed"
    assert "build" in call.last_error
    [note] = flow_log(ticket, "hook_failed")
    assert "not applied" in note.comment
    ticket.refresh_from_db()
    assert (ticket.state_key, ticket.values) == ("ci", {"service": "api"})


# --- wait: true ------------------------------------------------------------------------------------


def test_a_waiting_hook_leaves_the_ticket_where_it_is(waiting):
    ticket, call, _ = waiting
    assert call.status == "waiting"
    assert call.finished_at is None
    ticket.refresh_from_db()
    assert ticket.state_key == "ci"


def test_a_callback_that_is_not_signed_right_or_not_valid_changes_nothing(waiting, client_for):
    ticket, call, answer = waiting
    anonymous = client_for("it")
    raw = json.dumps(answer).encode()
    forged = signed_callback(anonymous, ticket.pk, raw, secret="not-the-tenant-secret")
    assert_error(forged, 401, "invalid_signature")
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

    bad_field = signed_callback(anonymous, ticket.pk, {**answer, "fields": {"build": "seven"}})
    assert_error(bad_field, 422, "invalid_fields")
    bad_body = signed_callback(anonymous, ticket.pk, {**answer, "decision": "maybe"})
    assert bad_body.status_code == 422
    assert signed_callback(anonymous, ticket.pk, b"{nope").status_code == 400
    other_ticket = signed_callback(anonymous, ticket.pk + 1000, answer)
    assert_error(other_ticket, 409, "hook_not_waiting")
    call.refresh_from_db()
    ticket.refresh_from_db()
    assert (call.status, ticket.state_key, ticket.values) == ("waiting", "ci", {"service": "api"})
    assert not flow_log(ticket, "hook")


def test_a_waiting_hook_is_answered_once_by_its_signed_callback(waiting, client_for):
    ticket, call, answer = waiting
    anonymous = client_for("it")
    raw = json.dumps(answer).encode()
    agreed = signed_callback(anonymous, ticket.pk, raw)
    assert agreed.status_code == 200, agreed.content
    assert (agreed.json()["state"], agreed.json()["status"]) == ("done", "finished")
    ticket.refresh_from_db()
    assert ticket.values == {"service": "api", "build": 7}
    [moved] = flow_log(ticket, "hook")
    assert (moved.transition_key, moved.comment, moved.changed_fields) == ("ci_passed", "green", {"build": 7})
    call.refresh_from_db()
    assert call.status == "succeeded"

    replay = signed_callback(anonymous, ticket.pk, raw)
    assert_error(replay, 409, "hook_not_waiting")
    assert len(flow_log(ticket, "hook")) == 1


def test_a_waiting_hook_can_reject_and_a_stale_answer_changes_nothing(world, receiver, client_for):
    workflow = hook_workflow(receiver.url(), wait=True)
    rejected, closed = submit(workflow), submit(workflow)
    anonymous = client_for("it")
    call = attempt(call_of(rejected))
    response = signed_callback(anonymous, rejected.pk, {"call": str(call.key), "decision": "reject"})
    assert response.status_code == 200, response.content
    assert response.json()["state"] == "failed"

    call = attempt(call_of(closed))
    ticket_close(ticket_id=closed.pk, principal=user_principal("root"))
    stale = signed_callback(anonymous, closed.pk, {"call": str(call.key), "decision": "agree"})
    assert_error(stale, 409, "hook_stale")
    call.refresh_from_db()
    assert (call.status, call.last_error) == ("succeeded", "stale")


# --- returns_handlers ----------------------------------------------------------------------------


def test_a_hook_that_returns_handlers_assigns_them(world, receiver):
    receiver.answers = [
        (200, {"handlers": ["lead", "carol", "lead"]}),
        (200, {"handlers": ["lead", "nobody"]}),
    ]
    workflow = hook_workflow(receiver.url(), returns_handlers=True)
    ticket, unknown = submit(workflow), submit(workflow)

    call = attempt(call_of(ticket))
    assert call.status == "succeeded"
    assert handlers(ticket) == ["carol", "lead"]
    [named] = flow_log(ticket, "hook")
    assert named.changed_fields == {"handlers": ["carol", "lead"]}
    ticket.refresh_from_db()
    assert ticket.state_key == "ci"

    call = attempt(call_of(unknown))
    assert call.status == "failed"
    assert "nobody" in call.last_error
    assert handlers(unknown) == []
    assert flow_log(unknown, "hook_failed")


def test_an_oversized_callback_is_refused_before_anything_else(world, client_for):
    response = client_for("it").post(
        "/api/v1/tickets/1/hook-callback",
        b"{" + b" " * (3 * 1024 * 1024) + b"}",
        content_type="application/json",
    )
    assert_error(response, 413, "payload_too_large")


# --- the sweep -----------------------------------------------------------------------------------


def test_the_sweep_resends_lost_and_stalled_calls_but_not_waiting_ones(world, receiver, monkeypatch):
    sent: list[int] = []
    monkeypatch.setattr(hook_tasks.call_hook, "send", lambda call_id: sent.append(call_id))
    workflow = hook_workflow(receiver.url(), wait=True)
    lost, stalled, waiting = (call_of(submit(workflow)) for _ in range(3))
    attempt(waiting)
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
