"""Running a Loonflow 2.x import into the current tenant: the steps in order (directory,
workflows, tickets), the dry run (everything done, then rolled back), and the queued run the
platform API starts (`V2ImportRun`, executed by `tasks.run_v2_import`)."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.audit.models import AuditRecord
from core.audit.services import Actor, audit_record
from core.errors import ApplicationError, Conflict, ValidationFailed
from core.locks import lock_key
from core.secrets import decrypt_secret, encrypt_secret
from core.tenancy import current_schema
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.models import Workflow, WorkflowVersion
from engine.workflows.services import document_problems, workflow_create, workflow_publish
from integrations.v2import import mapping, texts
from integrations.v2import.compat import app_workflow_map, import_apps, pin_legacy_ids
from integrations.v2import.directory import import_directory
from integrations.v2import.models import V2ImportRun
from integrations.v2import.report import Report
from integrations.v2import.source import SourceDatabase, SourceError, parse_source_url, safe_url
from integrations.v2import.tickets import People, Target, import_tickets
from integrations.v2import.workflows import Source, build

logger = logging.getLogger(__name__)

PARTS = ("users", "workflows", "apps", "tickets")
Status = WorkflowVersion.Status


class _DryRunDone(Exception):
    """Raised at the end of a dry run so that its transaction rolls back."""


def check_only(only: list[str] | None) -> list[str]:
    chosen = [part.strip() for part in only or [] if part.strip()] or list(PARTS)
    unknown = sorted(set(chosen) - set(PARTS))
    if unknown:
        raise ValidationFailed(
            _("Unknown import parts: %(parts)s (use users, workflows, apps, tickets).")
            % {"parts": ", ".join(unknown)},
            code="v2import_bad_parts",
        )
    return [part for part in PARTS if part in chosen]


def v2_import(
    *,
    source_url: str,
    actor: str,
    dry_run: bool = False,
    only: list[str] | None = None,
    progress: Callable[[dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """Import the 2.x database at `source_url` into the current tenant; returns the report.

    Raises `SourceError` (400) before writing anything when the source cannot be read or is not a
    2.x database. Each ticket is its own transaction, so an interrupted run keeps what it did and
    the next run resumes after it (the mapping skips what is there)."""
    parts = check_only(only)
    url = parse_source_url(source_url)
    report = Report(dry_run=dry_run)
    with one_run_at_a_time(), SourceDatabase(url) as source:
        source.check_schema()
        if dry_run:
            try:
                with transaction.atomic():
                    _steps(source, report, parts, actor, progress)
                    raise _DryRunDone
            except _DryRunDone:
                pass
        else:
            _steps(source, report, parts, actor, progress)
    result = report.as_dict()
    audit_record(
        action="v2import.dry_run" if dry_run else "v2import.run",
        actor=Actor(kind=AuditRecord.ActorKind.SYSTEM, name=actor[:150]),
        target_type="v2import",
        target_id=url.host,
        target_label=url.safe,
        after={
            "source": url.safe,
            "host": url.host,
            "only": parts,
            "dry_run": dry_run,
            "counts": result["counts"],
        },
    )
    return result


@contextmanager
def one_run_at_a_time() -> Iterator[None]:
    """A session advisory lock per tenant: a second import while one runs is a 409, not a race
    for the same source ids (the run spans many transactions, so a transaction lock cannot do)."""
    key = lock_key("v2import")
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
        (acquired,) = cursor.fetchone()
    if not acquired:
        raise Conflict(_("A Loonflow 2.x import is already running in this tenant."), code="v2import_running")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [key])


def _steps(
    source: SourceDatabase,
    report: Report,
    parts: list[str],
    actor: str,
    progress: Callable[[dict[str, Any]], None] | None,
) -> None:
    def tell(step: str, **extra: Any) -> None:
        if progress is not None:
            progress({"step": step, **extra})

    if "users" in parts:
        tell("users")
        with transaction.atomic():
            import_directory(source=source, report=report, actor=f"v2import:{actor}"[:200])
    tell("workflows")
    targets = _workflows(source, report, create="workflows" in parts)
    if "apps" in parts:
        tell("apps")
        import_apps(source=source, report=report, workflow_ids=app_workflow_map(targets))
    if "tickets" in parts:
        tell("tickets", read=0)
        import_tickets(
            source=source,
            report=report,
            targets=targets,
            people=People(report),
            progress=lambda read: tell("tickets", read=read),
        )
    tell("done")


def _workflows(source: SourceDatabase, report: Report, *, create: bool) -> dict[int, Target]:
    """Every live 2.x workflow's target: the imported one, or (create) a new one."""
    grouped: dict[str, dict[int, list[dict[str, Any]]]] = {}
    for table in ("workflow_state", "workflow_transition", "workflow_customfield"):
        by_workflow: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for row in source.all_rows(table):
            by_workflow[texts.as_int(row.get("workflow_id"))].append(row)
        grouped[table] = by_workflow
    known = mapping.known("workflow")
    targets = {}
    for row in source.all_rows("workflow_workflow"):
        if texts.flag(row.get("is_deleted")):
            continue
        wid = row["id"]
        occupied = source.distinct("ticket_ticketrecord", "state_id", where=f"workflow_id = {int(wid)}")
        quiet = Report() if str(wid) in known else report  # reported when it was imported
        built = build(
            Source(
                row,
                grouped["workflow_state"][wid],
                grouped["workflow_transition"][wid],
                grouped["workflow_customfield"][wid],
                occupied,
            ),
            quiet,
        )
        name = texts.text(row.get("name"), 200).strip() or f"workflow {wid}"
        found = known.get(str(wid))
        if found is not None:
            report.count("workflows", "unchanged")
            version = WorkflowVersion.objects.filter(pk=int(found.target_key)).first()
            if version is not None:
                built.document = WorkflowDocument.model_validate(version.document)
                targets[wid] = Target(version.workflow_id, version.pk, built.document, built, name)
            continue
        if create:
            targets[wid] = _save_workflow(row, name, built, report)
    return targets


