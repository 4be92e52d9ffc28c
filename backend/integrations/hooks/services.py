"""Writes for hook calls from the API: the signed answer of a waiting hook, and a retry by hand."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import partial
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.access.auth import Principal
from core.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationFailed,
    field_problem,
)
from core.stored_text import columns
from engine.tickets.documents import DONE_STATUSES, ticket_document
from engine.tickets.models import FlowLog, Ticket
from engine.tickets.runtime.access import can_intervene
from engine.tickets.runtime.background import (
    Place,
    Stale,
    ticket_background_result,
    ticket_places,
)
from integrations.common.jobs import Status
from integrations.common.outcomes import STALE
from integrations.hooks.models import HookCall
from integrations.hooks.tasks import enqueue, robot_name
from integrations.scripts import tasks as script_tasks
from integrations.scripts.models import ScriptRun


def hook_answer(
    *,
    ticket_id: int,
    call_key: str,
    decision: str | None,
    fields: dict[str, Any],
    comment: str = "",
    transition: str | None = None,
) -> Ticket:
    """The signed answer to a waiting call: take the `transition` it names, or the state's agree or
    reject transition (`decision`). On a branch's visit only that branch moves.

    409 `hook_not_waiting` unless the call is this ticket's and WAITING (so a replay changes
    nothing); 422 for bad field values (the call keeps waiting); 409 `hook_stale` when the ticket
    left the visit (the call is then closed)."""
    if "\x00" in comment:
        raise ValidationFailed(
            _("The comment must not contain NUL characters."),
            details=[field_problem("comment", _("NUL characters are not allowed."))],
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
                _("This hook call is not waiting for an answer on this ticket."), code="hook_not_waiting"
            )
        try:
            ticket = ticket_background_result(
                ticket_id=ticket_id,
                state_entry=call.state_entry,
                action="hook",
                transition=transition,
                decision=None if transition else decision,
                fields=fields,
                comment=comment,
                robot=robot_name(call.url),
            )
        except Stale:
            _close(call, error=STALE)
        else:
            _close(call)
            return ticket
    raise Conflict(
        _("The ticket has left the state this hook call was for; nothing changed."), code="hook_stale"
    )


def _close(call: HookCall, *, error: str = "") -> None:
    stored = columns("last_error", error)  # the code of an earlier failure goes with its text
    for name, value in stored.items():
        setattr(call, name, value)
    call.status, call.finished_at = Status.SUCCEEDED, timezone.now()
    call.save(update_fields=["status", "finished_at", *stored])


@dataclass(frozen=True)
class Retried:
    hook_calls: list[int]
    script_runs: list[int]


def background_retry(*, ticket_id: int, principal: Principal) -> Retried:
    """Re-queue the failed hook calls and script runs of the ticket's current state visits: its own
    path's, or while branches run each active branch's (earlier visits' results could no longer
    apply). The flow log notes the retry on each place it touched. Intervenors and tenant admins
    only."""
    ticket = Ticket.objects.select_related("workflow", "version").filter(pk=ticket_id).first()
    if ticket is None:
        raise NotFound(_("No ticket with id %(ticket_id)s.") % {"ticket_id": ticket_id})
    document = ticket_document(ticket)
    if not can_intervene(principal, ticket, document):
        raise PermissionDenied(_("Only admins and the workflow's intervenors may do this."))
    if ticket.status in DONE_STATUSES:
        raise Conflict(_("The ticket is %(status)s.") % {"status": ticket.status}, code="ticket_closed")
    places = {place.visit: place for place in ticket_places(ticket)}
    failed = {"ticket": ticket, "state_entry__in": list(places), "status": Status.FAILED}
    reset = {"status": Status.PENDING, "attempts": 0, "next_attempt_at": None, "finished_at": None}
    with transaction.atomic():
        calls = dict(
            HookCall.objects.select_for_update()
            .filter(**failed)
            .order_by("pk")
            .values_list("pk", "state_entry")
        )
        runs = dict(
            ScriptRun.objects.select_for_update()
            .filter(**failed)
            .order_by("pk")
            .values_list("pk", "state_entry")
        )
        if not calls and not runs:
            raise Conflict(_("Nothing failed here that could be retried."), code="nothing_to_retry")
        HookCall.objects.filter(pk__in=calls).update(**reset)
        ScriptRun.objects.filter(pk__in=runs).update(**reset)
        FlowLog.objects.bulk_create(
            _retry_log(ticket, place, principal, calls=calls, runs=runs)
            for visit, place in places.items()
            if visit in calls.values() or visit in runs.values()
        )
        transaction.on_commit(partial(enqueue, list(calls)))
        transaction.on_commit(partial(script_tasks.enqueue, list(runs)))
    return Retried(hook_calls=list(calls), script_runs=list(runs))


def _retry_log(
    ticket: Ticket, place: Place, principal: Principal, *, calls: dict[int, int], runs: dict[int, int]
) -> FlowLog:
    """The flow-log row of a retry on one place: how many of its calls and runs were sent again."""
    return FlowLog(
        ticket=ticket,
        action="retry",
        from_state=place.state_key,
        to_state=place.state_key,
        branch=place.branch,
        changed_fields={
            "hook_calls": sum(1 for visit in calls.values() if visit == place.visit),
            "script_runs": sum(1 for visit in runs.values() if visit == place.visit),
        },
        actor=principal.user,
        via_app=principal.via,
    )
