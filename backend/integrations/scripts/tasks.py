"""Script runs: an event runs the scripts its state or transition names, each once, in the
sandbox; what a script returns (fields, a transition) is applied to the ticket. A run is not
retried by itself (a script may have side effects): a failed run waits for a retry by hand."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from django.conf import settings
from django.utils import timezone

from engine.tickets.models import OutboxEvent, Ticket
from engine.tickets.runtime.background import ticket_background_failed, ticket_background_result
from engine.workflows.definitions.schema import WorkflowDocument, WorkflowEvent
from integrations.common import jobs
from integrations.common.outcomes import Outcome, applied, storable
from integrations.common.payloads import ticket_json
from integrations.scripts import sandbox
from integrations.scripts.models import Script, ScriptRun

logger = logging.getLogger(__name__)

Status = jobs.Status

# The sandbox limits every run gets (tests monkeypatch smaller ones).
LIMITS = sandbox.ScriptLimits()

# Above the sandbox's wall limit, with room for starting the child and writing the result.
RUN_TIME_LIMIT_MS = 60_000

# A RUNNING row whose lease ran out lost its worker: the sweep fails it (no automatic re-run).
LEASE = timedelta(milliseconds=RUN_TIME_LIMIT_MS * 2)

STALLED = "The worker stopped while running the script; retry it by hand."


def fan_out(event: OutboxEvent, document: WorkflowDocument) -> None:
    """Create the event's script runs (each once) and enqueue them after the commit."""
    codes = _codes(event, document)
    if not codes:
        return
    scripts = {script.code: script for script in Script.objects.filter(code__in=codes)}
    existing = set(ScriptRun.objects.filter(event=event).values_list("script_id", flat=True))
    rows = []
    for code in codes:
        script = scripts.get(code)
        if script is None:
            ticket_background_failed(
                ticket_id=event.ticket_id, action="script_failed", message=f"unknown script {code!r}"
            )
        elif script.is_active and script.pk not in existing:
            rows.append(
                ScriptRun(
                    script=script,
                    event=event,
                    ticket_id=event.ticket_id,
                    state_key=event.state_key,
                    state_entry=event.state_entry,
                )
            )
    created = ScriptRun.objects.filter(
        event=event, script_id__in=[row.script_id for row in rows], status=Status.PENDING
    )
    jobs.create_rows(rows, enqueue, created=created)


def _codes(event: OutboxEvent, document: WorkflowDocument) -> list[str]:
    """The scripts the event runs, in order, each once."""
    if event.event == WorkflowEvent.STATE_ENTERED:
        state = document.state(event.state_key)
        return list(dict.fromkeys(state.scripts)) if state is not None else []
    if event.event == WorkflowEvent.TRANSITION:
        key = event.data.get("transition")
        transition = next((t for t in document.transitions if t.key == key), None) if key else None
        return list(dict.fromkeys(transition.scripts)) if transition is not None else []
    return []


@jobs.actor(queue="scripts", time_limit_ms=RUN_TIME_LIMIT_MS, retry_errors=False)
def run_script_job(run_id: int) -> None:
    script_run_execute(run_id=run_id)


enqueue = partial(jobs.send_rows, run_script_job, what="script run")


def script_run_execute(*, run_id: int) -> str | None:
    """Run one PENDING script run; returns its new status (None: not run now).

    The sandbox runs outside any transaction; the result is applied in one afterwards.
    """
    run = jobs.claim(ScriptRun.objects.select_related("script"), run_id, now=timezone.now(), lease=LEASE)
    if run is None:
        return None
    ticket = Ticket.objects.select_related("workflow", "creator").get(pk=run.ticket_id)
    try:
        result = sandbox.run_script(run.script.source, _stdin(ticket), limits=LIMITS, isolation=isolation())
    except Exception as exc:  # the sandbox itself broke (no temporary space, no interpreter)
        logger.exception("script run %s could not start", run.pk)
        message = f"The script {run.script.code!r} could not be started: {exc}"
        return _settle(run, lambda: Outcome(Status.FAILED, error=message, note=message), None)
    return _settle(run, partial(_apply, run, result), result)


def isolation() -> sandbox.Isolation:
    """The platform's sandbox settings (read per run, so tests and operators can change them)."""
    return sandbox.Isolation(
        bwrap=settings.SCRIPTS_BWRAP_PATH, allow_unisolated=settings.SCRIPTS_ALLOW_UNISOLATED
    )


def _stdin(ticket: Ticket) -> dict[str, Any]:
    """What a script reads on stdin: the ticket as a hook sees it, and who created it."""
    return {**ticket_json(ticket), "creator": ticket.creator.username}


def _apply(run: ScriptRun, result: sandbox.ScriptResult) -> Outcome:
    code = run.script.code
    if not result.ok:
        message = result.message or result.outcome
        return Outcome(
            Status.FAILED, error=message, note=f"Script {code!r} failed ({result.outcome}): {message}"
        )
    if not result.fields and not result.transition:
        return Outcome(Status.SUCCEEDED)  # nothing to change (and a finished ticket is fine)
    apply = partial(
        ticket_background_result,
        ticket_id=run.ticket_id,
        state_entry=run.state_entry,
        action="script",
        fields=dict(result.fields),
        transition=result.transition,
    )
    return applied(apply, not_applied=f"The result of script {code!r} was not applied")


def _settle(run: ScriptRun, decide: Callable[[], Outcome], result: sandbox.ScriptResult | None) -> str | None:
    """Apply the result and record it, if the run is still ours (the sweep may have failed it)."""
    extra: dict[str, Any] = {}
    if result is not None:
        extra = {
            "outcome": result.outcome,
            "result": storable({"fields": result.fields, "transition": result.transition}),
            "duration_ms": result.duration_ms,
        }
    return jobs.settle(run, decide, extra=extra, note=_note(run.ticket_id))


def _note(ticket_id: int) -> Callable[..., None]:
    return partial(ticket_background_failed, ticket_id=ticket_id, action="script_failed")


def sweep_script_runs(*, now: datetime | None = None) -> int:
    """Re-send PENDING runs never handed to a worker; fail RUNNING runs whose worker died (a re-run
    could repeat the script's side effects). Returns how many it re-sent."""
    return jobs.resend_lost(ScriptRun, run_script_job, now=now or timezone.now(), take_back=_fail_stalled)


def _fail_stalled(ids: list[int], now: datetime) -> list[int]:
    """Fail the runs whose worker stopped, and say so in their tickets' flow logs; none is re-run."""
    stalled = ScriptRun.objects.filter(pk__in=ids)
    ticket_ids = list(stalled.values_list("ticket_id", flat=True))
    stalled.update(**jobs.outcome_fields(Outcome(Status.FAILED, error=STALLED), now))
    for ticket_id in ticket_ids:
        _note(ticket_id)(message=STALLED)
    return []
