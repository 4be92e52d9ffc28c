"""A ticket loaded for a write: the row locked, its workflow version and its values typed.

Every write locks the ticket row first (`load_locked`), so actions on one ticket run one after
another; what they read afterwards is what they change.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _

from core.errors import NotFound
from engine.tickets.documents import ticket_document, typed_values
from engine.tickets.models import FlowLog, OutboxEvent, Ticket, TicketBranch, TicketHandler, Timer
from engine.tickets.runtime.values import to_storage
from engine.workflows.definitions.schema import WorkflowDocument


@dataclass
class LoadedTicket:
    ticket: Ticket
    document: WorkflowDocument
    values: dict[str, Any]  # typed
    # Flow-log rows written with the next state change (create + submit is one INSERT of both).
    pending_logs: list[FlowLog] = dataclasses.field(default_factory=list)
    # Outbox rows written with the next state change, in the same statement as its own.
    pending_events: list[OutboxEvent] = dataclasses.field(default_factory=list)
    # What the branches a split starts leave behind, written once they all are in their first
    # state (`transitions.flush`): their handler and timer rows.
    pending_handlers: list[TicketHandler] = dataclasses.field(default_factory=list)
    pending_timers: list[Timer] = dataclasses.field(default_factory=list)
    # Moves the engine made on its own in this action (sub-processes; bounded against loops).
    automatic_moves: int = 0

    # The branch the action is on (None: the ticket's own path, the only one of most tickets).
    branch: TicketBranch | None = None
    # Whose turn the caller takes, when a delegation gave it to them (their handler row says so).
    on_behalf_of_id: int | None = None

    @property
    def state_key(self) -> str:
        """The state the action is in: its branch's, or the ticket's."""
        return self.branch.state_key if self.branch is not None else self.ticket.state_key

    @property
    def visit(self) -> int:
        """The visit of that state the action belongs to (handlers, votes and timers carry it)."""
        return self.branch.state_entry if self.branch is not None else self.ticket.state_entry


def field_types(document: WorkflowDocument) -> dict[str, str]:
    """Each field's type by key, as the condition language wants it."""
    return {field.key: str(field.type) for field in document.fields}


def field_json(document: WorkflowDocument, key: str, value: Any) -> Any:
    """A typed value of field `key` as stored JSON (None for an unknown field or no value)."""
    field = document.field(key)
    return None if field is None or value is None else to_storage(field, value)


def load_locked(ticket_id: int) -> LoadedTicket:
    """Lock the ticket row (404 when there is none) and load its version and typed values."""
    ticket = (
        Ticket.objects.select_for_update(of=("self",))
        .select_related("workflow", "creator")
        .filter(pk=ticket_id)
        .first()
    )
    if ticket is None:
        raise NotFound(_("No ticket with id %(ticket_id)s.") % {"ticket_id": ticket_id})
    document = ticket_document(ticket)
    return LoadedTicket(ticket=ticket, document=document, values=typed_values(document, ticket.values))
