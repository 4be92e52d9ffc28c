"""Publish-time rules for gateways (validation/gateways.py): splits name a join of their kind, branches
meet at it (no deadlock, no bypass, nothing entering from outside), regions nest, and gateways take no
people or settings; each problem points at the element.
"""

from __future__ import annotations

import pytest
from django_tenants.utils import schema_context

from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.services import workflow_create, workflow_publish
from engine.workflows.tests.factories import (
    Mutation,
    appending,
    auto,
    codes,
    edge,
    gateway,
    parallel_mutated,
    removing,
    setting,
    state,
    users,
)


@pytest.mark.parametrize(
    ("split", "join"), [("parallel_split", "parallel_join"), ("inclusive_split", "inclusive_join")]
)
def test_a_well_formed_parallel_flow_is_publishable(split: str, join: str) -> None:
    assert codes(parallel_mutated(split=split, join=join)) == []


def test_nested_splits_and_an_empty_branch_are_fine() -> None:
    doc = parallel_mutated(
        # IT's work is itself two parallel steps, and facilities may have nothing to do.
        setting("states.2", gateway("it", "parallel_split", join="it_meet")),
        appending("states", state("it_hardware", "Hardware", participant=users("hana"))),
        appending("states", state("it_accounts", "Accounts", participant=users("alice"))),
        appending("states", gateway("it_meet", "parallel_join")),
        setting("transitions.3", auto("it_done", "it_meet", "meet")),
        setting("transitions.4", auto("to_hardware", "it", "it_hardware")),
        appending("transitions", auto("to_accounts", "it", "it_accounts")),
        appending("transitions", edge("hardware_done", "it_hardware", "it_meet")),
        appending("transitions", edge("accounts_done", "it_accounts", "it_meet")),
        appending("transitions", auto("nothing_to_do", "fork", "meet")),
    )
    assert codes(doc) == []


CASES = [
    # Each also leaves the real join unnamed.
    pytest.param(
        [setting("states.1.join", None)],
        [("split_without_join", "states.1.join"), ("join_without_split", "states.4")],
        id="no-join",
    ),
    pytest.param(
        [setting("states.1.join", "nowhere")],
        [("unknown_state", "states.1.join"), ("join_without_split", "states.4")],
        id="unknown-join",
    ),
    pytest.param(
        [setting("states.1.join", "manager")],
        [("join_mismatch", "states.1.join"), ("join_without_split", "states.4")],
        id="join-not-a-join",
    ),
    pytest.param([setting("states.4.type", "inclusive_join")], None, id="join-of-the-other-kind"),
    pytest.param(
        [setting("states.5.join", "meet")], [("join_not_allowed", "states.5.join")], id="join-on-a-state"
    ),
    pytest.param(
        [setting("states.1.participant", users("hana"))],
        [("gateway_settings", "states.1.participant")],
        id="gateway-with-people",
    ),
    pytest.param(
        [setting("states.4.sla", {"duration_seconds": 60})],
        [("gateway_settings", "states.4.sla")],
        id="join-sla",
    ),
    pytest.param([removing("transitions.2")], None, id="split-with-one-branch"),
    pytest.param(
        [appending("transitions", auto("again", "meet", "done"))],
        [("join_needs_one_exit", "states.4")],
        id="join-with-two-exits",
    ),
    pytest.param(
        [setting("transitions.1.kind", "manual")],
        [("gateway_transition_kind", "transitions.1.kind")],
        id="manual-out-of-split",
    ),
    pytest.param(
        [setting("transitions.7.kind", "auto")],
        [("auto_outside_gateway", "transitions.7.kind")],
        id="auto-out-of-a-state",
    ),
    pytest.param(
        [setting("transitions.1.expression", "laptop == true")],
        [("condition_not_allowed", "transitions.1.expression")],
        id="condition-on-a-parallel-branch",
    ),
    pytest.param(
        [setting("transitions.5.target", "done")],
        # done is now on facilities' branch, so the manager's sign-off enters it from outside too.
        [
            ("branch_bypasses_join", "states.6"),
            ("branch_cannot_reach_join", "states.3"),
            ("enters_branch", "transitions.7.target"),
        ],
        id="branch-ends-without-join",
    ),
    pytest.param(
        [setting("transitions.5.target", "facilities")],
        [("branch_cannot_reach_join", "states.3")],
        id="branch-loops-forever",
    ),
    pytest.param(
        [setting("transitions.3.target", "fork")],
        # the split is now inside its own branches, so the submit enters them from outside too.
        [("branch_loops_to_split", "states.1"), ("enters_branch", "transitions.0.target")],
        id="branch-back-to-its-split",
    ),
    pytest.param(
        [appending("transitions", edge("redo", "manager", "it"))],
        [("enters_branch", "transitions.8.target")],
        id="entering-a-branch-from-outside",
    ),
    pytest.param(
        [appending("transitions", edge("skip", "start", "meet"))],
        [("enters_branch", "transitions.8.target")],
        id="entering-the-join-from-outside",
    ),
    pytest.param(
        [setting("states.4.type", "normal"), setting("states.4.participant", users("hana"))],
        None,
        id="join-is-a-normal-state",
    ),
]


