"""Sub-processes: a state with a `subtickets` transition waits for the sub-tickets filed under the
ticket, and moves on when their statuses allow it (see docs/workflows.md, "Sub-processes").

The decision (`way_on`) is made from the sub-tickets' statuses, never from the event that led to
it, and it is made again after every move of any ticket (`after_move`, called by `enter_state`) and
after a close: a sub-ticket that settles asks its parent, and a ticket that enters a waiting state
asks itself, so sub-tickets that finished early, closed, withdrawn or forced to an end all count,
and a state with none moves on at once (or, with `when_none: wait`, waits for the first).

Which sub-tickets count: those filed since the ticket last left the waiting state (all of them on
its first visit), so ones filed while it was in an earlier state count, and a second visit does not
count the first visit's sub-tickets again.

A sub-ticket is running until it is finished, closed or withdrawn (settled). It is rejected when it
reached its end state through a transition with the `reject` attribute; closed and withdrawn ones are
settled without being rejected (nobody decided against the request; it was called off).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import F
from django.utils.translation import gettext as _

from core.errors import Conflict
from engine.tickets.documents import DONE_STATUSES, cached_document, parsed_document
from engine.tickets.models import FlowLog, Ticket
from engine.tickets.runtime.filing import ENGINE, file_sub_tickets
from engine.tickets.runtime.loading import LoadedTicket, load_locked
from engine.tickets.runtime.transitions import take_transition
from engine.workflows.definitions.schema import (
    StateDef,
    Subprocess,
    TransitionAttribute,
    TransitionDef,
    TransitionKind,
    WorkflowDocument,
)
from engine.workflows.models import WorkflowVersion

SETTLED_STATUSES = frozenset({*DONE_STATUSES, Ticket.Status.WITHDRAWN})
# A ticket moved on by its sub-tickets may enter another waiting state, and so on; a document whose
# waiting states lead into each other with nothing to wait for would do so forever.
MAX_AUTOMATIC_MOVES = 20
# Sub-processes whose sub-tickets file sub-tickets in turn, as deep as this (a workflow naming itself
# as its own sub-process would otherwise file forever).
MAX_NESTING = 5
# The tickets filing their sub-tickets right now: those decide once all are filed, not after each.
_filing: ContextVar[frozenset[int]] = ContextVar("subprocess_filing", default=frozenset())


@contextmanager
def _filing_under(ticket_id: int) -> Iterator[None]:
    if len(_filing.get()) >= MAX_NESTING:
        raise Conflict(
            _("Sub-processes nest deeper than %(value)s levels; check the workflows they name.")
            % {"value": MAX_NESTING},
            code="invalid_definition",
        )
    token = _filing.set(_filing.get() | {ticket_id})
    try:
        yield
    finally:
        _filing.reset(token)


def settings_of(state: StateDef) -> Subprocess:
    return state.subprocess or Subprocess()


def ways_out(document: WorkflowDocument, state: StateDef) -> list[TransitionDef]:
    """The state's `subtickets` transitions (none: the state does not wait for sub-tickets)."""
    return [t for t in document.transitions_from(state.key) if t.kind == TransitionKind.SUBTICKETS]


def counted_children(ticket: Ticket, state: StateDef) -> list[tuple[int, str]]:
    """(id, status) of the sub-tickets the ticket's visit to `state` waits for."""
    children = Ticket.objects.filter(parent=ticket)
    left = (
        FlowLog.objects.filter(ticket=ticket, from_state=state.key)
        .exclude(to_state=state.key)
        .order_by("-id")
        .values_list("created_at", flat=True)
        .first()
    )
    if left is not None:
        children = children.filter(created_at__gt=left)
    return list(children.order_by("id").values_list("id", "status"))


def _document_of(version_id: int) -> WorkflowDocument:
    return cached_document(version_id) or parsed_document(WorkflowVersion.objects.get(pk=version_id))


def any_rejected(finished_ids: list[int]) -> bool:
    """Whether any of these finished tickets entered its end state through a reject transition."""
    if not finished_ids:
        return False
    entries = (
        FlowLog.objects.filter(ticket_id__in=finished_ids)
        .exclude(from_state=F("to_state"))
        .order_by("ticket_id", "-id")
        .distinct("ticket_id")
        .values_list("ticket__version_id", "transition_key")
    )
    for version_id, key in entries:
        document = _document_of(version_id)
        taken = next((t for t in document.transitions if t.key == key), None)
        if taken is not None and taken.attribute == TransitionAttribute.REJECT:
            return True
    return False


def decide(
    settings: Subprocess, ways: list[TransitionDef], children: list[tuple[int, str]]
) -> TransitionDef | None:
    """Which of `ways` the sub-tickets `children` ((id, status)) open now; None: keep waiting."""
    rejecting = next((t for t in ways if t.attribute == TransitionAttribute.REJECT), None)
    agreeing = next((t for t in ways if t.attribute != TransitionAttribute.REJECT), None)
    finished = [pk for pk, status in children if status == Ticket.Status.FINISHED]
    if settings.continue_on == "first_rejection" and rejecting is not None and any_rejected(finished):
        return rejecting
    if not children and settings.when_none == "wait":
        return None
    if any(status not in SETTLED_STATUSES for _pk, status in children):
        return None
    return agreeing


def way_on(loaded: LoadedTicket) -> TransitionDef | None:
    """The `subtickets` transition the ticket takes now, from its sub-tickets' statuses; None: it
    stays (it is not waiting, or it waits for a sub-ticket)."""
    ticket, document = loaded.ticket, loaded.document
    state = document.state(ticket.state_key)
    if ticket.status in DONE_STATUSES or state is None:
        return None
    ways = ways_out(document, state)
    if not ways:
        return None
    return decide(settings_of(state), ways, counted_children(ticket, state))


def settle(loaded: LoadedTicket) -> None:
    """Move the ticket on if its sub-tickets allow it now (the engine acts, nobody in person)."""
    way = way_on(loaded)
    if way is None or loaded.automatic_moves >= MAX_AUTOMATIC_MOVES:
        return
    loaded.automatic_moves += 1
    if way.attribute == TransitionAttribute.REJECT:
        comment = "A sub-ticket was rejected."
    else:
        comment = "All sub-tickets settled."
    take_transition(loaded, way, principal=ENGINE, comment=comment, changed={})


def settle_parent(parent_id: int) -> None:
    """A sub-ticket settled: its parent moves on if it waits for nothing else."""
    if parent_id in _filing.get():
        return  # it is filing its sub-tickets and decides when they are all filed
    parent = load_locked(parent_id)
    if parent.ticket.status not in DONE_STATUSES:
        settle(parent)


def after_move(loaded: LoadedTicket, target: StateDef) -> None:
    """Called by `enter_state` after every move: a sub-ticket that settled asks its parent; a ticket
    that entered a waiting state files its sub-tickets (when the state says so) and asks itself."""
    ticket = loaded.ticket
    if ticket.parent_id is not None and ticket.status in SETTLED_STATUSES:
        settle_parent(ticket.parent_id)
    if ways_out(loaded.document, target):
        settings = settings_of(target)
        if settings.workflow:
            with _filing_under(ticket.pk):
                file_sub_tickets(loaded, settings)
        settle(loaded)
