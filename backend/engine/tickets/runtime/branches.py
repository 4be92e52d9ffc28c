"""The rows of a ticket's parallel branches: starting them at a split, finding a person's branch,
and ending them (met at the join, or cancelled). Moving a branch between states is
`runtime.transitions`' job; this module only reads and writes `TicketBranch` and what hangs off a
branch's visit (handlers, timers)."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Q
from django.utils import timezone

from engine.tickets.models import Ticket, TicketBranch, TicketHandler
from engine.tickets.runtime import effects
from engine.tickets.runtime.loading import LoadedTicket
from engine.workflows.definitions.gateways import is_split

OPEN = (TicketBranch.Status.ACTIVE, TicketBranch.Status.ARRIVED)


def new_branches(
    ticket: Ticket, *, parent: TicketBranch | None, split_key: str, edge_keys: list[str]
) -> list[TicketBranch]:
    """The branches the split at the ticket's current visit starts, one along each of `edge_keys`
    (unsaved, at the split: `enter_state` puts each in its first one; the split saves them)."""
    prefix = f"{parent.key}/" if parent is not None else ""
    now = timezone.now()
    return [
        TicketBranch(
            ticket=ticket,
            parent=parent,
            key=f"{prefix}{split_key}:{edge_key}",
            split_key=split_key,
            split_entry=ticket.state_entry,
            state_key=split_key,
            state_entry=ticket.state_entry,
            state_entered_at=now,
        )
        for edge_key in edge_keys
    ]


def siblings(branch: TicketBranch) -> Q:
    """The branches started by the same visit of the same split (the branch included)."""
    return Q(
        ticket_id=branch.ticket_id,
        parent_id=branch.parent_id,
        split_key=branch.split_key,
        split_entry=branch.split_entry,
    )


def all_arrived(branch: TicketBranch) -> bool:
    return not TicketBranch.objects.filter(siblings(branch), status=TicketBranch.Status.ACTIVE).exists()


def finish_generation(branch: TicketBranch) -> None:
    """Every branch of the generation met at the join."""
    TicketBranch.objects.filter(siblings(branch)).update(status=TicketBranch.Status.DONE)


def open_branches(ticket: Ticket) -> list[TicketBranch]:
    return list(TicketBranch.objects.filter(ticket=ticket, status__in=OPEN).order_by("id"))


def cancel(ticket: Ticket, branches: Iterable[TicketBranch]) -> None:
    """End these branches and every branch below them: their handlers go, their timers never fire."""
    ids = {branch.pk for branch in branches}
    frontier = set(ids)
    while frontier:
        frontier = set(TicketBranch.objects.filter(parent_id__in=frontier).values_list("pk", flat=True)) - ids
        ids |= frontier
    open_rows = TicketBranch.objects.filter(pk__in=ids, status__in=OPEN)
    visits = list(open_rows.values_list("state_entry", flat=True))
    open_rows.update(status=TicketBranch.Status.CANCELLED)
    TicketHandler.objects.filter(ticket=ticket, state_entry__in=visits).remove()
    effects.cancel_timers(ticket, *visits)


def cancel_generation(branch: TicketBranch) -> None:
    """A reject left the branches of this split: the branch and its siblings end."""
    cancel(Ticket(pk=branch.ticket_id), TicketBranch.objects.filter(siblings(branch)))


def cancel_all(ticket: Ticket) -> None:
    """Withdraw, close and force-state settle every branch."""
    cancel(ticket, TicketBranch.objects.filter(ticket=ticket, parent=None, status__in=OPEN))


def branch_at_visit(ticket: Ticket, state_entry: int) -> TicketBranch | None:
    """The open branch whose current visit this is (None: not a branch's)."""
    return TicketBranch.objects.filter(ticket=ticket, state_entry=state_entry, status__in=OPEN).first()


def running(loaded: LoadedTicket) -> bool:
    """Whether the ticket's own path waits at a split while branches run (no query when it does not)."""
    return is_split(loaded.document.state(loaded.ticket.state_key))


def settle(loaded: LoadedTicket) -> None:
    """Before withdraw, close or force-state: end every branch (a single-path ticket has none)."""
    if running(loaded):
        cancel_all(loaded.ticket)


def current_states(loaded: LoadedTicket) -> list[str]:
    """The states the ticket is in: its own, or while branches run, each active branch's."""
    if not running(loaded):
        return [loaded.ticket.state_key]
    rows = TicketBranch.objects.filter(ticket=loaded.ticket, status=TicketBranch.Status.ACTIVE)
    return [
        key for key in rows.values_list("state_key", flat=True) if not is_split(loaded.document.state(key))
    ]
