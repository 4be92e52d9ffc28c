"""Publish-time rules for transitions and their branch conditions (validation/transitions.py,
branches.py): states, timers, hooks, branches and scripts; one broken thing at a time.
"""

from __future__ import annotations

import pytest

from engine.workflows.conditions import Condition, ConditionSyntaxError, check_condition, parse_expression
from engine.workflows.definitions.schema import Branch
from engine.workflows.definitions.validation import parse_branch_condition
from engine.workflows.tests.factories import (
    Mutation,
    appending,
    codes,
    edge,
    mutated,
    problems,
    setting,
)

CASES = [
    pytest.param(
        [appending("transitions", edge("submit", "start", "lead_review"))],
        [("duplicate_key", "transitions.5.key")],
        id="duplicate-transition-key",
    ),
    pytest.param(
        [appending("transitions", edge("ghost_out", "ghost", "done"))],
        [("unknown_state", "transitions.5.source")],
        id="unknown-source",
    ),
    pytest.param(
        [appending("transitions", edge("lost", "lead_review", "nowhere"))],
        [("unknown_state", "transitions.5.target")],
        id="unknown-target",
    ),
    pytest.param(
        [appending("transitions.1.branches", {"expression": "days > 10", "target": "nowhere"})],
        [("unknown_state", "transitions.1.branches.1.target")],
        id="unknown-branch-target",
    ),
    pytest.param(
        [appending("transitions", edge("timeout", "lead_review", "rejected", kind="timer"))],
        [("invalid_timer", "transitions.5.timer_seconds")],
        id="timer-without-seconds",
    ),
    pytest.param(
        [appending("transitions", edge("timeout", "lead_review", "rejected", kind="timer", timer_seconds=0))],
        [("invalid_timer", "transitions.5.timer_seconds")],
        id="timer-of-zero-seconds",
    ),
    pytest.param(
        [setting("transitions.2.timer_seconds", 60)],
        [("invalid_timer", "transitions.2.timer_seconds")],
        id="manual-with-timer-seconds",
    ),
    pytest.param(
        [appending("transitions", edge("hooked", "lead_review", "done", kind="hook"))],
        [("hook_transition_without_hook", "transitions.5.kind")],
        id="hook-transition-without-hook",
    ),
    pytest.param(
        [setting("transitions.1.branches.0", {"target": "hr_review"})],
        [("invalid_branch", "transitions.1.branches.0")],
        id="branch-without-condition",
    ),
    pytest.param(
        [setting("transitions.1.branches.0.condition", {"groups": []})],
        [("invalid_branch", "transitions.1.branches.0")],
        id="branch-with-condition-and-expression",
    ),
    pytest.param(
        [appending("transitions.3.scripts", "ghost")],
        [("unknown_script", "transitions.3.scripts.0")],
        id="transition-unknown-script",
    ),
]


@pytest.mark.parametrize(("mutations", "expected"), CASES)
def test_rule(mutations: list[Mutation], expected: list[tuple[str, str]]) -> None:
    assert codes(mutated(*mutations)) == expected


# ---- conditions -----------------------------------------------------------------------------------

FIELD_TYPES = {"days": "int", "reason": "text", "type": "select"}


def test_expression_syntax_error_has_the_position() -> None:
    found = problems(mutated(setting("transitions.1.branches.0.expression", "days >")))
    assert [(p.code, p.path) for p in found] == [("condition_syntax", "transitions.1.branches.0.expression")]
    with pytest.raises(ConditionSyntaxError) as raised:
        parse_expression("days >")
    assert f"position {raised.value.position}" in found[0].message


def test_structured_condition_malformed() -> None:
    found = codes(
        mutated(setting("transitions.1.branches.0", {"condition": {"groups": "no"}, "target": "hr_review"}))
    )
    assert found
    assert all(code == "condition_syntax" for code, _ in found)
    assert all(path.startswith("transitions.1.branches.0.condition") for _, path in found)


def test_structured_condition_invalid_for_the_fields() -> None:
    condition = parse_expression("ghost > 3")
    issues = check_condition(condition, FIELD_TYPES)
    assert issues
    doc = mutated(
        setting(
            "transitions.1.branches.0",
            {"condition": condition.model_dump(mode="json"), "target": "hr_review"},
        )
    )
    assert codes(doc) == [
        ("condition_invalid", f"transitions.1.branches.0.condition.{where}") for where, _ in issues
    ]


def test_expression_invalid_for_the_fields() -> None:
    [(_, issue)] = check_condition(parse_expression("ghost > 3"), FIELD_TYPES)
    found = problems(mutated(setting("transitions.1.branches.0.expression", "ghost > 3")))
    assert [(p.code, p.path) for p in found] == [("condition_invalid", "transitions.1.branches.0.expression")]
    assert found[0].message == f"In `ghost > 3`: {issue}"


def test_expression_problem_reported_once_though_the_tree_repeats_it() -> None:
    """`and` is distributed over `or`, so `ghost > 3` sits in both groups of the tree."""
    expression = 'ghost > 3 and (days > 1 or type == "sick")'
    assert len(check_condition(parse_expression(expression), FIELD_TYPES)) == 2
    found = codes(mutated(setting("transitions.1.branches.0.expression", expression)))
    assert found == [("condition_invalid", "transitions.1.branches.0.expression")]


def test_parse_branch_condition() -> None:
    expected = parse_expression("days > 3")
    assert isinstance(expected, Condition)
    assert parse_branch_condition(Branch(expression="days > 3", target="x")) == expected
    structured = Branch(condition=expected.model_dump(mode="json"), target="x")
    assert parse_branch_condition(structured) == expected
    with pytest.raises(ConditionSyntaxError):
        parse_branch_condition(Branch(expression="days >", target="x"))
    with pytest.raises(ValueError):
        parse_branch_condition(Branch(condition={"groups": "no"}, target="x"))
    with pytest.raises(ValueError):
        parse_branch_condition(Branch(target="x"))
    with pytest.raises(ValueError):
        parse_branch_condition(
            Branch(condition=expected.model_dump(mode="json"), expression="days > 3", target="x")
        )
