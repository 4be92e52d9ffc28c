"""TODO"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from functools import partial
from typing import Any

import dramatiq
from django.db import transaction
from django.utils import timezone

from core.errors import (
    ApplicationError,
)
from core.tenancy import current_schema
from engine.tickets.documents import DONE_STATUSES
from engine.tickets.models import OutboxEvent, Ticket
from engine.tickets.runtime.background import (
    Stale,
    ticket_background_failed,
    ticket_background_result,
    ticket_hook_handlers,
)
from engine.workflows.definitions.schema import ParticipantKind, WorkflowDocument, WorkflowEvent
from integrations.common import jobs
from integrations.common.jobs import EARLY
from integrations.common.models import Job
from integrations.common.outbound import OutboundFailed, OutboundRefused, OutboundResponse, post_json
from integrations.common.outcomes import Outcome, problem_text, storable
from integrations.common.settings import outbound_allow, signing_secret
from integrations.common.signing import SIGNATURE_HEADER, sign
from integrations.hooks.models import HookCall
from tenants.selectors import tenant_public_base_url

logger = logging.getLogger(__name__)

Status = Job.Status

DELIVERY_HEADER = "X-Loonflow-Delivery"

MAX_ATTEMPTS = 5

RETRY_BASE = timedelta(seconds=15)  # 15s, 30s, 1m, 2m between the five attempts

RETRY_MAX = timedelta(minutes=30)

CALL_TIMEOUT = 10.0  # the whole request, redirects included

CALL_TIME_LIMIT_MS = 60_000

# A RUNNING row whose lease ran out lost its worker (killed, time limit): the sweep resends it.
LEASE = timedelta(milliseconds=CALL_TIME_LIMIT_MS * 2)

MAX_HANDLERS = 500

ERROR_CHARS = 2000

EXCERPT_CHARS = 1000

STALE = "stale"  # last_error of a call whose visit ended before it could act


def callback_path(ticket_id: int) -> str:
    return f"/api/v1/tickets/{ticket_id}/hook-callback"


def callback_url(ticket_id: int) -> str:
    """Absolute, on the tenant's public base URL: the hook's server cannot guess our host."""
    return tenant_public_base_url(schema_name=current_schema()) + callback_path(ticket_id)


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


def enqueue(ids: Sequence[int], delay: timedelta | None = None) -> None:
    jobs.send_rows(call_hook, ids, what="hook call", delay=delay)


@dramatiq.actor(
    queue_name="hooks",
    max_retries=3,  # for infrastructure errors only; failed calls are retried by `hook_call_attempt`
    min_backoff=5_000,
    max_backoff=300_000,
    time_limit=CALL_TIME_LIMIT_MS,
)
def call_hook(call_id: int) -> None:
    hook_call_attempt(call_id=call_id)


class BadAnswer(Exception):
    """The hook answered 2xx with something we cannot use."""


def hook_call_attempt(*, call_id: int) -> str | None:
    """Make one attempt of a PENDING call; returns its new status (None: nothing done now)."""
    call = _claim(call_id)
    if call is None:
        return None
    ticket = Ticket.objects.select_related("workflow").get(pk=call.ticket_id)
    if ticket.state_entry != call.state_entry or ticket.status in DONE_STATUSES:
        return _settle(call, lambda: Outcome(Status.SUCCEEDED, error=STALE))
    try:
        response = _post(call, ticket)
    except OutboundRefused as exc:
        message = f"Refused ({exc.code}): {exc}"
        note = f"The hook call to {call.url} was refused: {exc}"
        return _settle(call, lambda: Outcome(Status.FAILED, error=message, note=note))
    except OutboundFailed as exc:
        return _settle(call, partial(_failure, call, f"Failed: {exc}"))
    except Exception as exc:  # a bug or the database: retry rather than leave the row RUNNING
        logger.exception("hook call %s failed unexpectedly", call.pk)
        return _settle(call, partial(_failure, call, f"Unexpected error: {exc}"))
    if not 200 <= response.status < 300:
        decide = partial(_failure, call, f"HTTP {response.status}")
    else:
        decide = partial(_on_success, call, response.body)
    return _settle(call, decide, response)


def _claim(call_id: int) -> HookCall | None:
    now = timezone.now()
    with transaction.atomic():
        call = (
            HookCall.objects.select_for_update(skip_locked=True)
            .filter(pk=call_id, status=Status.PENDING)
            .first()
        )
        if call is None:
            return None  # done already, failed for good, waiting, or another worker has it now
        if call.next_attempt_at is not None and call.next_attempt_at > now + EARLY:
            return None  # a retry is scheduled later; this is an early duplicate
        call.status = Status.RUNNING
        call.attempts += 1
        call.next_attempt_at = now + LEASE
        call.save(update_fields=["status", "attempts", "next_attempt_at"])
    return call


def request_body(call: HookCall, ticket: Ticket) -> bytes:
    payload = {
        "call": str(call.key),
        "event": "hook",
        "tenant": current_schema(),
        "ticket": {
            "id": ticket.pk,
            "serial": ticket.serial,
            "title": ticket.title,
            "workflow": ticket.workflow.key,
            "state": ticket.state_key,
            "status": ticket.status,
            "values": ticket.values,
        },
        "callback_url": callback_url(ticket.pk),
    }
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def _post(call: HookCall, ticket: Ticket) -> OutboundResponse:
    body = request_body(call, ticket)
    headers = {SIGNATURE_HEADER: sign(signing_secret(), body), DELIVERY_HEADER: str(call.key)}
    return post_json(call.url, body, headers=headers, allow=outbound_allow(), timeout=CALL_TIMEOUT)


def _failure(call: HookCall, error: str) -> Outcome:
    """A failed attempt: retried with backoff, or given up on after MAX_ATTEMPTS."""
    if call.attempts >= MAX_ATTEMPTS:
        note = f"The hook call to {call.url} failed {call.attempts} times; giving up. Last error: {error}"
        return Outcome(Status.FAILED, error=error, note=note)
    retry_in = jobs.backoff(call.attempts, base=RETRY_BASE, cap=RETRY_MAX)
    logger.info("hook call %s attempt %s failed, retrying in %s: %s", call.pk, call.attempts, retry_in, error)
    return Outcome(Status.PENDING, error=error, retry_in=retry_in)


def _on_success(call: HookCall, body: bytes) -> Outcome:
    """Act on a 2xx answer (in the transaction that records it)."""
    try:
        if call.returns_handlers:
            ticket_hook_handlers(
                ticket_id=call.ticket_id, state_entry=call.state_entry, usernames=_handlers(body)
            )
        elif call.wait:
            return Outcome(Status.WAITING)
        else:
            ticket_background_result(
                ticket_id=call.ticket_id,
                state_entry=call.state_entry,
                action="hook",
                decision="agree",
                fields=_fields(body),
            )
    except Stale:
        return Outcome(Status.SUCCEEDED, error=STALE)
    except BadAnswer as exc:
        return Outcome(Status.FAILED, error=str(exc), note=f"The hook at {call.url} answered unusably: {exc}")
    except ApplicationError as exc:
        problem = problem_text(exc)
        return Outcome(Status.FAILED, error=problem, note=f"The hook's answer was not applied: {problem}")
    return Outcome(Status.SUCCEEDED)


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
    with transaction.atomic():
        if not HookCall.objects.select_for_update().filter(pk=call.pk, status=Status.RUNNING).exists():
            return None
        outcome = decide()
        now = timezone.now()
        fields: dict[str, Any] = {
            "status": outcome.status,
            "last_error": storable(outcome.error)[:ERROR_CHARS],
            "next_attempt_at": now + outcome.retry_in if outcome.retry_in is not None else None,
            "finished_at": now if outcome.status in (Status.SUCCEEDED, Status.FAILED) else None,
        }
        if response is not None:
            fields.update(
                last_status_code=response.status, response_excerpt=storable(response.excerpt)[:EXCERPT_CHARS]
            )
        HookCall.objects.filter(pk=call.pk).update(**fields)
        if outcome.note:
            ticket_background_failed(
                ticket_id=call.ticket_id, action="hook_failed", message=storable(outcome.note)
            )
        if outcome.retry_in is not None:
            transaction.on_commit(partial(enqueue, [call.pk], outcome.retry_in))
    return outcome.status


def sweep_hook_calls(*, now: datetime | None = None) -> int:
    """Re-send lost and stalled calls; the receiver sees the same `X-Loonflow-Delivery` key again."""
    return jobs.resend_lost(HookCall, call_hook, now=now or timezone.now())
