"""TODO"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from functools import partial
from typing import Any

import dramatiq
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from core.errors import ApplicationError
from engine.tickets.models import OutboxEvent, Ticket
from engine.tickets.runtime.background import Stale, ticket_background_failed, ticket_background_result
from engine.workflows.definitions.schema import WorkflowDocument, WorkflowEvent
from integrations.common import jobs
from integrations.common.jobs import SWEEP_BATCH
from integrations.common.models import Job
from integrations.common.outcomes import Outcome, problem_text, storable
from integrations.scripts import sandbox
from integrations.scripts.models import Script, ScriptRun

logger = logging.getLogger(__name__)

Status = Job.Status

# The sandbox limits every run gets (tests monkeypatch smaller ones).
LIMITS = sandbox.ScriptLimits()

# Above the sandbox's wall limit, with room for starting the child and writing the result.
RUN_TIME_LIMIT_MS = 60_000

# A RUNNING row whose lease ran out lost its worker: the sweep fails it (no automatic re-run).
LEASE = timedelta(milliseconds=RUN_TIME_LIMIT_MS * 2)

ERROR_CHARS = 2000

STALE = "stale"  # last_error of a run whose result came after the visit ended


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
    if not rows:
        return
    ScriptRun.objects.bulk_create(rows, ignore_conflicts=True)
    ids = list(
        ScriptRun.objects.filter(
            event=event, script_id__in=[row.script_id for row in rows], status=Status.PENDING
        ).values_list("pk", flat=True)
    )
    transaction.on_commit(partial(enqueue, ids))


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


def enqueue(ids: Sequence[int]) -> None:
    jobs.send_rows(run_script_job, ids, what="script run")


@dramatiq.actor(queue_name="scripts", max_retries=0, time_limit=RUN_TIME_LIMIT_MS)
def run_script_job(run_id: int) -> None:
    script_run_execute(run_id=run_id)


def script_run_execute(*, run_id: int) -> str | None:
    """Run one PENDING script run; returns its new status (None: not run now).

    The sandbox runs outside any transaction; the result is applied in one afterwards.
    """
    run = _claim(run_id)
    if run is None:
        return None
    ticket = Ticket.objects.select_related("workflow", "creator").get(pk=run.ticket_id)
    try:
        result = sandbox.run_script(
            run.script.source, ticket_json(ticket), limits=LIMITS, isolation=isolation()
        )
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


def ticket_json(ticket: Ticket) -> dict[str, Any]:
    """What a script reads on stdin."""
    return {
        "id": ticket.pk,
        "serial": ticket.serial,
        "title": ticket.title,
        "workflow": ticket.workflow.key,
        "state": ticket.state_key,
        "status": ticket.status,
        "values": ticket.values,
        "creator": ticket.creator.username,
    }


def _claim(run_id: int) -> ScriptRun | None:
    with transaction.atomic():
        run = (
            ScriptRun.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("script")
            .filter(pk=run_id, status=Status.PENDING)
            .first()
        )
        if run is None:
            return None  # done already, failed for good, or another worker has it right now
        run.status = Status.RUNNING
        run.attempts += 1
        run.next_attempt_at = timezone.now() + LEASE
        run.save(update_fields=["status", "attempts", "next_attempt_at"])
    return run


def _apply(run: ScriptRun, result: sandbox.ScriptResult) -> Outcome:
    code = run.script.code
    if not result.ok:
        message = result.message or result.outcome
        return Outcome(
            Status.FAILED, error=message, note=f"Script {code!r} failed ({result.outcome}): {message}"
        )
    if not result.fields and not result.transition:
        return Outcome(Status.SUCCEEDED)  # nothing to change (and a finished ticket is fine)
    try:
        ticket_background_result(
            ticket_id=run.ticket_id,
            state_entry=run.state_entry,
            action="script",
            fields=dict(result.fields),
            transition=result.transition,
        )
    except Stale:
        return Outcome(Status.SUCCEEDED, error=STALE)
    except ApplicationError as exc:
        problem = problem_text(exc)
        return Outcome(
            Status.FAILED, error=problem, note=f"The result of script {code!r} was not applied: {problem}"
        )
    return Outcome(Status.SUCCEEDED)


def _settle(run: ScriptRun, decide: Callable[[], Outcome], result: sandbox.ScriptResult | None) -> str | None:
    """Apply the result and record it, if the run is still ours (the sweep may have failed it)."""
    with transaction.atomic():
        if not ScriptRun.objects.select_for_update().filter(pk=run.pk, status=Status.RUNNING).exists():
            return None
        outcome = decide()
        fields: dict[str, Any] = {
            "status": outcome.status,
            "last_error": storable(outcome.error)[:ERROR_CHARS],
            "next_attempt_at": None,
            "finished_at": timezone.now(),
        }
        if result is not None:
            fields.update(
                outcome=result.outcome,
                result=storable({"fields": result.fields, "transition": result.transition}),
                duration_ms=result.duration_ms,
            )
        ScriptRun.objects.filter(pk=run.pk).update(**fields)
        if outcome.note:
            ticket_background_failed(
                ticket_id=run.ticket_id, action="script_failed", message=storable(outcome.note)
            )
    return outcome.status


def sweep_script_runs(*, now: datetime | None = None) -> int:
    """Re-send PENDING runs never handed to a worker; fail RUNNING runs whose worker died (a re-run
    could repeat the script's side effects). Returns how many it re-sent."""
    now = now or timezone.now()
    lost = jobs.lost_in_transit(now)
    with transaction.atomic():
        stalled = list(
            ScriptRun.objects.select_for_update(skip_locked=True)
            .filter(status=Status.RUNNING, next_attempt_at__lt=now)
            .values_list("pk", "ticket_id")[:SWEEP_BATCH]
        )
        message = "The worker stopped while running the script; retry it by hand."
        ScriptRun.objects.filter(pk__in=[pk for pk, _ in stalled]).update(
            status=Status.FAILED, last_error=message, next_attempt_at=None, finished_at=now
        )
        for _, ticket_id in stalled:
            ticket_background_failed(ticket_id=ticket_id, action="script_failed", message=message)
        ids = list(
            ScriptRun.objects.select_for_update(skip_locked=True)
            .filter(lost)
            .order_by("pk")
            .values_list("pk", flat=True)[:SWEEP_BATCH]
        )
        # Due now: the next sweep leaves them alone for SWEEP_GRACE.
        ScriptRun.objects.filter(pk__in=ids).update(next_attempt_at=now)
    for run_id in ids:
        run_script_job.send(run_id)  # a broker error propagates: the scheduler retries
    return len(ids)
