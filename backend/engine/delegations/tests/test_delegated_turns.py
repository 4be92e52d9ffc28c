"""While a delegation runs, new turns go to the delegate, marked on behalf of the delegator; the
flow log says "Y on behalf of X"; the to-do shows it; waiting turns move over when asked to."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django_tenants.utils import schema_context

from engine.delegations.tests.factories import acted, delegate, last_log, turns
from engine.tickets.tests.factories import create_ticket, handle_ticket, reloaded

pytestmark = pytest.mark.django_db


def test_a_new_turn_goes_to_the_delegate_on_behalf_of_the_delegator(world, as_user):
    delegate("lead", "bob")
    ticket = create_ticket(world["leave"], days=2)
    assert turns(ticket) == {"bob": "lead"}
    todo = as_user("bob").get("/api/v1/tickets?view=todo").json()["items"]
    assert [item["id"] for item in todo] == [ticket.pk]
    assert todo[0]["my_steps"][0]["on_behalf_of"]["username"] == "lead"
    assert as_user("lead").get("/api/v1/tickets?view=todo").json()["items"] == []

    handle_ticket(ticket, "bob", "lead_approve", comment="for lead")
    assert acted(ticket) == ("transition", "bob", "lead")
    assert last_log(ticket).to_state == "approved"
    log = as_user("alice").get(f"/api/v1/tickets/{ticket.pk}/flow-log").json()
    assert log[-1]["actor"]["username"] == "bob"
    assert log[-1]["on_behalf_of"]["username"] == "lead"


def test_a_chain_ends_at_the_last_delegate_and_candidates_are_not_doubled(world):
    delegate("carol", "dave")
    delegate("dave", "bob")
    ticket = create_ticket(world["leave"], days=5)
    handle_ticket(ticket, "lead", "lead_approve")  # to hr_review: carol and dave may claim
    assert turns(ticket) == {"bob": "carol"}  # carol → dave → bob; dave's own turn is bob's too


def test_only_the_workflows_named_and_only_while_it_runs(world):
    delegate("lead", "bob", workflow_ids=[world["it-permission"].pk])
    delegate("lead", "carol", starts_in=timedelta(days=30), lasts=timedelta(days=2))
    ticket = create_ticket(world["leave"], days=2)
    assert turns(ticket) == {"lead": None}


def test_a_cancelled_delegation_gives_no_more_turns(world, as_user):
    delegation = delegate("lead", "bob")
    response = as_user("lead").delete(f"/api/v1/delegations/{delegation.pk}")
    assert response.status_code == 200, response.content
    assert response.json()["running"] is False
    assert turns(create_ticket(world["leave"])) == {"lead": None}


def test_waiting_turns_move_over_when_asked(world):
    waiting = [create_ticket(world["leave"], days=2) for _ in range(2)]
    before = reloaded(waiting[0]).row_version
    delegation = delegate("lead", "bob", move_waiting=True)
    assert delegation.moved_at is not None
    for ticket in waiting:
        assert turns(ticket) == {"bob": "lead"}
        assert acted(ticket) == ("delegate", "lead", "lead")
        assert last_log(ticket).changed_fields == {"from": "lead", "to": "bob"}
    assert reloaded(waiting[0]).row_version == before + 1
    handle_ticket(waiting[0], "bob", "lead_reject")
    assert acted(waiting[0]) == ("transition", "bob", "lead")


def test_waiting_turns_stay_without_move_waiting(world):
    ticket = create_ticket(world["leave"], days=2)
    delegate("lead", "bob")
    assert turns(ticket) == {"lead": None}


def test_ticket_detail_shows_the_handler_on_behalf_of(world, as_user):
    delegate("lead", "bob")
    ticket = create_ticket(world["leave"], days=2)
    with schema_context("it"):
        detail = as_user("alice").get(f"/api/v1/tickets/{ticket.pk}").json()
    assert [(h["username"], h["on_behalf_of"]["username"]) for h in detail["handlers"]] == [("bob", "lead")]


def test_a_planned_delegation_hands_waiting_turns_over_when_the_scheduler_sees_it_start(world):
    from django.utils import timezone

    from engine.delegations.services import delegations_start_due
    from integrations.scheduler import tick

    ticket = create_ticket(world["leave"], days=2)
    delegation = delegate("lead", "bob", starts_in=timedelta(hours=1), move_waiting=True)
    assert delegation.moved_at is None
    with schema_context("it"):
        assert delegations_start_due() == 0  # not yet
    assert turns(ticket) == {"lead": None}
    report = tick(now=timezone.now() + timedelta(hours=2))
    assert report.delegations_started == 1
    assert turns(ticket) == {"bob": "lead"}
    assert acted(ticket) == ("delegate", "", "lead")  # the system handed it over
    assert tick(now=timezone.now() + timedelta(hours=3)).delegations_started == 0  # once


def test_a_visit_the_delegate_already_holds_keeps_the_delegators_place(world):
    ticket = create_ticket(world["leave"], days=5)
    handle_ticket(ticket, "lead", "lead_approve")  # hr_review: carol and dave may claim
    assert turns(ticket) == {"carol": None, "dave": None}
    delegate("carol", "dave", move_waiting=True)
    assert turns(ticket) == {"carol": None, "dave": None}  # dave is there already: nothing doubled