@pytest.mark.parametrize(("mutations", "expected"), CASES)
def test_broken_gateways_point_at_the_element(
    mutations: list[Mutation], expected: list[tuple[str, str]] | None
) -> None:
    found = codes(parallel_mutated(*mutations))
    if expected is None:
        assert found, "expected a problem"
    else:
        assert sorted(found) == sorted(expected)


def test_a_join_nobody_names_is_reported() -> None:
    doc = parallel_mutated(appending("states", gateway("lonely", "parallel_join")))
    assert ("join_without_split", "states.7") in codes(doc)


def test_two_splits_cannot_share_a_join() -> None:
    doc = parallel_mutated(
        appending("states", gateway("fork2", "parallel_split", join="meet")),
        setting("transitions.7.target", "fork2"),
        appending("transitions", auto("a", "fork2", "meet")),
        appending("transitions", auto("b", "fork2", "meet")),
    )
    assert ("join_shared", "states.7.join") in codes(doc)


def test_inclusive_branches_take_conditions_that_must_fit_the_fields() -> None:
    ok = parallel_mutated(
        setting("transitions.1.expression", "laptop == true"), split="inclusive_split", join="inclusive_join"
    )
    assert codes(ok) == []
    broken = parallel_mutated(
        setting("transitions.1.expression", "desk > 3"), split="inclusive_split", join="inclusive_join"
    )
    assert codes(broken) == [("condition_invalid", "transitions.1.expression")]


def test_improper_nesting_is_reported_at_the_inner_split() -> None:
    # An inner split inside IT's branch whose branches meet only after the outer join.
    doc = parallel_mutated(
        setting("states.2", gateway("it", "parallel_split", join="late")),
        appending("states", gateway("late", "parallel_join")),
        setting("transitions.3", auto("it_a", "it", "meet")),
        setting("transitions.4", auto("it_b", "it", "late")),
        setting("transitions.6", auto("after_join", "meet", "late")),
        appending("transitions", auto("after_late", "late", "manager")),
    )
    assert ("improper_nesting", "states.2.join") in codes(doc)


def test_a_state_waiting_for_sub_tickets_stays_off_the_branches() -> None:
    # Facilities waits for sub-tickets its handler files: they would belong to the whole ticket.
    doc = parallel_mutated(
        appending("transitions", edge("parts_in", "facilities", "meet", kind="subtickets"))
    )
    assert ("subprocess_in_branch", "states.3") in codes(doc)


def test_a_parallel_flow_publishes(db: None) -> None:
    with schema_context("it"):
        # The creator handles every step, so no directory is needed.
        creator = {"kind": "variable", "variable": "creator"}
        steps = [setting(f"states.{index}.participant", creator) for index in (2, 3, 5)]
        document = WorkflowDocument.model_validate(parallel_mutated(*steps))
        workflow = workflow_create(key="onboarding", name="Onboarding", document=document)
        workflow_publish(workflow=workflow, actor=None)
        assert workflow.versions.filter(status="published").count() == 1
