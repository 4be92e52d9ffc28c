"""Builders shared by the integrations tests (hooks, scripts, webhooks, timers): a published workflow
made of a start state, one working state and end states; running a ticket's outbox events as the
worker would; a ticket's flow log."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from engine.tickets import tasks as outbox
from engine.tickets.models import FlowLog, OutboxEvent, Ticket
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.models import Workflow
from engine.workflows.services import workflow_create, workflow_publish


def document(
    prefix: str,
    *,
    fields: list[dict[str, Any]],
    working: dict[str, Any],
    ends: Iterable[str],
    transitions: list[dict[str, Any]],
    start: str = "draft",
    **extra: Any,
) -> WorkflowDocument:
    """`start` → the `working` state → one of `ends` (each state named after its key)."""
    states = [
        {"key": start, "name": start.title(), "type": "start"},
        working,
        *({"key": key, "name": key.title(), "type": "end"} for key in ends),
    ]
    return WorkflowDocument.model_validate(
        {"serial_prefix": prefix, "fields": fields, "states": states, "transitions": transitions, **extra}
    )


def published(key: str, document: WorkflowDocument, *, name: str | None = None) -> Workflow:
    workflow = workflow_create(key=key, name=name or key, document=document)
    workflow_publish(workflow=workflow, actor=None)
    return workflow


def process_events(ticket: Ticket) -> None:
    """Process the ticket's unprocessed outbox events in order, as the worker would."""
    pending = OutboxEvent.objects.filter(ticket=ticket, processed_at=None).order_by("pk")
    for event_id in pending.values_list("pk", flat=True):
        outbox.process_event.fn(event_id)


def flow_log(ticket: Ticket, action: str) -> list[FlowLog]:
    return list(FlowLog.objects.filter(ticket=ticket, action=action).order_by("pk"))
