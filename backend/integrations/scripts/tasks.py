"""Script runs: an event runs the scripts its state or transition names, each once, in the
sandbox; what a script returns (fields, a transition) is applied to the ticket. A run is not
retried by itself (a script may have side effects): a failed run waits for a retry by hand.

A state whose participant is a script (a robot) runs it on every entry, also inside a branch; its
result moves the state's place on: the transition it names, else the state's agree transition. A
robot run whose visit has ended is not started, and a result that comes after the place moved is
ignored (STALE)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from django.conf import settings
from django.utils import timezone

from core.stored_text import StoredText
from engine.tickets.models import OutboxEvent, Ticket
from engine.tickets.runtime.background import (
    Place,
    ticket_background_failed,
    ticket_background_result,
    visit_place,
)
from engine.workflows.definitions.schema import ParticipantKind, WorkflowDocument, WorkflowEvent
from integrations.common import jobs
from integrations.common.outcomes import STALE, Outcome, applied, storable
from integrations.common.payloads import event_branch, ticket_json
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

STALLED = StoredText("script.stalled")


def robot_name(code: str) -> str:
    """How the flow log names a script that acted (`via_app`)."""
    return f"script:{code}"


def fan_out(event: OutboxEvent, document: WorkflowDocument) -> None:
    """Create the event's script runs (each once) and enqueue them after the commit. A robot's run
    is made even while its script is switched off, so that it fails visibly and can be retried."""
    robot = _robot(event, document)
    codes = _codes(event, document)
    if robot is not None and robot not in codes:
        codes.append(robot)
    if not codes:
        return
    scripts = {script.code: script for script in Script.objects.filter(code__in=codes)}
    existing = set(ScriptRun.objects.filter(event=event).values_list("script_id", flat=True))
    rows = []
    for code in codes:
        script = scripts.get(code)
        if script is None:
            ticket_background_failed(
                ticket_id=event.ticket_id,
                action="script_failed",
                message=StoredText("script.unknown", {"script": code}),
                state_entry=event.state_entry,
                robot=robot_name(code),
            )
        elif (script.is_active or code == robot) and script.pk not in existing:
            rows.append(
                ScriptRun(
                    script=script,
                    event=event,
                    ticket_id=event.ticket_id,
                    state_key=event.state_key,
                    state_entry=event.state_entry,
                    robot=code == robot,
                )
            )
    created = ScriptRun.objects.filter(
        event=event, script_id__in=[row.script_id for row in rows], status=Status.PENDING
    )
    jobs.create_rows(rows, enqueue, created=created)


def _robot(event: OutboxEvent, document: WorkflowDocument) -> str | None:
    """The script that handles the state the event entered (a `script` participant), if any."""
    if event.event != WorkflowEvent.STATE_ENTERED:
        return None
    state = document.state(event.state_key)
    if state is None or state.participant.kind != ParticipantKind.SCRIPT:
        return None
    return state.participant.script


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
    run = jobs.claim(
        ScriptRun.objects.select_related("script", "event"), run_id, now=timezone.now(), lease=LEASE
    )
    if run is None:
        return None
    ticket = Ticket.objects.select_related("workflow", "creator").get(pk=run.ticket_id)
    place = visit_place(ticket, run.state_entry)
    if run.robot:
        refused = _robot_refused(run, place)
        if refused is not None:
            return _settle(run, lambda: refused, None)
    stdin = _stdin(ticket, run, place)
    try:
        result = sandbox.run_script(run.script.source, stdin, limits=LIMITS, isolation=isolation())
    except Exception as exc:  # the sandbox itself broke (no temporary space, no interpreter)
        logger.exception("script run %s could not start", run.pk)
        message = StoredText("script.could_not_start", {"script": run.script.code, "problem": str(exc)})
        return _settle(run, lambda: Outcome(Status.FAILED, error=message, note=message), None)
    return _settle(run, partial(_apply, run, result), result)


def isolation() -> sandbox.Isolation:
    """The platform's sandbox settings (read per run, so tests and operators can change them)."""
    return sandbox.Isolation(
        bwrap=settings.SCRIPTS_BWRAP_PATH, allow_unisolated=settings.SCRIPTS_ALLOW_UNISOLATED
    )


