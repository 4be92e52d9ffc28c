"""Writes for hook calls from the API: the signed answer of a waiting hook, and a retry by hand."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import partial
from typing import Any

from django.db import transaction
from django.utils import timezone

from core.access.auth import Principal
from core.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationFailed,
    field_problem,
)
from engine.tickets.documents import DONE_STATUSES, ticket_document
from engine.tickets.models import FlowLog, Ticket
from engine.tickets.runtime.access import can_intervene
from engine.tickets.runtime.background import (
    Stale,
    ticket_background_result,
)
from integrations.common.jobs import Status
from integrations.common.outcomes import STALE
from integrations.hooks.models import HookCall
from integrations.hooks.tasks import enqueue
from integrations.scripts import tasks as script_tasks
from integrations.scripts.models import ScriptRun


def hook_answer(
    *, ticket_id: int, call_key: str, decision: str, fields: dict[str, Any], comment: str = ""
) -> Ticket:
    """The signed answer to a waiting call: take the state's agree or reject transition.

    409 `hook_not_waiting` unless the call is this ticket's and WAITING (so a replay changes
    nothing); 422 for bad field values (the call keeps waiting); 409 `hook_stale` when the ticket
    left the visit (the call is then closed)."""
    if "\x00" in comment:
        raise ValidationFailed(
            "The comment must not contain NUL characters.",
            details=[field_problem("comment", "NUL characters are not allowed.")],
        )
    try:
        key = uuid.UUID(call_key)
    except ValueError:
        key = None
    with transaction.atomic():
        call = (
            HookCall.objects.select_for_update().filter(ticket_id=ticket_id, key=key).first()
            if key is not None
            else None
        )
        if call is None or call.status != Status.WAITING:
            raise Conflict(
                "This hook call is not waiting for an answer on this ticket.", code="hook_not_waiting"
            )
        try:
            ticket = ticket_background_result(
                ticket_id=ticket_id,
                state_entry=call.state_entry,
                action="hook",
                decision=decision,
                fields=fields,
                comment=comment,
            )
        except Stale:
            _close(call, error=STALE)
        else:
            _close(call)
            return ticket
    raise Conflict(
        "The ticket has left the state this hook call was for; nothing changed.", code="hook_stale"
    )


def _close(call: HookCall, *, error: str = "") -> None:
    call.status, call.last_error, call.finished_at = Status.SUCCEEDED, error, timezone.now()
    call.save(update_fields=["status", "last_error", "finished_at"])


@dataclass(frozen=True)
class Retried:
    hook_calls: list[int]
    script_runs: list[int]


def background_retry(*, ticket_id: int, principal: Principal) -> Retried:
    """Re-queue the failed hook call and script runs of the ticket's current state visit
    (earlier visits' results could no longer apply). Intervenors and tenant admins only."""
    ticket = Ticket.objects.select_related("workflow", "version").filter(pk=ticket_id).first()
    if ticket is None:
        raise NotFound(f"No ticket with id {ticket_id}.")
    document = ticket_document(ticket)
    if not can_intervene(principal, ticket, document):
        raise PermissionDenied("Only admins and the workflow's intervenors may do this.")
    if ticket.status in DONE_STATUSES:
        raise Conflict(f"The ticket is {ticket.status}.", code="ticket_closed")
    visit = {"ticket": ticket, "state_entry": ticket.state_entry, "status": Status.FAILED}
    reset = {"status": Status.PENDING, "attempts": 0, "next_attempt_at": None, "finished_at": None}
    with transaction.atomic():
        calls = list(
            HookCall.objects.select_for_update().filter(**visit).order_by("pk").values_list("pk", flat=True)
        )
        runs = list(
            ScriptRun.objects.select_for_update().filter(**visit).order_by("pk").values_list("pk", flat=True)
        )
        if not calls and not runs:
            raise Conflict("Nothing failed here that could be retried.", code="nothing_to_retry")
        HookCall.objects.filter(pk__in=calls).update(**reset)
        ScriptRun.objects.filter(pk__in=runs).update(**reset)
        FlowLog.objects.create(
            ticket=ticket,
            action="retry",
            from_state=ticket.state_key,
            to_state=ticket.state_key,
            changed_fields={"hook_calls": len(calls), "script_runs": len(runs)},
            actor=principal.user,
            via_app=principal.app.name if principal.app else "",
        )
        transaction.on_commit(partial(enqueue, calls))
        transaction.on_commit(partial(script_tasks.enqueue, runs))
    return Retried(hook_calls=calls, script_runs=runs)
