"""A countersign vote: recorded once per person and state visit, then the tally decides.

`runtime.countersign` holds the pure rule over a tally; this module writes the vote and reads the
tally of the visit.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from core.access.models import User
from core.errors import Conflict
from engine.tickets.models import TicketHandler, TicketVote
from engine.tickets.runtime.countersign import Outcome, countersign_outcome
from engine.tickets.runtime.loading import LoadedTicket
from engine.workflows.definitions.schema import StateDef, TransitionAttribute, TransitionDef


def cast_vote(loaded: LoadedTicket, state: StateDef, chosen: TransitionDef, *, user: User) -> bool:
    """Record the vote; True when the outcome is decided in the direction of `chosen`."""
    ticket, visit = loaded.ticket, loaded.visit
    decision = (
        TicketVote.Decision.REJECT
        if chosen.attribute == TransitionAttribute.REJECT
        else TicketVote.Decision.AGREE
    )
    try:
        with transaction.atomic():
            TicketVote.objects.create(
                ticket=ticket,
                state_key=state.key,
                state_entry=visit,
                user=user,
                decision=decision,
                transition_key=chosen.key,
            )
    except IntegrityError:
        raise Conflict(_("You have already voted on this ticket here."), code="already_voted") from None
    votes = list(
        TicketVote.objects.filter(ticket=ticket, state_entry=visit).values_list("decision", flat=True)
    )
    # Voters leave the handler list as they vote, so everyone = the votes plus who has not voted yet.
    waiting = (
        TicketHandler.objects.filter(ticket=ticket, state_entry=visit, kind=TicketHandler.Kind.HANDLER)
        .exclude(user=user)
        .count()
    )
    assert state.distribution.countersign is not None
    outcome = countersign_outcome(
        state.distribution.countersign,
        handler_count=len(votes) + waiting,
        agrees=votes.count(TicketVote.Decision.AGREE),
        rejects=votes.count(TicketVote.Decision.REJECT),
    )
    if outcome == Outcome.PENDING:
        TicketHandler.objects.filter(ticket=ticket, state_entry=visit, user=user).remove()
        return False
    # An agree can only complete an agreement and a reject only a rejection (or veto), so the
    # deciding vote's own transition is the way out.
    return True