def _robot_refused(run: ScriptRun, place: Place | None) -> Outcome | None:
    """Why a robot's run does not start: its visit has ended (STALE), or its script is switched off."""
    if place is None:
        return Outcome(Status.SUCCEEDED, error=STALE)
    if not run.script.is_active:
        message = StoredText("script.switched_off", {"script": run.script.code})
        return Outcome(Status.FAILED, error=message, note=message)
    return None


def _stdin(ticket: Ticket, run: ScriptRun, place: Place | None) -> dict[str, Any]:
    """What a script reads on stdin: the ticket as a hook sees it (in the state and branch of the
    run's visit), and who created it."""
    if place is None:  # the visit has ended (a state or transition script still runs)
        branch = event_branch(run.event) if run.event is not None else None
        place = Place(run.state_key or ticket.state_key, run.state_entry, branch or "")
    located = ticket_json(ticket, state_key=place.state_key, branch=place.branch)
    return {**located, "creator": ticket.creator.username}


def _apply(run: ScriptRun, result: sandbox.ScriptResult) -> Outcome:
    code = run.script.code
    if not result.ok:
        found = result.problem
        message = StoredText(found.code, found.params) if found else result.message or result.outcome
        note = StoredText("script.failed", {"script": code, "outcome": result.outcome, "problem": message})
        return Outcome(Status.FAILED, error=message, note=note)
    if not run.robot and not result.fields and not result.transition:
        return Outcome(Status.SUCCEEDED)  # nothing to change (and a finished ticket is fine)
    apply = partial(
        ticket_background_result,
        ticket_id=run.ticket_id,
        state_entry=run.state_entry,
        action="script",
        fields=dict(result.fields),
        transition=result.transition,
        # A robot's result always moves its place on: without a transition, by the agree one.
        decision="agree" if run.robot and not result.transition else None,
        robot=robot_name(code),
    )
    return applied(apply, not_applied="script.not_applied", script=code)


def _settle(run: ScriptRun, decide: Callable[[], Outcome], result: sandbox.ScriptResult | None) -> str | None:
    """Apply the result and record it, if the run is still ours (the sweep may have failed it)."""
    extra: dict[str, Any] = {}
    if result is not None:
        extra = {
            "outcome": result.outcome,
            "result": storable({"fields": result.fields, "transition": result.transition}),
            "duration_ms": result.duration_ms,
        }
    return jobs.settle(run, decide, extra=extra, note=_note(run.ticket_id, run.state_entry, run.script.code))


def _note(ticket_id: int, state_entry: int, code: str) -> Callable[..., None]:
    return partial(
        ticket_background_failed,
        ticket_id=ticket_id,
        action="script_failed",
        state_entry=state_entry,
        robot=robot_name(code),
    )


def sweep_script_runs(*, now: datetime | None = None) -> int:
    """Re-send PENDING runs never handed to a worker; fail RUNNING runs whose worker died (a re-run
    could repeat the script's side effects). Returns how many it re-sent."""
    return jobs.resend_lost(ScriptRun, run_script_job, now=now or timezone.now(), take_back=_fail_stalled)


def _fail_stalled(ids: list[int], now: datetime) -> list[int]:
    """Fail the runs whose worker stopped, and say so in their tickets' flow logs; none is re-run."""
    stalled = ScriptRun.objects.filter(pk__in=ids)
    notes = [_note(*run) for run in stalled.values_list("ticket_id", "state_entry", "script__code")]
    stalled.update(**jobs.outcome_fields(Outcome(Status.FAILED, error=STALLED), now))
    for note in notes:
        note(message=STALLED)
    return []
