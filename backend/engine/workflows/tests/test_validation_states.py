"""Publish-time rules for states (validation/states.py): one start, an end, reachability, dead ends,
distribution, field permissions, SLA and scripts; one broken thing at a time.
"""

from __future__ import annotations

import pytest

from engine.workflows.tests.factories import (
    Mutation,
    appending,
    codes,
    edge,
    mutated,
    removing,
    setting,
)

CASES = [
    pytest.param(
        [appending("states", {"key": "done", "name": "Done again", "type": "end"})],
        [("duplicate_key", "states.5.key")],
        id="duplicate-state-key",
    ),
    pytest.param(
        [
            setting("states.0.type", "normal"),
            setting("states.0.participant", {"kind": "variable", "variable": "creator"}),
        ],
        [("no_start_state", "states")],
        id="no-start-state",
    ),
    pytest.param(
        [setting("states.1.type", "start")],
        [("multiple_start_states", "states.1.type")],
        id="multiple-start-states",
    ),
    pytest.param(
        [
            appending(
                "states",
                {"key": "orphan", "name": "Orphan", "participant": {"kind": "users", "users": ["hana"]}},
            ),
            appending("transitions", edge("orphan_out", "orphan", "done")),
        ],
        [("unreachable_state", "states.5")],
        id="unreachable-state",
    ),
    pytest.param(
        [setting("transitions.1.branches", [])],
        [("unreachable_state", "states.2")],
        id="reachable-only-through-the-branch",
    ),
    pytest.param(
        [removing("transitions.4"), removing("transitions.3")],
        [("dead_end", "states.2")],
        id="dead-end",
    ),
    pytest.param(
        [appending("transitions", edge("reopen", "done", "start"))],
        [("end_state_has_exit", "transitions.5.source")],
        id="end-state-has-exit",
    ),
    pytest.param(
        [setting("states.2.field_permissions.ghost", "hidden")],
        [("unknown_field", "states.2.field_permissions.ghost")],
        id="unknown-field-permission",
    ),
    pytest.param(
        [setting("states.0.field_permissions.days", "hidden")],
        [("required_field_hidden_at_start", "states.0.field_permissions.days")],
        id="required-field-hidden-at-start",
    ),
    pytest.param(
        [setting("states.2.distribution", {"kind": "countersign"})],
        [("invalid_distribution", "states.2.distribution.countersign")],
        id="countersign-without-settings",
    ),
    pytest.param(
        [setting("states.2.distribution.countersign", {"mode": "count"})],
        [("invalid_distribution", "states.2.distribution.countersign.count")],
        id="countersign-count-without-count",
    ),
    pytest.param(
        [setting("states.2.distribution.countersign", {"mode": "percent"})],
        [("invalid_distribution", "states.2.distribution.countersign.percent")],
        id="countersign-percent-without-percent",
    ),
    pytest.param(
        [setting("states.1.distribution", {"kind": "claim", "countersign": {"mode": "all"}})],
        [("invalid_distribution", "states.1.distribution.countersign")],
        id="countersign-settings-on-claim",
    ),
    pytest.param(
        [setting("states.2.distribution.countersign.count", 4)],
        [("impossible_countersign", "states.2.distribution.countersign.count")],
        id="countersign-count-above-users",
    ),
    pytest.param(
        [setting("states.1.sla", {"duration_seconds": 3600, "action": "auto_transition"})],
        [("invalid_sla", "states.1.sla.transition")],
        id="auto-transition-without-transition",
    ),
    pytest.param(
        [
            setting(
                "states.1.sla",
                {"duration_seconds": 3600, "action": "auto_transition", "transition": "hr_approve"},
            )
        ],
        [("invalid_sla", "states.1.sla.transition")],
        id="auto-transition-from-another-state",
    ),
    pytest.param(
        [setting("states.1.sla", {"duration_seconds": 3600, "action": "escalate"})],
        [("invalid_sla", "states.1.sla.escalate_to")],
        id="escalate-without-escalate-to",
    ),
    pytest.param(
        [setting("states.1.sla", {"duration_seconds": 60, "transition": "lead_reject"})],
        [("invalid_sla", "states.1.sla.transition")],
        id="remind-with-transition",
    ),
    pytest.param(
        [setting("states.3.sla", {"duration_seconds": 60})],
        [("invalid_sla", "states.3.sla")],
        id="sla-on-an-end-state",
    ),
    pytest.param(
        [setting("states.1.sla.escalate_to.roles.0", "ghost")],
        [("unknown_role", "states.1.sla.escalate_to.roles.0")],
        id="escalate-to-unknown-role",
    ),
    pytest.param(
        [setting("states.1.sla.escalate_to", {"kind": "none"})],
        [("missing_participant", "states.1.sla.escalate_to.kind")],
        id="escalate-to-nobody",
    ),
    pytest.param(
        [setting("states.1.sla.escalate_to", {"kind": "users"})],
        [("incomplete_participant", "states.1.sla.escalate_to.users")],
        id="escalate-to-no-users",
    ),
    pytest.param(
        [appending("states.2.scripts", "archive"), appending("states.2.scripts", "ghost")],
        [("unknown_script", "states.2.scripts.1")],
        id="state-unknown-script",
    ),
]


@pytest.mark.parametrize(("mutations", "expected"), CASES)
def test_rule(mutations: list[Mutation], expected: list[tuple[str, str]]) -> None:
    assert codes(mutated(*mutations)) == expected


def test_no_end_state() -> None:
    doc = {
        "states": [
            {"key": "start", "name": "Start", "type": "start"},
            {"key": "loop", "name": "Loop", "participant": {"kind": "users", "users": ["hana"]}},
        ],
        "transitions": [edge("go", "start", "loop"), edge("back", "loop", "start")],
    }
    assert codes(doc) == [("no_end_state", "states")]
