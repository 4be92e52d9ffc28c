"""The rows an action leaves behind: its flow-log entry and the ticket's new row version."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from core.access.auth import Principal
from engine.tickets.models import FlowLog, Ticket, TicketBranch, TicketHandler


def actor_fields(principal: Principal) -> dict[str, Any]:
    """Who acted, as flow-log columns: the person, and the app they acted through."""
    return {"actor": principal.user, "via_app": principal.app.name if principal.app else ""}


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


def add_handlers(
    ticket: Ticket,
    user_ids: Iterable[int],
    kind: str = TicketHandler.Kind.HANDLER,
    *,
    branch: TicketBranch | None = None,
) -> None:
    """Put these people on a visit (handlers, candidates, consulted): the branch's current one, or
    the ticket's."""
    TicketHandler.objects.bulk_create(
        [
            TicketHandler(
                ticket=ticket,
                user_id=user_id,
                kind=kind,
                state_entry=branch.state_entry if branch is not None else ticket.state_entry,
                branch=branch,
                ticket_created_at=ticket.created_at,
            )
            for user_id in user_ids
        ]
    )
