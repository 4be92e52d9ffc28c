"""Publish-time rules of a workflow document: one valid leave request, the valid variations, every
problem at once and in order, and odd or generated documents that never make the rules raise.

One broken thing at a time, per group of rules (engine/workflows/definitions/validation/):
test_validation_states.py, _transitions, _fields, _participants. Documents are built as dicts (as
the API and imports receive them).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.workflows.conditions import parse_expression
from engine.workflows.definitions.schema import WorkflowDocument, starter_document
from engine.workflows.definitions.validation import (
    DirectoryIndex,
    Problem,
    referenced_names,
    validate_document,
)
from engine.workflows.tests.factories import (
    DIRECTORY_INDEX,
    Mutation,
    appending,
    codes,
    column,
    edge,
    leave_document,
    mutated,
    problems,
    setting,
)

ALL_CODES = {
    "unknown_channel",
    "unknown_script",
    "duplicate_key",
    "no_start_state",
    "multiple_start_states",
    "no_end_state",
    "unreachable_state",
    "dead_end",
    "end_state_has_exit",
    "unknown_state",
    "invalid_timer",
    "hook_transition_without_hook",
    "invalid_branch",
    "condition_syntax",
    "condition_invalid",
    "missing_choices",
    "duplicate_choice",
    "unexpected_choices",
    "invalid_default",
    "invalid_validation",
    "missing_columns",
    "unexpected_columns",
    "nested_table",
    "unknown_field",
    "required_field_hidden_at_start",
    "unknown_user",
    "unknown_department",
    "unknown_role",
    "incomplete_participant",
    "invalid_participant_field",
    "missing_participant",
    "invalid_distribution",
    "impossible_countersign",
    "invalid_sla",
    "nobody_can_create",
    "unknown_placeholder",
    "invalid_placeholder",
}


# ---- the baseline ---------------------------------------------------------------------------------


def test_leave_request_is_valid() -> None:
    assert problems(leave_document()) == []


def test_starter_document_is_valid() -> None:
    assert validate_document(starter_document(), DirectoryIndex()) == []


def test_structured_condition_is_as_good_as_the_expression() -> None:
    structured = parse_expression("days > 3").model_dump(mode="json")
    doc = mutated(setting("transitions.1.branches.0", {"condition": structured, "target": "hr_review"}))
    assert problems(doc) == []


def test_problem_as_dict() -> None:
    problem = Problem("states.0", "dead_end", "State 'start' has no transition out of it.")
    assert problem.as_dict() == {
        "path": "states.0",
        "code": "dead_end",
        "message": "State 'start' has no transition out of it.",
    }


def test_referenced_names_covers_participants_escalation_and_audiences() -> None:
    doc = mutated(
        appending("creators.users", "carol"),
        appending("intervenors.roles", "auditor"),
        setting("states.1.sla.escalate_to", {"kind": "departments", "departments": ["hr"]}),
    )
    usernames, departments, roles = referenced_names(WorkflowDocument.model_validate(doc))
    assert usernames == {"hana", "hugo", "hiro", "admin", "carol"}
    assert departments == {"eng", "hr"}
    assert roles == {"hr_manager", "auditor"}


def test_referenced_names_of_an_empty_document() -> None:
    assert referenced_names(WorkflowDocument()) == (set(), set(), set())


@pytest.mark.parametrize(
    "mutations",
    [
        [
            appending("fields", column("manager", "user", required=False)),
            setting("states.1.participant", {"kind": "field", "field": "manager"}),
        ],
        [
            appending("fields", column("approvers", "users", required=False)),
            setting("states.1.participant", {"kind": "field", "field": "approvers"}),
        ],
        [setting("states.1.participant", {"kind": "parent_field", "field": "anything_in_the_parent"})],
        [
            setting("states.1.participant", {"kind": "hook", "hook": {"url": "https://x.example/h"}}),
            appending("transitions", edge("hook_ok", "lead_review", "done", kind="hook")),
        ],
        [
            appending(
                "transitions",
                edge("timeout", "lead_review", "rejected", kind="timer", timer_seconds=1),
            )
        ],
        [
            setting(
                "states.1.sla",
                {"duration_seconds": 3600, "action": "auto_transition", "transition": "lead_reject"},
            )
        ],
        [setting("states.2.distribution.countersign", {"mode": "percent", "percent": 50})],
        [setting("states.2.distribution.countersign.count", 3)],
        [setting("creators", {"everyone": True})],
        [setting("fields.2.required", False), setting("states.0.field_permissions.type", "hidden")],
        [setting("states.0.participant", {"kind": "users", "users": ["alice"]})],
        [appending("transitions", edge("self", "hr_review", "hr_review"))],
    ],
    ids=[
        "participant-user-field",
        "participant-users-field",
        "parent-field",
        "hook-state-with-hook-transition",
        "timer-transition",
        "auto-transition-sla",
        "countersign-percent",
        "countersign-all-of-them-by-count",
        "everyone-can-create",
        "optional-field-hidden-at-start",
        "start-state-with-users",
        "self-loop",
    ],
)
def test_also_valid(mutations: list[Mutation]) -> None:
    assert codes(mutated(*mutations)) == []


# ---- all at once, in order ------------------------------------------------------------------------


def test_all_problems_at_once_in_document_order() -> None:
    doc = mutated(
        setting("notifications.0.states.0", "ghost"),
        setting("creators", {"users": ["nobody"]}),
        setting("transitions.1.branches.0.expression", "days >"),
        appending("transitions", edge("reopen", "done", "start")),
        setting("states.2.distribution.countersign.count", 9),
        setting("states.2.participant.users.0", "nobody"),
        setting("states.1.participant", {"kind": "none"}),
        setting("fields.2.default", "maternity"),
        setting("title_template", "{serial} {nope}"),
    )
    assert codes(doc) == [
        ("unknown_placeholder", "title_template"),
        ("invalid_default", "fields.2.default"),
        ("missing_participant", "states.1.participant.kind"),
        ("unknown_user", "states.2.participant.users.0"),
        ("impossible_countersign", "states.2.distribution.countersign.count"),
        ("condition_syntax", "transitions.1.branches.0.expression"),
        ("end_state_has_exit", "transitions.5.source"),
        ("unknown_user", "creators.users.0"),
        ("unknown_state", "notifications.0.states.0"),
    ]


def test_an_empty_directory_reports_every_name() -> None:
    assert codes(leave_document(), DirectoryIndex()) == [
        ("unknown_role", "states.1.sla.escalate_to.roles.0"),
        ("unknown_user", "states.2.participant.users.0"),
        ("unknown_user", "states.2.participant.users.1"),
        ("unknown_user", "states.2.participant.users.2"),
        ("unknown_department", "creators.departments.0"),
        ("unknown_role", "viewers.roles.0"),
        ("unknown_user", "intervenors.users.0"),
        ("unknown_channel", "notifications.0.channel"),
    ]


# ---- odd but schema-valid documents never make it raise -------------------------------------------


ODD_DOCUMENTS = [
    pytest.param({}, [("no_start_state", "states"), ("no_end_state", "states")], id="empty"),
    pytest.param(
        {
            "states": [{"key": "s", "name": "S", "type": "start"}],
            "transitions": [edge("t", "s", "s")],
        },
        [("no_end_state", "states")],
        id="self-loop-only",
    ),
    pytest.param(
        {
            "states": [
                {"key": "a", "name": "A", "type": "start"},
                {"key": "b", "name": "B", "participant": {"kind": "variable", "variable": "creator"}},
                {"key": "c", "name": "C", "participant": {"kind": "variable", "variable": "creator"}},
                {"key": "end", "name": "End", "type": "end"},
            ],
            "transitions": [
                edge("ab", "a", "b"),
                edge("bc", "b", "c"),
                edge("cb", "c", "b"),
                edge("ca", "c", "a", branches=[{"expression": "1 > 2", "target": "end"}]),
            ],
        },
        None,
        id="cycles",
    ),
    pytest.param(
        {
            "states": [
                {"key": "a", "name": "A", "type": "end"},
                {"key": "a", "name": "A", "type": "start"},
                {
                    "key": "b",
                    "name": "B",
                    "type": "start",
                    "sla": {"duration_seconds": 1, "action": "escalate"},
                },
            ],
            "transitions": [
                edge(
                    "t", "x", "y", kind="hook", branches=[{"target": "z"}, {"condition": {}, "target": "a"}]
                ),
                edge("t", "a", "a", kind="timer"),
            ],
            "fields": [column("t", "table", columns=[column("t", "select", default=[1])])],
            "title_template": "{t:{t}} {",
            "creators": {"everyone": False},
            "notifications": [{"events": ["created"], "channel": "c", "states": ["q"]}],
        },
        None,
        id="everything-wrong",
    ),
]


@pytest.mark.parametrize(("doc", "expected"), ODD_DOCUMENTS)
def test_odd_documents_do_not_raise(doc: dict[str, Any], expected: list[tuple[str, str]] | None) -> None:
    found = codes(doc)
    assert {code for code, _ in found} <= ALL_CODES
    if expected is not None:
        assert found == expected


KEYS = ["a", "b", "c", "d"]


@st.composite
def random_documents(draw: st.DrawFn) -> WorkflowDocument:
    states = [
        {
            "key": key,
            "name": key,
            "type": draw(st.sampled_from(["start", "normal", "end"])),
            "participant": draw(
                st.sampled_from(
                    [{"kind": "none"}, {"kind": "users", "users": ["hana", "x"]}, {"kind": "hook"}]
                )
            ),
            "distribution": draw(
                st.sampled_from(
                    [
                        {},
                        {"kind": "countersign"},
                        {"kind": "countersign", "countersign": {"mode": "count", "count": 3}},
                    ]
                )
            ),
        }
        for key in draw(st.lists(st.sampled_from(KEYS), max_size=5))
    ]
    targets = st.sampled_from([*KEYS, "zz"])
    transitions = [
        {
            "key": f"t{index}",
            "name": "T",
            "source": draw(targets),
            "target": draw(targets),
            "kind": draw(st.sampled_from(["manual", "timer", "hook"])),
            "branches": draw(
                st.lists(
                    st.builds(
                        lambda expression, target: {"expression": expression, "target": target},
                        st.sampled_from(["days > 3", "x >", "ghost == 1", "", "(("]),
                        targets,
                    ),
                    max_size=2,
                )
            ),
        }
        for index in range(draw(st.integers(0, 6)))
    ]
    return WorkflowDocument.model_validate({"states": states, "transitions": transitions})


@settings(max_examples=150, deadline=None)
@given(random_documents())
def test_random_graphs_do_not_raise(doc: WorkflowDocument) -> None:
    found = validate_document(doc, DIRECTORY_INDEX)
    assert {problem.code for problem in found} <= ALL_CODES
    assert all(problem.path and problem.message for problem in found)
