"""When a delegation that moves waiting turns starts: the turns (handler and candidate places)
already waiting for its delegator on open tickets of its workflows pass to its delegate, marked on
behalf of the delegator, each ticket's version bumped and a `delegate` row in its flow log.

Only the tickets no one else is acting on right now are taken (`SKIP LOCKED`): a hand-over never
waits for, nor deadlocks with, an action on a ticket (which may lock a parent ticket too). The others
are reported as pending, and the scheduler tries again on its next tick. A visit the delegate already
holds a place on keeps the delegator's.
"""

from __future__ import annotations

from django.db.models import Exists, F, OuterRef
from django.utils import timezone

from core.access.models import User
from engine.delegations.models import Delegation
from engine.tickets.documents import DONE_STATUSES
from engine.tickets.models import FlowLog, Ticket, TicketHandler

TURNS = (TicketHandler.Kind.HANDLER, TicketHandler.Kind.CANDIDATE)


def hand_over(delegation: Delegation, by: User | None) -> tuple[int, int]:
    """Move the delegator's waiting turns to the delegate: (places moved, tickets left for later)."""
    turns = TicketHandler.objects.filter(user_id=delegation.delegator_id, kind__in=TURNS).exclude(
        ticket__status__in=DONE_STATUSES
    )
    if delegation.workflow_ids:
        turns = turns.filter(ticket__workflow_id__in=delegation.workflow_ids)
    taken = TicketHandler.objects.filter(
        ticket_id=OuterRef("ticket_id"), state_entry=OuterRef("state_entry"), user_id=delegation.delegate_id
    )
    turns = turns.exclude(Exists(taken))
    ticket_ids = sorted(set(turns.values_list("ticket_id", flat=True)))
    if not ticket_ids:
        return 0, 0
    tickets = list(
        Ticket.objects.select_for_update(skip_locked=True)
        .filter(pk__in=ticket_ids)
        .order_by("pk")
        .only("pk", "state_key")
    )
    pending = len(ticket_ids) - len(tickets)
    ticket_ids = [ticket.pk for ticket in tickets]
    moved = TicketHandler.objects.filter(pk__in=turns.filter(ticket_id__in=ticket_ids).values("pk")).update(
        user_id=delegation.delegate_id, on_behalf_of_id=delegation.delegator_id
    )
    Ticket.objects.filter(pk__in=ticket_ids).update(
        row_version=F("row_version") + 1, updated_at=timezone.now()
    )
    names = dict(
        User.objects.filter(pk__in=[delegation.delegator_id, delegation.delegate_id]).values_list(
            "pk", "username"
        )
    )
    FlowLog.objects.bulk_create(
        FlowLog(
            ticket=ticket,
            action="delegate",
            from_state=ticket.state_key,
            to_state=ticket.state_key,
            actor=by,
            on_behalf_of_id=delegation.delegator_id,
            changed_fields={
                "from": names.get(delegation.delegator_id),
                "to": names.get(delegation.delegate_id),
            },
        )
        for ticket in tickets
    )
    return moved, pending
