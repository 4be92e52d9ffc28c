"""The engine files a sub-process's sub-tickets when a ticket enters a state whose `subprocess`
names a workflow: one per row of a table field, or a fixed number, with values copied from the
parent. They are filed in the same transaction as the move, on behalf of the parent's creator (their
creator), by the engine (their flow log names nobody), and submitted through the child workflow's
only manual transition out of its start state (with none or several, they stay drafts for the
creator to submit). The child workflow's creators and submit limit are not applied: the workflow
designer chose the sub-process, and it files at most `MAX_SUB_TICKETS`."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext

from core.access.auth import Principal
from core.errors import Conflict
from engine.tickets.documents import published_version
from engine.tickets.runtime.creation import NewTicket, insert_ticket
from engine.tickets.runtime.loading import LoadedTicket
from engine.workflows.definitions.schema import Subprocess, TransitionDef, TransitionKind, WorkflowDocument
from engine.workflows.models import Workflow

ENGINE = Principal()  # no person, no app: the engine acting on its own
MAX_SUB_TICKETS = 50
ROW = "row."


def submit_transition(document: WorkflowDocument) -> TransitionDef | None:
    """The start state's only manual transition (None when there is none or several)."""
    start = document.start_state()
    if start is None:
        return None
    manual = [t for t in document.transitions_from(start.key) if t.kind == TransitionKind.MANUAL]
    return manual[0] if len(manual) == 1 else None


def mapped_values(settings: Subprocess, parent: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    """One sub-ticket's values (stored JSON, as the API takes them): each child field from a parent
    field or a column of the row; empty sources are left out (the child's default applies)."""
    values = {}
    for child_key, source in settings.values.items():
        value = row.get(source[len(ROW) :]) if source.startswith(ROW) else parent.get(source)
        if value is not None:
            values[child_key] = value
    return values


def rows_to_file(settings: Subprocess, parent: dict[str, Any]) -> list[dict[str, Any]]:
    """One entry per sub-ticket to file: the table's rows, or `count` empty rows."""
    if settings.rows is None:
        return [{} for _ in range(settings.count or 0)]
    rows = parent.get(settings.rows) or []
    if len(rows) > MAX_SUB_TICKETS:
        raise Conflict(
            gettext(
                "The table %(rows)s has %(count)s rows; a sub-process files at most %(value)s sub-tickets."
            )
            % {"rows": repr(settings.rows), "count": len(rows), "value": MAX_SUB_TICKETS},
            code="too_many_sub_tickets",
        )
    return [row if isinstance(row, dict) else {} for row in rows]


def file_sub_tickets(loaded: LoadedTicket, settings: Subprocess) -> list[int]:
    """File the sub-tickets `settings` asks for under the ticket; their ids."""
    workflow = Workflow.objects.filter(key=settings.workflow).first()
    published = published_version(workflow) if workflow is not None else None
    if workflow is None or published is None:
        raise Conflict(
            gettext("The sub-process workflow %(workflow)s has no published version.")
            % {"workflow": repr(settings.workflow)},
            code="invalid_definition",
        )
    version_id, document = published
    parent = loaded.ticket
    new = NewTicket(
        workflow=workflow,
        version_id=version_id,
        document=document,
        creator=parent.creator,
        principal=ENGINE,
        parent=parent,
    )
    chosen = submit_transition(document)
    filed = []
    for row in rows_to_file(settings, parent.values):
        child, _cleaned = insert_ticket(new, mapped_values(settings, parent.values, row), chosen)
        filed.append(child.pk)
    return filed
