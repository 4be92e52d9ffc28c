"""Differences between two versions of a workflow document: keyed matching, paths, moves, order."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from engine.workflows.definitions.diff import Change, diff_documents
from engine.workflows.definitions.schema import WorkflowDocument, starter_document
from engine.workflows.samples import at, end_state, field, start_state, state, transition, users


def base() -> dict[str, Any]:
    hr_review = state(
        "hr_review",
        "HR review",
        participant=users("alice", "bob"),
        sla={"duration_seconds": 3600, "action": "remind"},
        position=at(100, 0),
    )
    return {
        "fields": [
            field("title", "Title", "string"),
            field("amount", "Amount", "decimal", validation={"min": "0"}),
            field("reason", "Reason", "text", required=False),
        ],
        "states": [
            start_state(field_permissions={"title": "required"}),
            hr_review,
            end_state("done", "Done"),
        ],
        "transitions": [
            transition("submit", "Submit", "draft", "hr_review"),
            transition(
                "approve",
                "Approve",
                "hr_review",
                "done",
                branches=[{"expression": "amount > 100", "target": "done"}],
            ),
        ],
    }


def doc(data: dict[str, Any]) -> WorkflowDocument:
    return WorkflowDocument.model_validate(data)


def changed(edit: Any) -> list[Change]:
    """The diff from `base()` to `base()` edited in place by `edit`."""
    after = copy.deepcopy(base())
    edit(after)
    return diff_documents(doc(base()), doc(after))


def item(document: dict[str, Any], collection: str, key: str) -> dict[str, Any]:
    dumped = doc(document).model_dump(mode="json")
    return next(entry for entry in dumped[collection] if entry["key"] == key)


# ---- identical ------------------------------------------------------------------------------------


def test_identical_documents_have_no_changes() -> None:
    assert diff_documents(doc(base()), doc(base())) == []
    assert diff_documents(starter_document(), starter_document()) == []
    assert diff_documents(WorkflowDocument(), WorkflowDocument()) == []


def test_a_stored_round_trip_is_not_a_change() -> None:
    """Defaults given as enums vs. the strings read back, ints vs. floats in positions: no change."""
    document = starter_document()
    reloaded = WorkflowDocument.model_validate(document.model_dump(mode="json"))
    assert diff_documents(document, reloaded) == []


# ---- keyed lists --------------------------------------------------------------------------------------


def test_added_field_is_one_change_with_the_whole_item() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["fields"].append({"key": "due", "label": "Due", "type": "date"})

    after = copy.deepcopy(base())
    edit(after)
    assert changed(edit) == [Change("added", "fields.due", None, item(after, "fields", "due"))]


def test_removed_field_is_one_change_with_the_whole_item() -> None:
    def edit(data: dict[str, Any]) -> None:
        del data["fields"][1]

    assert changed(edit) == [Change("removed", "fields.amount", item(base(), "fields", "amount"), None)]


def test_changed_field_attributes_are_reported_by_path() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["fields"][0]["label"] = "Subject"
        data["fields"][1]["validation"]["max"] = "1000"
        data["fields"][2]["required"] = True

    assert changed(edit) == [
        Change("changed", "fields.title.label", "Title", "Subject"),
        Change("changed", "fields.amount.validation.max", None, "1000"),
        Change("changed", "fields.reason.required", False, True),
    ]


def test_field_type_change_and_choices_as_a_whole() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["fields"][0]["type"] = "select"
        data["fields"][0]["choices"] = [{"value": "a", "label": "A"}]

    assert changed(edit) == [
        Change("changed", "fields.title.type", "string", "select"),
        Change("changed", "fields.title.choices", [], [{"value": "a", "label": "A"}]),
    ]


def test_state_participant_change() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["states"][1]["participant"]["users"] = ["alice", "carol"]

    assert changed(edit) == [
        Change("changed", "states.hr_review.participant.users", ["alice", "bob"], ["alice", "carol"]),
    ]


def test_state_participant_kind_change_lists_each_attribute() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["states"][1]["participant"] = {"kind": "roles", "roles": ["hr"]}

    assert changed(edit) == [
        Change("changed", "states.hr_review.participant.kind", "users", "roles"),
        Change("changed", "states.hr_review.participant.users", ["alice", "bob"], []),
        Change("changed", "states.hr_review.participant.roles", [], ["hr"]),
    ]


def test_nested_sla_change() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["states"][1]["sla"]["duration_seconds"] = 7200
        data["states"][1]["sla"]["action"] = "escalate"

    assert changed(edit) == [
        Change("changed", "states.hr_review.sla.duration_seconds", 3600, 7200),
        Change("changed", "states.hr_review.sla.action", "remind", "escalate"),
    ]


def test_sla_added_or_removed_is_a_change_of_the_whole_value() -> None:
    sla = {
        "duration_seconds": 60,
        "clock": None,
        "action": "remind",
        "escalate_to": None,
        "transition": None,
        "warn_before_seconds": None,
    }

    def add(data: dict[str, Any]) -> None:
        data["states"][0]["sla"] = {"duration_seconds": 60}

    def remove(data: dict[str, Any]) -> None:
        data["states"][1]["sla"] = None

    assert changed(add) == [Change("changed", "states.draft.sla", None, sla)]
    assert changed(remove) == [
        Change("changed", "states.hr_review.sla", {**sla, "duration_seconds": 3600}, None),
    ]


def test_dict_attribute_keys_are_added_removed_and_changed() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["states"][0]["field_permissions"] = {"amount": "optional", "reason": "hidden"}

    assert changed(edit) == [
        Change("added", "states.draft.field_permissions.amount", None, "optional"),
        Change("added", "states.draft.field_permissions.reason", None, "hidden"),
        Change("removed", "states.draft.field_permissions.title", "required", None),
    ]

    def edit_value(data: dict[str, Any]) -> None:
        data["states"][0]["field_permissions"]["title"] = "read_only"

    assert changed(edit_value) == [
        Change("changed", "states.draft.field_permissions.title", "required", "read_only"),
    ]


def test_position_change() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["states"][1]["position"]["x"] = 120.5

    assert changed(edit) == [Change("changed", "states.hr_review.position.x", 100.0, 120.5)]


def test_transition_branches_compare_as_a_whole() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["transitions"][1]["branches"][0]["expression"] = "amount > 500"

    before = [{"condition": None, "expression": "amount > 100", "target": "done"}]
    after = [{"condition": None, "expression": "amount > 500", "target": "done"}]
    assert changed(edit) == [Change("changed", "transitions.approve.branches", before, after)]


def test_transition_retargeted() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["transitions"][0]["target"] = "done"

    assert changed(edit) == [Change("changed", "transitions.submit.target", "hr_review", "done")]


# ---- moves ------------------------------------------------------------------------------------------


def test_reorder_alone_is_one_change_with_the_key_orders() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["fields"] = [data["fields"][2], data["fields"][0], data["fields"][1]]

    assert changed(edit) == [
        Change("changed", "fields", ["title", "amount", "reason"], ["reason", "title", "amount"]),
    ]


def test_states_reorder_with_a_change() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["states"].reverse()
        data["states"][0]["name"] = "Finished"

    assert changed(edit) == [
        Change("changed", "states.done.name", "Done", "Finished"),
        Change("changed", "states", ["draft", "hr_review", "done"], ["done", "hr_review", "draft"]),
    ]


def test_insert_or_remove_in_the_middle_is_not_a_move() -> None:
    def insert(data: dict[str, Any]) -> None:
        data["fields"].insert(1, {"key": "due", "label": "Due", "type": "date"})

    def remove(data: dict[str, Any]) -> None:
        del data["fields"][0]

    assert [change.op for change in changed(insert)] == ["added"]
    assert [change.path for change in changed(remove)] == ["fields.title"]


def test_reorder_with_additions_and_removals() -> None:
    def edit(data: dict[str, Any]) -> None:
        title, amount, _reason = data["fields"]
        data["fields"] = [amount, {"key": "due", "label": "Due", "type": "date"}, title]

    changes = changed(edit)
    assert [(change.op, change.path) for change in changes] == [
        ("added", "fields.due"),
        ("removed", "fields.reason"),
        ("changed", "fields"),
    ]
    assert (changes[2].before, changes[2].after) == (
        ["title", "amount", "reason"],
        ["amount", "due", "title"],
    )


def test_the_order_attribute_is_an_attribute() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["fields"][0]["order"] = 5

    assert changed(edit) == [Change("changed", "fields.title.order", 0, 5)]


# ---- top level ----------------------------------------------------------------------------------------


def test_top_level_scalars_and_objects() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["serial_prefix"] = "HR"
        data["title_template"] = "{serial}"
        data["creators"] = {"everyone": False, "roles": ["staff"]}
        data["submit_limit"] = {"count": 3, "period_seconds": 3600}

    assert changed(edit) == [
        Change("changed", "serial_prefix", "TK", "HR"),
        Change("changed", "title_template", "{workflow} {serial}", "{serial}"),
        Change("changed", "creators.everyone", True, False),
        Change("changed", "creators.roles", [], ["staff"]),
        Change("changed", "submit_limit", None, {"count": 3, "period_seconds": 3600}),
    ]


def test_notifications_and_webhooks_compare_as_whole_lists() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["webhooks"] = [{"events": ["created"], "url": "https://example.com/"}]

    assert changed(edit) == [
        Change(
            "changed",
            "webhooks",
            [],
            [{"events": ["created"], "url": "https://example.com/", "active": True}],
        ),
    ]


def test_changes_follow_the_document_order_of_after_with_removals_last() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["serial_prefix"] = "HR"
        data["fields"][2]["label"] = "Why"
        data["fields"].insert(0, {"key": "due", "label": "Due", "type": "date"})
        del data["fields"][1]  # title
        data["states"][1]["participant"]["users"] = ["carol"]
        data["transitions"].pop(0)
        data["viewers"] = {"users": ["auditor"]}

    assert [(change.op, change.path) for change in changed(edit)] == [
        ("changed", "serial_prefix"),
        ("added", "fields.due"),
        ("changed", "fields.reason.label"),
        ("removed", "fields.title"),
        ("changed", "states.hr_review.participant.users"),
        ("removed", "transitions.submit"),
        ("changed", "viewers.users"),
    ]


# ---- details --------------------------------------------------------------------------------------------


def test_json_equality_tells_booleans_from_numbers() -> None:
    base_data = base()
    base_data["fields"][0]["default"] = 1
    after = copy.deepcopy(base_data)
    after["fields"][0]["default"] = True
    assert diff_documents(doc(base_data), doc(after)) == [Change("changed", "fields.title.default", 1, True)]
    after["fields"][0]["default"] = 1.0
    assert diff_documents(doc(base_data), doc(after)) == []


def test_duplicate_keys_compare_the_list_as_a_whole() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["fields"].append({"key": "title", "label": "Title again", "type": "string"})

    changes = changed(edit)
    assert [(change.op, change.path) for change in changes] == [("changed", "fields")]
    assert len(changes[0].after) == 4


def test_as_dict() -> None:
    change = Change("changed", "states.hr_review.participant.users", ["a"], ["b"])
    assert change.as_dict() == {
        "op": "changed",
        "path": "states.hr_review.participant.users",
        "before": ["a"],
        "after": ["b"],
    }
    assert Change("added", "fields.x", after={"key": "x"}).as_dict()["before"] is None


@pytest.mark.parametrize("collection", ["fields", "states", "transitions"])
def test_emptying_a_list_removes_every_item_in_order(collection: str) -> None:
    def edit(data: dict[str, Any]) -> None:
        data[collection] = []

    keys = [entry["key"] for entry in base()[collection]]
    assert [(change.op, change.path) for change in changed(edit)] == [
        ("removed", f"{collection}.{key}") for key in keys
    ]
