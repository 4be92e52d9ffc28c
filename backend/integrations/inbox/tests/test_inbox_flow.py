"""The engine → inbox flow end to end: ticket actions write outbox events, the inbox subscriber
turns them into one row per concerned person (turn, moved, comment, mention, consult, SLA), once."""

from __future__ import annotations

import pytest

from core.access.models import User
from engine.tickets.models import OutboxEvent
from engine.tickets.runtime import effects
from engine.tickets.services import ticket_comment, ticket_consult, ticket_handle
from engine.tickets.tasks import process_event
from engine.workflows.definitions.schema import WorkflowEvent
from engine.workflows.tests.factories import user_principal
from integrations.inbox.models import InboxItem, NotificationPreference
from integrations.inbox.tasks import mentioned
from integrations.inbox.tests.factories import filed, inbox_of, process

pytestmark = pytest.mark.django_db


def test_submit_puts_the_turn_in_the_handlers_inbox_once(people_world):
    ticket = filed(people_world)
    assert inbox_of("lead") == [("turn", ticket.serial)]
    assert inbox_of("alice") == []  # nobody hears of their own action
    item = InboxItem.objects.get(user__username="lead")
    assert item.actor is not None
    assert (item.state_name, item.actor.username, item.read_at) == ("Leader review", "alice", None)
    for event in OutboxEvent.objects.filter(ticket=ticket):  # a sweep racing the worker adds nothing
        OutboxEvent.objects.filter(pk=event.pk).update(processed_at=None)
        process_event.fn(event.pk)
    assert InboxItem.objects.count() == 1


def test_approval_moves_the_ticket_for_its_creator_and_turns_to_the_candidates(people_world):
    ticket = filed(people_world)
    ticket_handle(ticket_id=ticket.pk, principal=user_principal("lead"), transition="lead_approve")
    process(ticket)
    assert inbox_of("alice") == [("moved", ticket.serial)]
    # HR review is claimed: both HR people may take it, so it is the turn of both.
    assert inbox_of("carol") == [("turn", ticket.serial)]
    assert inbox_of("dave") == [("turn", ticket.serial)]
    assert inbox_of("lead") == [("turn", ticket.serial)]  # nothing new for the one who acted


def test_a_comment_reaches_creator_and_handlers_and_a_mention_whoever_may_see_it(people_world):
    ticket = filed(people_world)
    ticket_comment(
        ticket_id=ticket.pk, principal=user_principal("alice"), comment="Any news, @lead? cc @bob."
    )
    process(ticket)
    # lead is both mentioned and a handler: one row, the mention. bob may not see the ticket: nothing.
    assert inbox_of("lead") == [("turn", ticket.serial), ("mention", ticket.serial)]
    assert inbox_of("bob") == []
    ticket_comment(ticket_id=ticket.pk, principal=user_principal("lead"), comment="Looking at it")
    process(ticket)
    assert inbox_of("alice") == [("comment", ticket.serial)]
    assert InboxItem.objects.get(user__username="alice").excerpt == "Looking at it"


def test_a_consultation_reaches_the_person_asked(people_world):
    ticket = filed(people_world)
    ticket_consult(ticket_id=ticket.pk, principal=user_principal("lead"), to="carol", comment="Your view?")
    process(ticket)
    assert inbox_of("carol") == [("consult", ticket.serial)]
    assert InboxItem.objects.get(user__username="carol").excerpt == "Your view?"


def test_an_sla_breach_warns_the_waiting_handlers(people_world):
    ticket = filed(people_world)
    effects.save_events(
        [effects.event(ticket, WorkflowEvent.SLA_BREACHED, principal=None, sla_action="remind")]
    )
    process(ticket)
    assert inbox_of("lead") == [("turn", ticket.serial), ("sla", ticket.serial)]


def test_preferences_keep_a_kind_out_of_the_inbox(people_world):
    lead = User.objects.get(username="lead")
    NotificationPreference.objects.create(user=lead, channels={"turn": ["email"]})
    filed(people_world)
    assert inbox_of("lead") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("@lead and @carol, @lead again", ["lead", "carol"]),
        ("mail alice@example.com", []),
        ("ask @bob.", ["bob"]),
        ("@a.b-c_d+e!", ["a.b-c_d+e"]),
        ("no mention @", []),
    ],
)
def test_mentions_are_parsed_from_comments(text, names):
    assert mentioned(text) == names
