"""Handle several tickets in one request (`POST /tickets/bulk-handle`): the same transition, or each
ticket's approve / reject, with one comment.

Each ticket is its own transaction under its own row lock (`ticket_handle`), one after another in
the order sent, so one refusal never undoes the others: the answer says, per ticket, what happened
or its error (the code, message and status its single request would have answered). Each ticket's
flow log is written as usual; an `Idempotency-Key` makes a retry replay the first answer. Its own
router here, as the ticket router module is at its size limit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router

from core.access.auth import Principal
from core.errors import ApplicationError, Conflict, ValidationFailed, field_problem
from engine.tickets.api import person_for_ticket
from engine.tickets.runtime.guards import lock_for_handler
from engine.tickets.schemas import BulkHandleIn, BulkHandleOut, BulkTicketIn
from engine.tickets.services import ticket_handle
from engine.workflows.definitions.schema import TransitionKind

router = Router(tags=["tickets"])


def _by_attribute(ticket_id: int, principal: Principal, item: BulkTicketIn, attribute: str) -> str:
    """The one manual transition with `attribute` out of the caller's state (the ticket stays
    locked: the caller's transaction goes on to take it)."""
    if_match = str(item.row_version) if item.row_version is not None else None
    _user, loaded, state = lock_for_handler(ticket_id, principal, if_match, item.branch)
    keys = [
        transition.key
        for transition in loaded.document.transitions_from(state.key)
        if transition.kind == TransitionKind.MANUAL and str(transition.attribute) == attribute
    ]
    if len(keys) != 1:
        raise Conflict(
            _("State %(key)s has %(count)s transitions that %(attribute)s.")
            % {"key": repr(state.key), "count": len(keys), "attribute": attribute},
            code="transition_ambiguous" if keys else "transition_not_allowed",
        )
    return keys[0]


def _one(
    principal_for: Callable[[int], Principal], item: BulkTicketIn, payload: BulkHandleIn
) -> dict[str, Any]:
    chosen = payload.transition
    try:
        with transaction.atomic():
            principal = principal_for(item.id)
            if chosen is None:
                chosen = _by_attribute(item.id, principal, item, payload.attribute or "")
            ticket = ticket_handle(
                ticket_id=item.id,
                principal=principal,
                transition=chosen,
                comment=payload.comment,
                if_match=str(item.row_version) if item.row_version is not None else None,
                branch=item.branch,
            )
    except ApplicationError as exc:
        error = {"code": exc.code, "message": exc.message, "status": exc.status}
        return {"id": item.id, "ok": False, "transition": chosen, "error": error}
    return {
        "id": item.id,
        "ok": True,
        "transition": chosen,
        "state": ticket.state_key,
        "status": ticket.status,
        "row_version": ticket.row_version,
    }


def tickets_bulk_handle(
    *, principal_for: Callable[[int], Principal], payload: BulkHandleIn
) -> dict[str, Any]:
    """Handle each ticket of the request in turn (a ticket sent twice is handled once)."""
    if (payload.transition is None) == (payload.attribute is None):
        message = _("Send either `transition` or `attribute`.")
        raise ValidationFailed(message, details=[field_problem("transition", message)])
    seen: set[int] = set()
    results = []
    for item in payload.tickets:
        if item.id in seen:
            continue
        seen.add(item.id)
        results.append(_one(principal_for, item, payload))
    succeeded = sum(1 for result in results if result["ok"])
    return {"results": results, "succeeded": succeeded, "failed": len(results) - succeeded}


@router.post(
    "/tickets/bulk-handle",
    response=BulkHandleOut,
    summary="Take a transition (or approve / reject) on several tickets at once, with per-ticket results",
    description=(
        "At most 100 tickets. Each is handled in its own transaction under its own lock, as "
        "`POST /tickets/{id}/handle` would: a refusal (`ok: false` with its error) leaves that ticket "
        "as it was and the others go on. `row_version` per ticket works as If-Match."
    ),
)
def bulk_handle(request: HttpRequest, payload: BulkHandleIn) -> Any:
    return tickets_bulk_handle(
        principal_for=lambda ticket_id: person_for_ticket(request, ticket_id), payload=payload
    )
