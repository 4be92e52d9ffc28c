"""The rows an action leaves behind: its flow-log entry and the ticket's new row version."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from core.access.auth import Principal
from engine.delegations.selectors import stand_ins
from engine.tickets.models import FlowLog, Ticket, TicketBranch, TicketHandler
from engine.tickets.runtime.loading import field_json
from engine.workflows.definitions.schema import WorkflowDocument

# Field key → (old, new) typed values: what `apply_changes` reports as `changed`.
Changes = Mapping[str, tuple[Any, Any]]


def actor_fields(principal: Principal) -> dict[str, Any]:
    """Who acted, as flow-log columns: the person, and the app they acted through (or the robot: a
    script or hook the engine acted for)."""
    return {"actor": principal.user, "via_app": principal.via, "on_behalf_of_id": principal.on_behalf_of_id}


def change_columns(document: WorkflowDocument, changed: Changes) -> dict[str, Any]:
    """A change of field values as flow-log columns, in stored JSON: `changed_fields` (the new
    values by key) and `field_changes` (`{"field", "old", "new"}` per field, in the fields' order)."""
    field_changes = [
        {
            "field": field.key,
            "old": field_json(document, field.key, changed[field.key][0]),
            "new": field_json(document, field.key, changed[field.key][1]),
        }
        for field in document.fields
        if field.key in changed
    ]
    return {
        "changed_fields": {change["field"]: change["new"] for change in field_changes},
        "field_changes": field_changes,
    }


def initial_columns(document: WorkflowDocument, values: Mapping[str, Any]) -> dict[str, Any]:
    """A new ticket's first values (typed) as flow-log columns: every value set, from nothing."""
    return change_columns(
        document, {key: (None, value) for key, value in values.items() if value is not None}
    )


def log_action(
    ticket: Ticket, principal: Principal, action: str, *, branch: TicketBranch | None = None, **fields: Any
) -> None:
    """Log an action that leaves the ticket (or its branch) in its state."""
    state_key = branch.state_key if branch is not None else ticket.state_key
    FlowLog.objects.create(
        ticket=ticket,
        action=action,
        from_state=state_key,
        to_state=state_key,
        branch=branch.key if branch is not None else "",
        **fields,
        **actor_fields(principal),
    )


def bump_version(ticket: Ticket, *extra: str) -> None:
    """Save a new row version (and the `extra` fields changed with it)."""
    ticket.row_version += 1
    ticket.save(update_fields=["row_version", "updated_at", *extra])


def handler_rows(
    ticket: Ticket,
    user_ids: Iterable[int],
    kind: str = TicketHandler.Kind.HANDLER,
    *,
    branch: TicketBranch | None = None,
) -> list[TicketHandler]:
    """These people's places on a visit (unsaved): the branch's current one, or the ticket's.

    A turn (handler, candidate) of someone away goes to whoever stands in for them (a running
    delegation, `stand_ins`), marked on behalf of them; someone already asked keeps their own place."""
    people = list(dict.fromkeys(user_ids))
    away = stand_ins(people, workflow_id=ticket.workflow_id) if kind != TicketHandler.Kind.CONSULTED else {}
    places: dict[int, int | None] = {user_id: None for user_id in people if user_id not in away}
    for user_id in people:
        if user_id in away:
            places.setdefault(away[user_id], user_id)
    return [
        TicketHandler(
            ticket=ticket,
            user_id=user_id,
            on_behalf_of_id=on_behalf_of,
            kind=kind,
            state_entry=branch.state_entry if branch is not None else ticket.state_entry,
            branch=branch,
            ticket_created_at=ticket.created_at,
        )
        for user_id, on_behalf_of in places.items()
    ]


def add_handlers(
    ticket: Ticket,
    user_ids: Iterable[int],
    kind: str = TicketHandler.Kind.HANDLER,
    *,
    branch: TicketBranch | None = None,
) -> None:
    """Put these people on a visit (handlers, candidates, consulted): the branch's current one, or
    the ticket's."""
    TicketHandler.objects.bulk_create(handler_rows(ticket, user_ids, kind, branch=branch))
