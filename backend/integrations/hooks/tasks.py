"""Hook calls: entering a state whose participant is a hook POSTs the ticket to the hook's URL
(signed, with the call's key) and acts on the answer: a transition with the returned fields, new
handlers, or (`wait`) nothing until the signed callback. A failed call is retried with backoff; a
call whose ticket left the visit meanwhile ends as STALE. The visit may be a branch's: the call is
for that branch's state, and only that branch moves on its answer."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from typing import Any
from urllib.parse import urlsplit

from django.db import transaction
from django.utils import timezone

from core.stored_text import StoredText
from core.tenancy import current_schema
from engine.tickets.models import OutboxEvent, Ticket
from engine.tickets.runtime.background import (
    Place,
    ticket_background_failed,
    ticket_background_result,
    ticket_hook_handlers,
    visit_place,
)
from engine.workflows.definitions.schema import ParticipantKind, WorkflowDocument, WorkflowEvent
from integrations.common import jobs
from integrations.common.outbound import EXCERPT_CHARS, OutboundFailed, OutboundRefused, OutboundResponse
from integrations.common.outcomes import STALE, Outcome, applied, storable
from integrations.common.payloads import json_body, post_signed, ticket_json
from integrations.common.settings import signing_secret
from integrations.hooks.models import HookCall
from tenants.selectors import tenant_public_base_url

logger = logging.getLogger(__name__)

Status = jobs.Status

MAX_ATTEMPTS = 5

RETRY_BASE = timedelta(seconds=15)  # 15s, 30s, 1m, 2m between the five attempts

RETRY_MAX = timedelta(minutes=30)

RETRIES = jobs.Retries(MAX_ATTEMPTS, RETRY_BASE, RETRY_MAX)

CALL_TIMEOUT = 10.0  # the whole request, redirects included

CALL_TIME_LIMIT_MS = 60_000

# A RUNNING row whose lease ran out lost its worker (killed, time limit): the sweep resends it.
LEASE = timedelta(milliseconds=CALL_TIME_LIMIT_MS * 2)

MAX_HANDLERS = 500


def callback_path(ticket_id: int) -> str:
    return f"/api/v1/tickets/{ticket_id}/hook-callback"


def callback_url(ticket_id: int) -> str:
    """Absolute, on the tenant's public base URL: the hook's server cannot guess our host."""
    return tenant_public_base_url(schema_name=current_schema()) + callback_path(ticket_id)


def robot_name(url: str) -> str:
    """How the flow log names a hook that acted: `hook:<host>` (never the path or query, which may
    carry a token)."""
    try:
        host = urlsplit(url).hostname or "?"
    except ValueError:
        host = "?"
    return f"hook:{host}"[:100]


def fan_out(event: OutboxEvent, document: WorkflowDocument) -> None:
    """On entering a hook state: the visit's HookCall (once), enqueued after the commit."""
    if event.event != WorkflowEvent.STATE_ENTERED:
        return
    state = document.state(event.state_key)
    if state is None or state.participant.kind != ParticipantKind.HOOK or state.participant.hook is None:
        return
    hook = state.participant.hook
    call, created = HookCall.objects.get_or_create(
        ticket_id=event.ticket_id,
        state_entry=event.state_entry,
        defaults={
            "event": event,
            "state_key": state.key,
            "url": hook.url,
            "wait": hook.wait,
            "returns_handlers": hook.returns_handlers,
        },
    )
    if created:
        transaction.on_commit(partial(enqueue, [call.pk]))


@jobs.actor(queue="hooks", time_limit_ms=CALL_TIME_LIMIT_MS)
def call_hook(call_id: int) -> None:
    hook_call_attempt(call_id=call_id)


enqueue = partial(jobs.send_rows, call_hook, what="hook call")


class BadAnswer(Exception):
    """The hook answered 2xx with something we cannot use."""


def hook_call_attempt(*, call_id: int) -> str | None:
    """Make one attempt of a PENDING call; returns its new status (None: nothing done now)."""
    call = jobs.claim(HookCall.objects.all(), call_id, now=timezone.now(), lease=LEASE)
    if call is None:
        return None
    ticket = Ticket.objects.select_related("workflow").get(pk=call.ticket_id)
    place = visit_place(ticket, call.state_entry)  # its own path's or a branch's visit
    if place is None:
        return _settle(call, lambda: Outcome(Status.SUCCEEDED, error=STALE))
    try:
        response = _post(call, ticket, place)
    except OutboundRefused as exc:
        message = StoredText("outbound.refused", {"code": exc.code, "reason": str(exc)})
        note = StoredText("hook.refused", {"url": call.url, "problem": str(exc)})
        return _settle(call, lambda: Outcome(Status.FAILED, error=message, note=note))
    except OutboundFailed as exc:
        return _settle(call, partial(_failure, call, StoredText("outbound.failed", {"reason": str(exc)})))
    except Exception as exc:  # a bug or the database: retry rather than leave the row RUNNING
        logger.exception("hook call %s failed unexpectedly", call.pk)
        unexpected = StoredText("outbound.unexpected", {"problem": str(exc)})
        return _settle(call, partial(_failure, call, unexpected))
    if not 200 <= response.status < 300:
        decide = partial(_failure, call, StoredText("outbound.http_status", {"status": response.status}))
    else:
        decide = partial(_on_success, call, response.body)
    return _settle(call, decide, response)


