"""Publish-time rules for robot states (validation/participants.py `check_robot`): a state handled by
a script or by a hook that answers itself names a script that exists and is switched on, takes no
person's distribution, and has a manual or hook transition for the result to pick and an agree
transition for a result that names none. In the leave
document, `hr_review` (states.2, left by transitions 3 and 4) becomes the robot."""

from __future__ import annotations

import dataclasses

import pytest

from engine.workflows.tests.factories import DIRECTORY_INDEX, Mutation, codes, mutated, setting

ENABLED = dataclasses.replace(DIRECTORY_INDEX, enabled_script_codes=frozenset({"archive"}))
SCRIPT = setting("states.2.participant", {"kind": "script", "script": "archive"})
PEOPLE_FREE = setting("states.2.distribution", {"kind": "any"})
CI = "https://ci.example.com/check"
HOOK = {"kind": "hook", "hook": {"url": CI}}


def timer(index: int) -> list[Mutation]:
    return [setting(f"transitions.{index}.kind", "timer"), setting(f"transitions.{index}.timer_seconds", 60)]


CASES = [
    pytest.param([SCRIPT, PEOPLE_FREE], [], id="script-robot"),
    pytest.param(
        [SCRIPT, PEOPLE_FREE, setting("transitions.3.kind", "hook")], [], id="hook-transition-of-a-script"
    ),
    pytest.param(
        [SCRIPT], [("robot_distribution", "states.2.distribution")], id="script-robot-with-countersign"
    ),
    pytest.param(
        [SCRIPT, setting("states.2.distribution", {"kind": "claim"})],
        [("robot_distribution", "states.2.distribution")],
        id="script-robot-to-claim",
    ),
    pytest.param(
        [SCRIPT, PEOPLE_FREE, setting("states.2.reuse_last_handler", True)],
        [("robot_distribution", "states.2.reuse_last_handler")],
        id="script-robot-reusing-a-handler",
    ),
    pytest.param(
        [setting("states.2.participant", {"kind": "script", "script": "nope"}), PEOPLE_FREE],
        [("unknown_script", "states.2.participant.script")],
        id="unknown-script",
    ),
    pytest.param(
        [setting("states.2.participant", {"kind": "script"}), PEOPLE_FREE],
        [("incomplete_participant", "states.2.participant.script")],
        id="no-script",
    ),
    pytest.param(
        [SCRIPT, PEOPLE_FREE, *timer(3), *timer(4)],
        [("robot_without_transition", "states.2.participant")],
        id="only-timers-out-of-a-robot",
    ),
    pytest.param(
        [SCRIPT, PEOPLE_FREE, setting("transitions.3.attribute", "other")],
        [("robot_without_agree", "states.2.participant")],
        id="no-agree-way-out-of-a-robot",
    ),
    pytest.param(
        [
            setting("states.2.participant", {"kind": "hook", "hook": {"url": CI, "wait": True}}),
            PEOPLE_FREE,
            setting("transitions.3.attribute", "other"),
        ],
        [("robot_without_agree", "states.2.participant")],
        id="no-agree-way-out-of-a-waiting-hook",
    ),
    pytest.param(
        [setting("states.1.sla.escalate_to", {"kind": "script", "script": "archive"})],
        [("invalid_sla", "states.1.sla.escalate_to.kind")],
        id="sla-escalating-to-a-robot",
    ),
    pytest.param(
        [setting("states.2.participant", HOOK)],
        [("robot_distribution", "states.2.distribution")],
        id="hook-robot-with-countersign",
    ),
    pytest.param(
        [setting("states.2.participant", {"kind": "hook", "hook": {"url": CI, "returns_handlers": True}})],
        [],
        id="hook-naming-handlers-is-no-robot",
    ),
]


@pytest.mark.parametrize(("mutations", "expected"), CASES)
def test_robot_states(mutations: list[Mutation], expected: list[tuple[str, str]]) -> None:
    assert codes(mutated(*mutations), ENABLED) == expected


def test_a_robots_script_must_be_switched_on() -> None:
    assert codes(mutated(SCRIPT, PEOPLE_FREE)) == [("disabled_script", "states.2.participant.script")]
