"""Scripts: tenant admins' Python, run by the worker when a ticket enters a state or takes a
transition that lists them (`StateDef.scripts`, `TransitionDef.scripts`, by code).

`fan_out` (run by `engine.tickets.tasks.process_event`, inside its transaction) creates one
`ScriptRun` per event and active script (unique, so re-processing adds nothing); an unknown code
is noted in the ticket's flow log. `run_script_job` runs the script in the sandbox
(`integrations.sandbox`: another process under bubblewrap, resource-limited, never in the worker)
on the ticket as JSON, outside any transaction, then applies what it printed — field values and a
transition — to the state visit the run was for. A visit that is over by then makes the result a no-op.

A script failure is not retried automatically (the script is probably wrong, and it may have
side effects): the run FAILS and the flow log says why; an intervenor re-queues it with
`POST /tickets/{id}/retry-hook`.

Script administration (create, change, syntax check) lives here too, for
`integrations.api.scripts`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any

import dramatiq
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone

from core.errors import ApplicationError, Conflict, ValidationFailed, field_problem
from core.pagination import Page, paginate
from core.queries import get_or_404
from engine.tickets.models import OutboxEvent, Ticket
from engine.tickets.runtime.background import Stale, ticket_background_failed, ticket_background_result
from engine.workflows.definitions.schema import WorkflowDocument, WorkflowEvent
from integrations import jobs, sandbox
from integrations.jobs import SWEEP_BATCH
from integrations.models import Job, Script, ScriptRun

logger = logging.getLogger(__name__)

Status = Job.Status

# The sandbox limits every run gets (tests monkeypatch smaller ones).
LIMITS = sandbox.ScriptLimits()
# Above the sandbox's wall limit, with room for starting the child and writing the result.
RUN_TIME_LIMIT_MS = 60_000
# A RUNNING row whose lease ran out lost its worker: the sweep fails it (no automatic re-run).
LEASE = timedelta(milliseconds=RUN_TIME_LIMIT_MS * 2)
MAX_SOURCE_BYTES = 100 * 1024
ERROR_CHARS = 2000
STALE = "stale"  # last_error of a run whose result came after the visit ended


# --- shared with integrations.hooks ----------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What came of one attempt of a job: its new status, and what the ticket's flow log says."""

    status: str
    error: str = ""
    note: str = ""  # written to the flow log when set
    retry_in: timedelta | None = None


def problem_text(exc: ApplicationError) -> str:
    """An application error as one line, with the field problems a 422 lists."""
    details = exc.details if isinstance(exc.details, list) else []
    parts = [
        f"{item.get('field') or '?'}: {item.get('message')}"
        for item in details
        if isinstance(item, dict) and item.get("message")
    ]
    return f"{exc.message} ({'; '.join(parts)})" if parts else exc.message


def storable(value: Any) -> Any:
    """`value` without NUL characters, which PostgreSQL cannot store in text or JSONB."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {storable(key): storable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [storable(item) for item in value]
    return value


# --- fan-out -------------------------------------------------------------------------------------


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


# --- running ---------------------------------------------------------------------------------------


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


# --- administration --------------------------------------------------------------------------------


def script_list() -> QuerySet[Script]:
    return Script.objects.order_by("code")


def script_codes_existing(*, codes: set[str]) -> frozenset[str]:
    """Which of `codes` name a script (active or not): publishing checks a workflow's states."""
    return frozenset(Script.objects.filter(code__in=codes).order_by().values_list("code", flat=True))


def script_get(*, script_id: int) -> Script:
    return get_or_404(Script.objects.all(), script_id, "script")


def _check_text(field: str, value: str) -> None:
    if "\x00" in value:
        raise ValidationFailed(
            f"The {field} must not contain NUL characters.",
            details=[field_problem(field, "NUL characters are not allowed.")],
        )


def check_source(source: str) -> None:
    """422 unless `source` is small enough and compiles. Compiled only, never executed."""
    _check_text("source", source)
    if len(source.encode("utf-8", "surrogatepass")) > MAX_SOURCE_BYTES:
        raise ValidationFailed(
            f"The script is larger than {MAX_SOURCE_BYTES // 1024} KB.",
            details=[field_problem("source", "Too large.")],
        )
    try:
        compile(source, "script.py", "exec", dont_inherit=True)
    except SyntaxError as exc:
        line = exc.lineno or 0
        message = f"Syntax error on line {line}: {exc.msg}"
        problem = {**field_problem("source", message, "syntax_error"), "line": line, "offset": exc.offset}
        raise ValidationFailed(message, code="syntax_error", details=[problem]) from None
    except (ValueError, RecursionError, MemoryError) as exc:  # surrogates, absurd nesting
        raise ValidationFailed(
            f"The script cannot be compiled: {exc}",
            code="syntax_error",
            details=[field_problem("source", "The script cannot be compiled.", "syntax_error")],
        ) from None


def _check(changes: dict[str, Any]) -> None:
    for field in ("name", "description"):
        if isinstance(changes.get(field), str):
            _check_text(field, changes[field])
    if changes.get("source") is not None:
        check_source(changes["source"])


def _saved(script: Script) -> Script:
    try:
        with transaction.atomic():
            script.save()
    except IntegrityError:
        raise Conflict(f"A script with code {script.code!r} exists.", code="code_taken") from None
    return script


def script_create(
    *, code: str, name: str, source: str, description: str = "", is_active: bool = True
) -> Script:
    _check({"name": name, "description": description, "source": source})
    if Script.objects.filter(code=code).exists():
        raise Conflict(f"A script with code {code!r} exists.", code="code_taken")
    script = Script(code=code, name=name, description=description, source=source, is_active=is_active)
    return _saved(script)


def script_update(*, script: Script, changes: dict[str, Any]) -> Script:
    """Change the given attributes (None leaves one as it is)."""
    changes = {key: value for key, value in changes.items() if value is not None}
    _check(changes)
    code = changes.get("code")
    if code is not None and code != script.code and Script.objects.filter(code=code).exists():
        raise Conflict(f"A script with code {code!r} exists.", code="code_taken")
    for key in ("code", "name", "description", "source", "is_active"):
        if key in changes:
            setattr(script, key, changes[key])
    return _saved(script)


def script_delete(*, script: Script) -> None:
    """Delete the script and its run history; states naming it then note it as unknown."""
    script.delete()


def script_runs(*, script: Script, cursor: str | None, limit: int) -> Page[ScriptRun]:
    """The script's runs, newest first."""
    runs = ScriptRun.objects.filter(script=script).select_related("ticket")
    return paginate(runs, ordering=["-id"], cursor=cursor, limit=limit)