def request_body(call: HookCall, ticket: Ticket, place: Place) -> bytes:
    payload = {
        "call": str(call.key),
        "event": "hook",
        "tenant": current_schema(),
        "ticket": ticket_json(ticket, state_key=place.state_key, branch=place.branch),
        "callback_url": callback_url(ticket.pk),
    }
    return json_body(payload)


def _post(call: HookCall, ticket: Ticket, place: Place) -> OutboundResponse:
    body = request_body(call, ticket, place)
    return post_signed(call.url, body, secret=signing_secret(), key=str(call.key), timeout=CALL_TIMEOUT)


def _failure(call: HookCall, error: StoredText) -> Outcome:
    """A failed attempt: retried with backoff, or given up on after MAX_ATTEMPTS."""
    note = StoredText("hook.gave_up", {"url": call.url, "attempts": call.attempts, "error": error})
    return RETRIES.after_failure(call, error, what="hook call", note=note)


def _on_success(call: HookCall, body: bytes) -> Outcome:
    """Act on a 2xx answer (in the transaction that records it)."""
    if call.wait and not call.returns_handlers:
        return Outcome(Status.WAITING)
    try:
        apply = _answer(call, body)
    except BadAnswer as exc:
        note = StoredText("hook.unusable_answer", {"url": call.url, "problem": str(exc)})
        return Outcome(Status.FAILED, error=str(exc), note=note)
    return applied(apply, not_applied="hook.not_applied")


def _answer(call: HookCall, body: bytes) -> Callable[[], object]:
    """What the answer does to the ticket: new handlers, or the transition it names (the agree
    transition when it names none) with its fields."""
    if call.returns_handlers:
        return partial(
            ticket_hook_handlers,
            ticket_id=call.ticket_id,
            state_entry=call.state_entry,
            usernames=_handlers(body),
            robot=robot_name(call.url),
        )
    transition = _transition(body)
    return partial(
        ticket_background_result,
        ticket_id=call.ticket_id,
        state_entry=call.state_entry,
        action="hook",
        transition=transition,
        decision=None if transition else "agree",
        fields=_fields(body),
        robot=robot_name(call.url),
    )


def _json_object(body: bytes) -> dict[str, Any] | None:
    try:
        data = json.loads(body)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _fields(body: bytes) -> dict[str, Any] | None:
    """The answer's optional "fields"; an answer that is not JSON (say "OK") has none."""
    data = _json_object(body)
    fields = data.get("fields") if data is not None else None
    if fields is not None and not isinstance(fields, dict):
        raise BadAnswer('"fields" must be a JSON object.')
    return fields


def _transition(body: bytes) -> str | None:
    """The answer's optional "transition" (a key out of the hook's state)."""
    data = _json_object(body)
    key = data.get("transition") if data is not None else None
    if key is not None and (not isinstance(key, str) or len(key) > 64):
        raise BadAnswer('"transition" must be the key of a transition out of the state.')
    return key or None


def _handlers(body: bytes) -> list[str]:
    data = _json_object(body)
    names = data.get("handlers") if data is not None else None
    if (
        not isinstance(names, list)
        or not 1 <= len(names) <= MAX_HANDLERS
        or not all(isinstance(name, str) and 0 < len(name) <= 150 and "\x00" not in name for name in names)
    ):
        raise BadAnswer(f'expected {{"handlers": ["username", ...]}} with 1 to {MAX_HANDLERS} usernames.')
    return list(dict.fromkeys(names))


def _settle(
    call: HookCall, decide: Callable[[], Outcome], response: OutboundResponse | None = None
) -> str | None:
    """Act on the attempt and record it, if the call is still ours (the sweep may have taken it
    back after its lease ran out: then the attempt it started decides)."""
    extra: dict[str, Any] = {}
    if response is not None:
        extra = {
            "last_status_code": response.status,
            "response_excerpt": storable(response.excerpt)[:EXCERPT_CHARS],
        }
    note = partial(
        ticket_background_failed,
        ticket_id=call.ticket_id,
        action="hook_failed",
        state_entry=call.state_entry,
        robot=robot_name(call.url),
    )
    return jobs.settle(call, decide, extra=extra, requeue=enqueue, note=note)


def sweep_hook_calls(*, now: datetime | None = None) -> int:
    """Re-send lost and stalled calls; the receiver sees the same `X-Loonflow-Delivery` key again."""
    return jobs.resend_lost(HookCall, call_hook, now=now or timezone.now())