def _free_key(source_id: int) -> str:
    key, n = f"v2-{source_id}", 1
    while Workflow.objects.filter(key=key).exists():
        n += 1
        key = f"v2-{source_id}-{n}"
    return key


@transaction.atomic
def _save_workflow(row: dict[str, Any], name: str, built: Any, report: Report) -> Target:
    """Version 1 is the definition frozen at import, which the tickets pin: published when it
    passes our checks. Otherwise it is archived (its tickets still continue in it), and the next
    version is published without the states 2.x deleted when that alone makes it pass, or left a
    draft for an admin to fix."""
    document = built.document
    workflow = workflow_create(
        key=_free_key(row["id"]),
        name=name,
        description=texts.text(row.get("description"), 4000),
        category="Loonflow 2.x",
        document=document,
    )
    problems = document_problems(document)
    if not problems:
        version = workflow_publish(workflow=workflow, actor=None, comment=IMPORTED)
        report.count("workflows", "created")
    else:
        version = WorkflowVersion.objects.get(workflow=workflow, status=Status.DRAFT)
        WorkflowVersion.objects.filter(pk=version.pk).update(status=Status.ARCHIVED, comment=IMPORTED)
        _next_version(workflow, name, document, built.legacy_states, problems, report)
    mapping.remember("workflow", row["id"], target_id=workflow.pk, target_key=str(version.pk))
    pin_legacy_ids(source_id=row["id"], workflow=workflow, document=document, report=report)
    return Target(workflow.pk, version.pk, document, built, name)


IMPORTED = "Imported from Loonflow 2.x"


