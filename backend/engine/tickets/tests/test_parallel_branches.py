"""Parallel and inclusive branches at run time (runtime/transitions.py, runtime/branches.py): a split
starts its branches, each with its own handlers; the join goes on once every started branch has
arrived; a reject out of the branches ends them; withdraw, close and force-state settle them all.

The onboarding flow (engine/workflows/tests/factories.py `parallel_document`): bob prepares IT,
carol facilities, in parallel; lead signs off after the join.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context

from core.errors import Conflict
from engine.tickets.models import FlowLog, Ticket, Timer
from engine.tickets.services import (
    ticket_close,
    ticket_create,
    ticket_force_state,
    ticket_handle,
    ticket_withdraw,
)
from engine.tickets.tests.factories import act, handlers_of, onboarding, places, publish, reloaded, submit
from engine.workflows.tests.factories import appending, auto, edge, setting, state, user_principal

IT, FACILITIES = "fork:to_it", "fork:to_facilities"


def branch_log(ticket: Ticket) -> list[tuple[str, str, str, str]]:
    with schema_context("it"):
        rows = FlowLog.objects.filter(ticket=ticket).order_by("id")
        return [(row.action, row.from_state, row.to_state, row.branch) for row in rows]


def test_a_split_starts_every_branch_with_its_own_handlers(world: Any) -> None:
    ticket = submit(onboarding())
    assert reloaded(ticket).state_key == "fork"
    assert reloaded(ticket).status == "in_progress"
    assert places(ticket) == {IT: ("it", "active"), FACILITIES: ("facilities", "active")}
    assert handlers_of(ticket) == {"bob": [IT], "carol": [FACILITIES]}


def test_the_join_waits_for_every_branch_then_the_ticket_goes_on(world: Any) -> None:
    ticket = submit(onboarding())
    act(ticket, "bob", "it_done")
    assert places(ticket)[IT] == ("meet", "arrived")
    assert reloaded(ticket).state_key == "fork"
    assert handlers_of(ticket) == {"carol": [FACILITIES]}

    act(ticket, "carol", "facilities_done")
    assert reloaded(ticket).state_key == "manager"
    assert set(places(ticket).values()) == {("meet", "done")}
    assert handlers_of(ticket) == {"lead": [""]}
    act(ticket, "lead", "sign_off")
    assert reloaded(ticket).status == "finished"


def test_the_flow_log_says_which_branch_each_row_belongs_to(world: Any) -> None:
    ticket = submit(onboarding())
    act(ticket, "carol", "facilities_done")
    act(ticket, "bob", "it_done")
    assert branch_log(ticket) == [
        ("create", "", "start", ""),
        ("transition", "start", "fork", ""),
        ("split", "fork", "it", IT),
        ("split", "fork", "facilities", FACILITIES),
        ("transition", "facilities", "meet", FACILITIES),
        ("transition", "it", "meet", IT),
        ("join", "meet", "manager", ""),
    ]


def test_a_reject_out_of_the_branches_ends_them_all(world: Any) -> None:
    ticket = submit(onboarding())
    act(ticket, "bob", "it_refuse")
    ticket = reloaded(ticket)
    assert (ticket.state_key, ticket.status) == ("start", "returned")
    assert set(places(ticket).values()) == {("it", "cancelled"), ("facilities", "cancelled")}
    assert handlers_of(ticket) == {}
    # Submitted again, a fresh generation of branches starts.
    act(ticket, "alice", "submit")
    assert handlers_of(ticket) == {"bob": [IT], "carol": [FACILITIES]}


def test_someone_on_two_branches_says_which_one(world: Any) -> None:
    ticket = submit(onboarding(setting("states.3.participant", {"kind": "users", "users": ["bob"]})))
    assert handlers_of(ticket) == {"bob": sorted([IT, FACILITIES])}
    with pytest.raises(Conflict) as refused:
        act(ticket, "bob", "it_done")
    assert refused.value.code == "branch_required"
    assert refused.value.details == {"branches": sorted([IT, FACILITIES])}
    act(ticket, "bob", "facilities_done", branch=FACILITIES)
    assert places(ticket)[FACILITIES] == ("meet", "arrived")
    act(ticket, "bob", "it_done")  # one branch left: no need to say
    assert reloaded(ticket).state_key == "manager"


def test_an_inclusive_split_starts_only_the_branches_whose_conditions_hold(world: Any) -> None:
    workflow = onboarding(
        setting("transitions.1.expression", "laptop == true"), split="inclusive_split", join="inclusive_join"
    )
    without = submit(workflow, laptop=False)
    assert places(without) == {FACILITIES: ("facilities", "active")}
    act(without, "carol", "facilities_done")  # the only branch started: the join goes on
    assert reloaded(without).state_key == "manager"

    with_laptop = submit(workflow, laptop=True)
    assert set(places(with_laptop)) == {IT, FACILITIES}


def test_an_inclusive_split_with_no_branch_to_start_refuses_the_move(world: Any) -> None:
    workflow = onboarding(
        setting("transitions.1.expression", "laptop == true"),
        setting("transitions.2.expression", "laptop == true"),
        split="inclusive_split",
        join="inclusive_join",
    )
    with schema_context("it"):
        draft = ticket_create(workflow=workflow, principal=user_principal("alice"), values={"laptop": False})
        with pytest.raises(Conflict) as refused:
            ticket_handle(ticket_id=draft.pk, principal=user_principal("alice"), transition="submit")
    assert refused.value.code == "no_branch"
    assert reloaded(draft).state_key == "start"
    assert places(draft) == {}


def test_countersign_inside_a_branch_counts_that_branch_s_votes(world: Any) -> None:
    ticket = submit(
        onboarding(
            setting("states.3.participant", {"kind": "users", "users": ["carol", "dave"]}),
            setting("states.3.distribution", {"kind": "countersign", "countersign": {"mode": "all"}}),
        )
    )
    act(ticket, "carol", "facilities_done")
    assert places(ticket)[FACILITIES] == ("facilities", "active")
    act(ticket, "dave", "facilities_done")
    assert places(ticket)[FACILITIES] == ("meet", "arrived")


@pytest.mark.parametrize("settle", ["close", "force_state", "withdraw"])
def test_withdraw_close_and_force_state_settle_every_branch(world: Any, settle: str) -> None:
    ticket = submit(
        onboarding(
            setting("states.3.sla", {"duration_seconds": 3600}),
            setting("states.3.can_withdraw", True),
        )
    )
    with schema_context("it"):
        assert Timer.objects.filter(ticket=ticket, cancelled_at=None).count() == 1
        root = user_principal("root")
        if settle == "close":
            ticket_close(ticket_id=ticket.pk, principal=root)
        elif settle == "force_state":
            ticket_force_state(ticket_id=ticket.pk, principal=root, state="manager")
        else:
            ticket_withdraw(ticket_id=ticket.pk, principal=user_principal("alice"))
        assert not Timer.objects.filter(ticket=ticket, cancelled_at=None).exists()
    assert set(places(ticket).values()) == {("it", "cancelled"), ("facilities", "cancelled")}
    expected = {"close": {}, "force_state": {"lead": [""]}, "withdraw": {}}[settle]
    assert handlers_of(ticket) == expected
    assert (
        reloaded(ticket).state_key == {"close": "fork", "force_state": "manager", "withdraw": "start"}[settle]
    )


def test_a_branch_that_is_empty_arrives_at_once(world: Any) -> None:
    # Nothing to do on a third branch: fork → meet directly, beside IT's and facilities'.
    ticket = submit(onboarding(appending("transitions", auto("nothing", "fork", "meet"))))
    assert places(ticket) == {
        IT: ("it", "active"),
        FACILITIES: ("facilities", "active"),
        "fork:nothing": ("meet", "arrived"),
    }
    act(ticket, "bob", "it_done")
    act(ticket, "carol", "facilities_done")
    assert reloaded(ticket).state_key == "manager"


def test_forced_into_a_branch_s_state_the_ticket_passes_the_join_alone(world: Any) -> None:
    ticket = submit(onboarding())
    with schema_context("it"):
        ticket_force_state(ticket_id=ticket.pk, principal=user_principal("root"), state="it")
    assert set(places(ticket).values()) == {("it", "cancelled"), ("facilities", "cancelled")}
    act(ticket, "bob", "it_done")  # the ticket's own path: nobody to wait for at the join
    assert reloaded(ticket).state_key == "manager"
    assert handlers_of(ticket) == {"lead": [""]}


def _queries(ticket: Ticket, username: str, transition: str) -> int:
    with schema_context("it"), CaptureQueriesContext(connection) as captured:
        ticket_handle(ticket_id=ticket.pk, principal=user_principal(username), transition=transition)
    return len(captured)


def test_three_branches_cost_no_more_queries_than_three_single_path_moves(world: Any) -> None:
    hr = [
        appending("states", state("hr", "HR", participant={"kind": "users", "users": ["dave"]})),
        appending("transitions", auto("to_hr", "fork", "hr")),
        appending("transitions", edge("hr_done", "hr", "meet")),
    ]
    single = publish(
        "single",
        {
            "states": [
                state("start", "Draft", type="start"),
                state("it", "IT", participant={"kind": "users", "users": ["bob"]}),
                state("signed", "Signed", participant={"kind": "users", "users": ["lead"]}),
                state("done", "Done", type="end"),
            ],
            "transitions": [
                edge("submit", "start", "it"),
                edge("ok", "it", "signed"),
                edge("sign", "signed", "done"),
            ],
        },
    )
    with schema_context("it"):
        alice = user_principal("alice")
        one = ticket_create(workflow=single, principal=alice, values={})
        three = ticket_create(workflow=onboarding(*hr), principal=alice, values={})
    entry, step = _queries(one, "alice", "submit"), _queries(one, "bob", "ok")
    assert _queries(three, "alice", "submit") <= 3 * entry  # the split starts three branches
    assert _queries(three, "bob", "it_done") <= 2 * step  # a branch arrives at the join
    assert _queries(three, "carol", "facilities_done") <= 2 * step
    assert _queries(three, "dave", "hr_done") <= 3 * step  # the last one passes the join
