"""Ticket actions as services: create and submit, branch, claim, countersign, guard rails.

The same button pressed by many threads at once is in test_concurrency.py.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from core.errors import ApplicationError
from engine.tickets.models import FlowLog, SerialCounter, Ticket, TicketHandler
from engine.tickets.services import ticket_accept, ticket_create
from engine.tickets.tests.factories import handle_ticket
from engine.workflows.models import Workflow
from engine.workflows.samples import sample_definitions
from engine.workflows.services import workflow_create, workflow_publish
from engine.workflows.tests.factories import LEAVE, PERMISSION, user_principal

# The tests call the services in the `it` schema, on the seeded `world`.
pytestmark = pytest.mark.usefixtures("in_it")


def _handlers(ticket: Ticket) -> list[str]:
    return sorted(TicketHandler.objects.filter(ticket=ticket).values_list("user__username", flat=True))


def _submitted(workflow: Workflow, values: dict[str, Any] = LEAVE) -> Ticket:
    """Alice's ticket of `workflow` (by default a leave request), submitted."""
    return ticket_create(
        workflow=workflow, principal=user_principal("alice"), values=values, transition="submit"
    )


def test_create_and_submit_moves_to_the_leaders_review(world):
    ticket = _submitted(world["leave"])
    ticket.refresh_from_db()
    assert ticket.serial.startswith("LV-")
    assert ticket.serial.endswith("-0001")
    assert ticket.title == "alice: annual leave, 5 day(s)"
    assert ticket.state_key == "lead_review"
    assert ticket.status == "in_progress"
    assert ticket.values["days"] == 5
    assert _handlers(ticket) == ["lead"]
    actions = list(FlowLog.objects.filter(ticket=ticket).values_list("action", "from_state", "to_state"))
    assert actions == [("create", "", "draft"), ("transition", "draft", "lead_review")]


def test_save_as_draft_then_submit(world):
    ticket = ticket_create(workflow=world["leave"], principal=user_principal("alice"), values={"days": 1})
    assert ticket.status == "draft"
    with pytest.raises(ApplicationError) as missing:
        handle_ticket(ticket, "alice", "submit")
    assert missing.value.status == 422
    handle_ticket(ticket, "alice", "submit", values={"start_date": "2026-12-01"})
    ticket.refresh_from_db()
    assert ticket.state_key == "lead_review"


def test_long_leave_branches_to_hr_who_claim_then_approve(world):
    ticket = _submitted(world["leave"])
    handle_ticket(ticket, "lead", "lead_approve", comment="ok")
    ticket.refresh_from_db()
    assert ticket.state_key == "hr_review"
    assert _handlers(ticket) == ["carol", "dave"]
    with pytest.raises(ApplicationError) as claim_first:
        handle_ticket(ticket, "carol", "hr_approve")
    assert claim_first.value.code == "claim_first"
    ticket_accept(ticket_id=ticket.pk, principal=user_principal("carol"))
    assert _handlers(ticket) == ["carol"]
    handle_ticket(ticket, "carol", "hr_approve", values={"hr_note": "fine"})
    ticket.refresh_from_db()
    assert (ticket.state_key, ticket.status) == ("approved", "finished")
    assert ticket.finished_at is not None
    assert _handlers(ticket) == []


def test_short_leave_skips_hr(world):
    ticket = _submitted(world["leave"], {**LEAVE, "days": 2})
    handle_ticket(ticket, "lead", "lead_approve")
    ticket.refresh_from_db()
    assert (ticket.state_key, ticket.status) == ("approved", "finished")


def test_countersign_needs_everyone_and_a_reject_vetoes(world):
    agreed = _submitted(world["it-permission"], PERMISSION)
    assert _handlers(agreed) == ["carol", "lead"]
    handle_ticket(agreed, "lead", "agree")
    agreed.refresh_from_db()
    assert agreed.state_key == "security_review"
    assert _handlers(agreed) == ["carol"]
    with pytest.raises(ApplicationError) as twice:
        handle_ticket(agreed, "lead", "agree")
    assert twice.value.status == 409
    handle_ticket(agreed, "carol", "agree")
    agreed.refresh_from_db()
    assert agreed.state_key == "grant"

    vetoed = _submitted(world["it-permission"], PERMISSION)
    handle_ticket(vetoed, "carol", "disagree")
    vetoed.refresh_from_db()
    assert (vetoed.state_key, vetoed.status) == ("denied", "finished")


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({**LEAVE, "days": "many"}, "fields.days"),
        ({**LEAVE, "leave_type": "vacation"}, "fields.leave_type"),
        ({**LEAVE, "unknown": 1}, "fields.unknown"),
        ({**LEAVE, "hr_note": "sneaky"}, "fields.hr_note"),
    ],
)
def test_bad_values_change_nothing(world, values, field):
    before = Ticket.objects.count()
    with pytest.raises(ApplicationError) as error:
        _submitted(world["leave"], values)
    assert error.value.status == 422
    assert field in [problem["field"] for problem in error.value.details]
    assert Ticket.objects.count() == before
    assert not SerialCounter.objects.filter(prefix="LV").exists()


def test_only_handlers_act_and_stale_versions_are_refused(world):
    ticket = _submitted(world["leave"])
    with pytest.raises(ApplicationError) as stranger:
        handle_ticket(ticket, "bob", "lead_approve")
    # Someone who may not see the ticket learns nothing, not even that it exists.
    assert (stranger.value.status, stranger.value.code) == (404, "not_found")
    with pytest.raises(ApplicationError) as creator:
        handle_ticket(ticket, "alice", "lead_approve")
    assert (creator.value.status, creator.value.code) == (409, "not_a_handler")
    with pytest.raises(ApplicationError) as stale:
        handle_ticket(ticket, "lead", "lead_approve", if_match='"1"')
    assert stale.value.status == 412
    with pytest.raises(ApplicationError) as wrong:
        handle_ticket(ticket, "lead", "hr_approve")
    assert (wrong.value.status, wrong.value.code) == (409, "transition_not_allowed")


def test_serials_stay_gap_free_after_a_refused_create(world):
    first = _submitted(world["leave"])
    with pytest.raises(ApplicationError):
        _submitted(world["leave"], {**LEAVE, "days": 0})
    second = _submitted(world["leave"])
    assert int(second.serial[-4:]) == int(first.serial[-4:]) + 1


def test_the_serial_is_stamped_into_the_title_and_grows_past_four_digits(world):
    sample = next(s for s in sample_definitions("it") if s["key"] == "leave")
    document = sample["document"].model_copy(
        update={"title_template": "{serial} / {creator}", "serial_prefix": "SN"}
    )
    workflow = workflow_create(key="serial-title", name="Serial title", document=document)
    workflow_publish(workflow=workflow, actor=None)
    SerialCounter.objects.create(prefix="SN", day=timezone.localdate(), last=9999)
    ticket = _submitted(workflow)
    ticket.refresh_from_db()
    assert ticket.serial == f"SN-{timezone.localdate():%Y%m%d}-10000"
    assert ticket.title == f"{ticket.serial} / alice"