def _next_version(
    workflow: Workflow,
    name: str,
    document: WorkflowDocument,
    legacy: list[str],
    problems: list[Any],
    report: Report,
) -> None:
    clean = _without_states(document, set(legacy)) if legacy else None
    if clean is not None and not document_problems(clean):
        WorkflowVersion.objects.create(
            workflow=workflow, number=2, status=Status.DRAFT, document=clean.model_dump(mode="json")
        )
        workflow_publish(
            workflow=workflow, actor=None, comment=f"{IMPORTED}, without the states it had deleted"
        )
        report.count("workflows", "created")
        return
    WorkflowVersion.objects.create(
        workflow=workflow, number=2, status=Status.DRAFT, document=document.model_dump(mode="json")
    )
    for problem in problems[:20]:
        report.issue(
            "workflow",
            f"not published, kept as an archived version and a draft: {problem.message}",
            workflow=name,
            state=_state_name(document, problem.path),
            path=problem.path,
        )
    report.count("workflows", "created_unpublished")


def _state_name(document: WorkflowDocument, path: str) -> str:
    """The state a problem path (`states.3.participant.kind`) is about, by name."""
    parts = path.split(".")
    if (
        len(parts) > 1
        and parts[0] == "states"
        and parts[1].isdigit()
        and int(parts[1]) < len(document.states)
    ):
        return document.states[int(parts[1])].name
    return ""


def _without_states(document: WorkflowDocument, keys: set[str]) -> WorkflowDocument:
    return document.model_copy(
        update={
            "states": [state for state in document.states if state.key not in keys],
            "transitions": [t for t in document.transitions if t.source not in keys and t.target not in keys],
        }
    )


# ---- queued runs (the platform API) ------------------------------------------------------------


def v2_import_start(
    *, source_url: str, dry_run: bool, only: list[str] | None, started_by: str
) -> V2ImportRun:
    """Record a run in the current tenant and queue it (after the commit)."""
    from integrations.v2import.tasks import run_v2_import

    parts = check_only(only)
    url = parse_source_url(source_url)
    run = V2ImportRun.objects.create(
        source=url.safe,
        source_encrypted=encrypt_secret(source_url),
        dry_run=dry_run,
        only=parts,
        started_by=started_by[:150],
    )
    # The platform API calls this inside the tenant's context but commits outside it: the message
    # names the tenant itself (core.broker.TENANT_OPTION; the broker middleware would otherwise
    # record the schema current at sending).
    schema = current_schema()
    transaction.on_commit(
        lambda: run_v2_import.send_with_options(args=(run.pk,), tenant_schema=schema), robust=True
    )
    return run


def v2_import_execute(*, run_id: int) -> None:
    """Run a queued import (the worker): its progress and its report or error land on the row."""
    run = V2ImportRun.objects.filter(pk=run_id, status=V2ImportRun.Status.QUEUED).first()
    if run is None:
        return
    url = decrypt_secret(run.source_encrypted) or ""
    V2ImportRun.objects.filter(pk=run.pk).update(status=V2ImportRun.Status.RUNNING, started_at=timezone.now())

    def progress(state: dict[str, Any]) -> None:
        V2ImportRun.objects.filter(pk=run.pk).update(progress=state)

    done: dict[str, Any] = {"source_encrypted": "", "finished_at": timezone.now()}
    try:
        report = v2_import(
            source_url=url,
            actor=f"platform:{run.started_by}",
            dry_run=run.dry_run,
            only=run.only,
            progress=progress,
        )
    except ApplicationError as exc:
        done.update(
            status=V2ImportRun.Status.FAILED,
            error={"code": exc.code, "message": exc.message, "details": exc.details},
        )
    except Exception as exc:
        logger.exception("v2 import %s failed (source %s)", run.pk, safe_url(url))
        done.update(
            status=V2ImportRun.Status.FAILED,
            error={"code": "v2import_failed", "message": type(exc).__name__, "details": None},
        )
    else:
        # A dry run's progress rows were rolled back with it: it says "done" here.
        done.update(status=V2ImportRun.Status.SUCCEEDED, report=report, progress={"step": "done"})
    done["finished_at"] = timezone.now()
    V2ImportRun.objects.filter(pk=run.pk).update(**done)


__all__ = ["PARTS", "SourceError", "check_only", "v2_import", "v2_import_execute", "v2_import_start"]
