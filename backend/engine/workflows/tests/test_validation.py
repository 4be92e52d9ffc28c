"""Publish-time rules of a workflow document: one valid leave request, then one broken thing at a time.

Plain unit tests on documents built as dicts (as the API and imports receive them), except the two
`directory_index_for` tests, which read the `it` tenant's directory.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.workflows.conditions import Condition, ConditionSyntaxError, check_condition, parse_expression
from engine.workflows.definitions.schema import (
    Branch,
    FieldDef,
    FieldType,
    WorkflowDocument,
    starter_document,
)
from engine.workflows.definitions.validation import (
    DirectoryIndex,
    Problem,
    directory_index_for,
    parse_branch_condition,
    referenced_names,
    validate_document,
)
from engine.workflows.samples import (
    choices,
    countersign,
    end_state,
    field,
    roles,
    start_state,
    state,
    users,
    variable,
)
from engine.workflows.samples import transition as named_transition

Mutation = Callable[[dict[str, Any]], None]

DIRECTORY = DirectoryIndex(
    usernames=frozenset({"hana", "hugo", "hiro", "admin", "alice"}),
    department_codes=frozenset({"eng"}),
    role_codes=frozenset({"hr_manager"}),
    channel_codes=frozenset({"email", "c"}),
    script_codes=frozenset({"archive"}),
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


def leave_request() -> dict[str, Any]:
    """A valid leave request. Indexes used by the tests:

    fields: 0 days (int), 1 reason (text), 2 type (select)
    states: 0 start, 1 lead_review, 2 hr_review (countersign 2 of 3), 3 done, 4 rejected
    transitions: 0 submit, 1 lead_approve (branch `days > 3` → hr_review), 2 lead_reject,
                 3 hr_approve, 4 hr_reject
    """
    leave_types = choices(("annual", "Annual"), ("sick", "Sick"), ("unpaid", "Unpaid"))
    over_three_days = [{"expression": "days > 3", "target": "hr_review"}]
    lead_review = state(
        "lead_review",
        "Team lead",
        participant=variable("creator_department_leader"),
        can_withdraw=True,
        sla={"duration_seconds": 86400, "action": "escalate", "escalate_to": roles("hr_manager")},
    )
    hr_review = state(
        "hr_review",
        "HR",
        participant=users("hana", "hugo", "hiro"),
        distribution=countersign("count", count=2),
        field_permissions={"reason": "read_only"},
    )
    return {
        "serial_prefix": "LV",
        "title_template": "{workflow} {serial}: {creator} asks for {days} days",
        "fields": [
            field("days", "Days", "int", validation={"min": 1, "max": 365}),
            field("reason", "Reason", "text", validation={"max_length": 2000}),
            field("type", "Type", "select", default="annual", choices=leave_types),
        ],
        "states": [
            start_state(
                "start", field_permissions={"days": "required", "reason": "required", "type": "optional"}
            ),
            lead_review,
            hr_review,
            end_state("done", "Approved"),
            end_state("rejected", "Rejected"),
        ],
        "transitions": [
            named_transition("submit", "Submit", "start", "lead_review"),
            named_transition("lead_approve", "Approve", "lead_review", "done", branches=over_three_days),
            named_transition("lead_reject", "Reject", "lead_review", "rejected", attribute="reject"),
            named_transition("hr_approve", "Approve", "hr_review", "done"),
            named_transition("hr_reject", "Reject", "hr_review", "rejected", attribute="reject"),
        ],
        "creators": {"departments": ["eng"]},
        "viewers": {"roles": ["hr_manager"]},
        "intervenors": {"users": ["admin"]},
        "notifications": [{"events": ["state_entered"], "channel": "email", "states": ["hr_review"]}],
        "webhooks": [{"events": ["finished"], "url": "https://hr.example.com/hooks/leave"}],
    }


def problems(doc: dict[str, Any] | WorkflowDocument, directory: DirectoryIndex = DIRECTORY) -> list[Problem]:
    document = doc if isinstance(doc, WorkflowDocument) else WorkflowDocument.model_validate(doc)
    return validate_document(document, directory)


def codes(
    doc: dict[str, Any] | WorkflowDocument, directory: DirectoryIndex = DIRECTORY
) -> list[tuple[str, str]]:
    return [(problem.code, problem.path) for problem in problems(doc, directory)]


# ---- small dict surgery helpers -------------------------------------------------------------------


def _walk(doc: Any, path: str) -> tuple[Any, Any]:
    *parents, last = path.split(".")
    node = doc
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node.setdefault(part, {})
    return node, int(last) if isinstance(node, list) else last


def setting(path: str, value: Any) -> Mutation:
    def apply(doc: dict[str, Any]) -> None:
        node, key = _walk(doc, path)
        node[key] = copy.deepcopy(value)

    return apply


def appending(path: str, value: Any) -> Mutation:
    def apply(doc: dict[str, Any]) -> None:
        node, key = _walk(doc, path)
        if isinstance(node, dict):
            node.setdefault(key, [])
        node[key].append(copy.deepcopy(value))

    return apply


def removing(path: str) -> Mutation:
    def apply(doc: dict[str, Any]) -> None:
        node, key = _walk(doc, path)
        del node[key]

    return apply


def mutated(*mutations: Mutation) -> dict[str, Any]:
    doc = leave_request()
    for mutation in mutations:
        mutation(doc)
    return doc


def transition(key: str, source: str, target: str, **extra: Any) -> dict[str, Any]:
    return {"key": key, "name": key.title(), "source": source, "target": target, **extra}


def column(key: str, type_: str = "string", **extra: Any) -> dict[str, Any]:
    return {"key": key, "label": key.title(), "type": type_, **extra}


def param_id(value: Any) -> str:
    return value["type"] if isinstance(value, dict) and "type" in value else repr(value)


CHOICES_AB = [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}]


# ---- the baseline ---------------------------------------------------------------------------------


def test_leave_request_is_valid() -> None:
    assert problems(leave_request()) == []


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


# ---- one rule at a time ---------------------------------------------------------------------------


CASES = [
    # keys
    pytest.param(
        [appending("fields", column("days", "int"))],
        [("duplicate_key", "fields.3.key")],
        id="duplicate-field-key",
    ),
    pytest.param(
        [appending("fields", column("items", "table", columns=[column("a"), column("a", "int")]))],
        [("duplicate_key", "fields.3.columns.1.key")],
        id="duplicate-column-key",
    ),
    pytest.param(
        [appending("states", {"key": "done", "name": "Done again", "type": "end"})],
        [("duplicate_key", "states.5.key")],
        id="duplicate-state-key",
    ),
    pytest.param(
        [appending("transitions", transition("submit", "start", "lead_review"))],
        [("duplicate_key", "transitions.5.key")],
        id="duplicate-transition-key",
    ),
    # start and end
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
    # reachability, dead ends, exits
    pytest.param(
        [
            appending(
                "states",
                {"key": "orphan", "name": "Orphan", "participant": {"kind": "users", "users": ["hana"]}},
            ),
            appending("transitions", transition("orphan_out", "orphan", "done")),
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
        [appending("transitions", transition("reopen", "done", "start"))],
        [("end_state_has_exit", "transitions.5.source")],
        id="end-state-has-exit",
    ),
    # transitions
    pytest.param(
        [appending("transitions", transition("ghost_out", "ghost", "done"))],
        [("unknown_state", "transitions.5.source")],
        id="unknown-source",
    ),
    pytest.param(
        [appending("transitions", transition("lost", "lead_review", "nowhere"))],
        [("unknown_state", "transitions.5.target")],
        id="unknown-target",
    ),
    pytest.param(
        [appending("transitions.1.branches", {"expression": "days > 10", "target": "nowhere"})],
        [("unknown_state", "transitions.1.branches.1.target")],
        id="unknown-branch-target",
    ),
    pytest.param(
        [appending("transitions", transition("timeout", "lead_review", "rejected", kind="timer"))],
        [("invalid_timer", "transitions.5.timer_seconds")],
        id="timer-without-seconds",
    ),
    pytest.param(
        [
            appending(
                "transitions", transition("timeout", "lead_review", "rejected", kind="timer", timer_seconds=0)
            )
        ],
        [("invalid_timer", "transitions.5.timer_seconds")],
        id="timer-of-zero-seconds",
    ),
    pytest.param(
        [setting("transitions.2.timer_seconds", 60)],
        [("invalid_timer", "transitions.2.timer_seconds")],
        id="manual-with-timer-seconds",
    ),
    pytest.param(
        [appending("transitions", transition("hooked", "lead_review", "done", kind="hook"))],
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
    # fields
    pytest.param(
        [setting("fields.2.choices", []), setting("fields.2.default", None)],
        [("missing_choices", "fields.2.choices")],
        id="missing-choices",
    ),
    pytest.param(
        [appending("fields.2.choices", {"value": "sick", "label": "Sick again"})],
        [("duplicate_choice", "fields.2.choices.3.value")],
        id="duplicate-choice",
    ),
    pytest.param(
        [setting("fields.0.choices", [{"value": "1", "label": "One"}])],
        [("unexpected_choices", "fields.0.choices")],
        id="choices-on-an-int",
    ),
    pytest.param(
        [appending("fields", column("items", "table"))],
        [("missing_columns", "fields.3.columns")],
        id="table-without-columns",
    ),
    pytest.param(
        [appending("fields", column("note", "string", columns=[column("a")]))],
        [("unexpected_columns", "fields.3.columns")],
        id="columns-on-a-string",
    ),
    pytest.param(
        [appending("fields", column("items", "table", columns=[column("kind", "select")]))],
        [("missing_choices", "fields.3.columns.0.choices")],
        id="column-rules-apply-too",
    ),
    # states
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
    # participants
    pytest.param(
        [setting("states.2.participant.users.1", "nobody")],
        [("unknown_user", "states.2.participant.users.1")],
        id="unknown-user",
    ),
    pytest.param(
        [
            setting(
                "states.1.participant",
                {"kind": "departments", "departments": ["eng", "ghost"], "department_scope": "leader"},
            )
        ],
        [("unknown_department", "states.1.participant.departments.1")],
        id="unknown-department",
    ),
    pytest.param(
        [setting("states.1.participant", {"kind": "roles", "roles": ["ghost"]})],
        [("unknown_role", "states.1.participant.roles.0")],
        id="unknown-role",
    ),
    pytest.param(
        [setting("states.1.participant", {"kind": "none"})],
        [("missing_participant", "states.1.participant.kind")],
        id="no-participant-on-a-normal-state",
    ),
    pytest.param(
        [setting("states.1.participant", {"kind": "field", "field": "ghost"})],
        [("invalid_participant_field", "states.1.participant.field")],
        id="participant-field-unknown",
    ),
    pytest.param(
        [setting("states.1.participant", {"kind": "field", "field": "reason"})],
        [("invalid_participant_field", "states.1.participant.field")],
        id="participant-field-not-people",
    ),
    # distribution
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
    # SLA
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
    # audiences
    pytest.param(
        [setting("creators", {})],
        [("nobody_can_create", "creators")],
        id="nobody-can-create",
    ),
    pytest.param(
        [appending("creators.departments", "ghost")],
        [("unknown_department", "creators.departments.1")],
        id="creators-unknown-department",
    ),
    pytest.param(
        [appending("viewers.roles", "ghost")],
        [("unknown_role", "viewers.roles.1")],
        id="viewers-unknown-role",
    ),
    pytest.param(
        [setting("intervenors.users.0", "ghost")],
        [("unknown_user", "intervenors.users.0")],
        id="intervenors-unknown-user",
    ),
    # notifications
    pytest.param(
        [appending("notifications.0.states", "ghost")],
        [("unknown_state", "notifications.0.states.1")],
        id="notification-unknown-state",
    ),
    pytest.param(
        [setting("notifications.0.channel", "ghost")],
        [("unknown_channel", "notifications.0.channel")],
        id="notification-unknown-channel",
    ),
    # scripts
    pytest.param(
        [appending("states.2.scripts", "archive"), appending("states.2.scripts", "ghost")],
        [("unknown_script", "states.2.scripts.1")],
        id="state-unknown-script",
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


def test_no_end_state() -> None:
    doc = {
        "states": [
            {"key": "start", "name": "Start", "type": "start"},
            {"key": "loop", "name": "Loop", "participant": {"kind": "users", "users": ["hana"]}},
        ],
        "transitions": [transition("go", "start", "loop"), transition("back", "loop", "start")],
    }
    assert codes(doc) == [("no_end_state", "states")]


def test_nested_table_column() -> None:
    """The schema refuses tables in tables; a document changed after parsing is still caught."""
    document = WorkflowDocument.model_validate(
        mutated(appending("fields", column("items", "table", columns=[column("a")])))
    )
    document.fields[3].columns.append(
        FieldDef(
            key="sub",
            label="Sub",
            type=FieldType.TABLE,
            columns=[FieldDef(key="x", label="X", type=FieldType.INT)],
        )
    )
    assert codes(document) == [("nested_table", "fields.3.columns.1.type")]


@pytest.mark.parametrize(
    "participant",
    [
        {"kind": "users", "users": []},
        {"kind": "departments"},
        {"kind": "roles"},
        {"kind": "variable"},
        {"kind": "field"},
        {"kind": "parent_field"},
        {"kind": "hook"},
    ],
    ids=lambda participant: participant["kind"],
)
def test_incomplete_participant(participant: dict[str, Any]) -> None:
    setting_name = {"users": "users", "departments": "departments", "roles": "roles", "variable": "variable"}
    attribute = setting_name.get(participant["kind"], "hook" if participant["kind"] == "hook" else "field")
    doc = mutated(setting("states.1.participant", participant))
    assert codes(doc) == [("incomplete_participant", f"states.1.participant.{attribute}")]


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
            appending("transitions", transition("hook_ok", "lead_review", "done", kind="hook")),
        ],
        [
            appending(
                "transitions", transition("timeout", "lead_review", "rejected", kind="timer", timer_seconds=1)
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
        [appending("transitions", transition("self", "hr_review", "hr_review"))],
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


# ---- field defaults and validation ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "default"),
    [
        (column("f", "int"), "3"),
        (column("f", "int"), True),
        (column("f", "int"), 2.5),
        (column("f", "decimal"), "abc"),
        (column("f", "decimal"), True),
        (column("f", "bool"), "yes"),
        (column("f", "date"), "2024-13-01"),
        (column("f", "date"), "20240101"),
        (column("f", "date"), 20240101),
        (column("f", "datetime"), "yesterday"),
        (column("f", "time"), "25:00"),
        (column("f", "string"), 5),
        (column("f", "select", choices=CHOICES_AB), "c"),
        (column("f", "select", choices=CHOICES_AB), ["a"]),
        (column("f", "radio", choices=CHOICES_AB), "x"),
        (column("f", "multi_select", choices=CHOICES_AB), "a"),
        (column("f", "multi_select", choices=CHOICES_AB), ["a", "c"]),
        (column("f", "multi_select", choices=CHOICES_AB), ["a", "a"]),
        (column("f", "checkbox", choices=CHOICES_AB), ["x"]),
        (column("f", "users"), "alice"),
        (column("f", "user"), ["alice"]),
        (column("f", "department"), 5),
        (column("f", "attachment"), "file.pdf"),
        (column("f", "table", columns=[column("a")]), [{"b": 1}]),
        (column("f", "table", columns=[column("a")]), {"a": "x"}),
        (column("f", "int", validation={"min": 1}), 0),
        (column("f", "decimal", validation={"max": "9.5"}), "9.51"),
        (column("f", "date", validation={"min": "2024-01-01"}), "2023-12-31"),
        (column("f", "string", validation={"max_length": 3}), "abcd"),
        (column("f", "users", validation={"min_length": 1}), []),
        (column("f", "string", validation={"regex": "[a-z]+"}), "ABC"),
    ],
    ids=param_id,
)
def test_invalid_default(field: dict[str, Any], default: Any) -> None:
    doc = mutated(appending("fields", {**field, "default": default}))
    assert codes(doc) == [("invalid_default", "fields.3.default")]


@pytest.mark.parametrize(
    ("field", "default"),
    [
        (column("f", "int"), 3),
        (column("f", "decimal"), "2.50"),
        (column("f", "decimal"), 2.5),
        (column("f", "bool"), False),
        (column("f", "date"), "2024-02-29"),
        (column("f", "datetime"), "2024-02-29T10:00:00+01:00"),
        (column("f", "time"), "09:30"),
        (column("f", "string", validation={"regex": "[a-z]+", "max_length": 5}), "abc"),
        (column("f", "select", choices=CHOICES_AB), "a"),
        (column("f", "multi_select", choices=CHOICES_AB), ["a", "b"]),
        (column("f", "checkbox", choices=CHOICES_AB), []),
        (column("f", "users"), ["alice"]),
        (column("f", "user"), "alice"),
        (column("f", "department"), "eng"),
        (column("f", "table", columns=[column("a")]), [{"a": "x"}]),
        (column("f", "int", validation={"min": 1, "max": 5}), 5),
    ],
    ids=param_id,
)
def test_valid_default(field: dict[str, Any], default: Any) -> None:
    assert codes(mutated(appending("fields", {**field, "default": default}))) == []


@pytest.mark.parametrize(
    ("field", "path"),
    [
        (column("f", "int", validation={"min": 10, "max": 1}), "fields.3.validation"),
        (column("f", "int", validation={"min": "abc"}), "fields.3.validation.min"),
        (column("f", "date", validation={"min": "2024-12-31", "max": "2024-01-01"}), "fields.3.validation"),
        (column("f", "date", validation={"min": "tomorrow"}), "fields.3.validation.min"),
        (column("f", "string", validation={"min": 1}), "fields.3.validation.min"),
        (column("f", "string", validation={"min_length": 5, "max_length": 2}), "fields.3.validation"),
        (column("f", "int", validation={"max_length": 3}), "fields.3.validation.max_length"),
        (column("f", "string", validation={"regex": "("}), "fields.3.validation.regex"),
        (column("f", "int", validation={"regex": "\\d+"}), "fields.3.validation.regex"),
    ],
    ids=[
        "min-above-max",
        "number-min-not-a-number",
        "date-min-after-max",
        "date-min-not-a-date",
        "min-on-a-string",
        "min-length-above-max-length",
        "length-on-an-int",
        "regex-does-not-compile",
        "regex-on-an-int",
    ],
)
def test_invalid_validation(field: dict[str, Any], path: str) -> None:
    assert codes(mutated(appending("fields", field))) == [("invalid_validation", path)]


@pytest.mark.parametrize(
    ("regex", "words"),
    [
        (r"^(\w+)\s\1$", "backreferences"),
        (r"(?=.*\d)\w+", "lookahead"),
        (r"(?<!x)y", "lookbehind"),
        (r"a++", "possessive"),
        (r"(?>ab)", "atomic"),
    ],
)
def test_regex_re2_cannot_run_is_refused(regex: str, words: str) -> None:
    found = problems(mutated(appending("fields", column("f", "text", validation={"regex": regex}))))
    assert [(problem.code, problem.path) for problem in found] == [
        ("invalid_validation", "fields.3.validation.regex")
    ]
    assert words in found[0].message


def test_default_is_matched_by_re2() -> None:
    field = column("f", "string", validation={"regex": r"\d{3}"}, default="١٢٣")  # Unicode digits, as in `re`
    assert codes(mutated(appending("fields", field))) == []
    field = column("f", "string", validation={"regex": r"\d{3}"}, default="12a")
    assert codes(mutated(appending("fields", field))) == [("invalid_default", "fields.3.default")]


@pytest.mark.parametrize(
    "field",
    [
        column("f", "decimal", validation={"min": "0.5", "max": "10"}),
        column("f", "date", validation={"min": "2024-01-01", "max": "2024-12-31"}),
        column("f", "time", validation={"min": "08:00", "max": "18:00"}),
        column("f", "multi_select", choices=CHOICES_AB, validation={"min_length": 1, "max_length": 2}),
        column("f", "string", validation={"min_length": 2, "max_length": 2, "regex": "^[A-Z]{2}$"}),
    ],
    ids=lambda field: field["type"],
)
def test_valid_validation(field: dict[str, Any]) -> None:
    assert codes(mutated(appending("fields", field))) == []


# ---- title template -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "code"),
    [
        ("{workflow} {nope}", "unknown_placeholder"),
        ("{days.real}", "invalid_placeholder"),
        ("{days[0]}", "invalid_placeholder"),
        ("{days!r}", "invalid_placeholder"),
        ("{days:>10}", "invalid_placeholder"),
        ("{}", "invalid_placeholder"),
        ("{0}", "invalid_placeholder"),
        ("{ days}", "invalid_placeholder"),
        ("{serial", "invalid_placeholder"),
        ("serial}", "invalid_placeholder"),
        ("{__class__.__mro__}", "invalid_placeholder"),
    ],
)
def test_title_placeholders(template: str, code: str) -> None:
    assert codes(mutated(setting("title_template", template))) == [(code, "title_template")]


def test_title_problems_before_a_syntax_error_are_kept() -> None:
    found = problems(mutated(setting("title_template", "{nope} {days!s} {serial")))
    assert [(p.code, p.path) for p in found] == [
        ("unknown_placeholder", "title_template"),
        ("invalid_placeholder", "title_template"),
        ("invalid_placeholder", "title_template"),
    ]
    assert "{nope}" in found[0].message
    assert "{days!s}" in found[1].message
    assert "malformed" in found[2].message


@pytest.mark.parametrize(
    "template",
    ["{workflow} {serial} {creator} {date} {reason} {type}", "{{literal}} {serial}", "no placeholders", ""],
)
def test_valid_title(template: str) -> None:
    assert codes(mutated(setting("title_template", template))) == []


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


# ---- all at once, in order ------------------------------------------------------------------------


def test_all_problems_at_once_in_document_order() -> None:
    doc = mutated(
        setting("notifications.0.states.0", "ghost"),
        setting("creators", {"users": ["nobody"]}),
        setting("transitions.1.branches.0.expression", "days >"),
        appending("transitions", transition("reopen", "done", "start")),
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
    assert codes(leave_request(), DirectoryIndex()) == [
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
        {"states": [{"key": "s", "name": "S", "type": "start"}], "transitions": [transition("t", "s", "s")]},
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
                transition("ab", "a", "b"),
                transition("bc", "b", "c"),
                transition("cb", "c", "b"),
                transition("ca", "c", "a", branches=[{"expression": "1 > 2", "target": "end"}]),
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
                transition(
                    "t", "x", "y", kind="hook", branches=[{"target": "z"}, {"condition": {}, "target": "a"}]
                ),
                transition("t", "a", "a", kind="timer"),
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
    found = validate_document(doc, DIRECTORY)
    assert {problem.code for problem in found} <= ALL_CODES
    assert all(problem.path and problem.message for problem in found)


# ---- directory_index_for --------------------------------------------------------------------------


def selects(queries: CaptureQueriesContext) -> list[str]:
    """The statements run, less the `SET search_path` django-tenants issues on a schema switch."""
    return [query["sql"] for query in queries.captured_queries if not query["sql"].startswith("SET ")]


def test_directory_index_for_finds_only_active_names(make_user: Callable[..., Any]) -> None:
    from core.directory.models import Department, Role
    from integrations.notifications.models import NotificationChannel
    from integrations.scripts.models import Script

    make_user("it", "hana")
    make_user("it", "hugo", is_active=False)
    with schema_context("it"):
        Department.objects.create(code="eng", name="Engineering")
        Department.objects.create(code="old", name="Old", is_active=False)
        Role.objects.create(code="hr_manager", name="HR manager")
        Role.objects.create(code="retired", name="Retired", is_active=False)
        # Channels and scripts count whether switched on or not (an admin may pause one).
        NotificationChannel.objects.create(code="email", name="Mail", kind="email", is_active=False)
        Script.objects.create(code="archive", name="Archive", source="pass", is_active=False)
        doc = WorkflowDocument.model_validate(
            mutated(
                appending("creators.departments", "old"),
                appending("viewers.roles", "retired"),
                appending("states.1.scripts", "archive"),
                appending("transitions.0.scripts", "gone"),
                appending("notifications", {"events": ["created"], "channel": "sms"}),
            )
        )
        with CaptureQueriesContext(connection) as queries:
            index = directory_index_for(doc)
    assert len(selects(queries)) == 5
    assert index == DirectoryIndex(
        usernames=frozenset({"hana"}),
        department_codes=frozenset({"eng"}),
        role_codes=frozenset({"hr_manager"}),
        channel_codes=frozenset({"email"}),
        script_codes=frozenset({"archive"}),
    )
    assert codes(doc, index) == [
        ("unknown_user", "states.2.participant.users.1"),
        ("unknown_user", "states.2.participant.users.2"),
        ("unknown_script", "transitions.0.scripts.0"),
        ("unknown_department", "creators.departments.1"),
        ("unknown_role", "viewers.roles.1"),
        ("unknown_user", "intervenors.users.0"),
        ("unknown_channel", "notifications.1.channel"),
    ]


def test_directory_index_for_is_per_tenant(db: None, make_user: Callable[..., Any]) -> None:
    make_user("hr", "hana")
    with schema_context("it"), CaptureQueriesContext(connection) as queries:
        index = directory_index_for(WorkflowDocument.model_validate(leave_request()))
        empty = directory_index_for(starter_document())
    assert index.usernames == frozenset()
    assert index.channel_codes == frozenset()  # the `email` channel exists in no tenant here
    assert empty == DirectoryIndex()
    assert len(selects(queries)) == 4  # and none for the starter document, which names nobody
