"""The publish-time rules of sub-processes (`states.N.subprocess`)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from django_tenants.utils import schema_context

from core.errors import ValidationFailed
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.definitions.validation import DirectoryIndex, directory_index_for
from engine.workflows.samples import transition
from engine.workflows.services import workflow_create, workflow_publish
from engine.workflows.tests.factories import TASK_DOCUMENT, codes, order_document, seed_samples

WITH_TASK = DirectoryIndex(workflows={"task": WorkflowDocument.model_validate(TASK_DOCUMENT)})
SP = "states.1.subprocess"


def order(**subprocess: Any) -> dict[str, Any]:
    return order_document(**({"rows": "items"} | subprocess))


def test_a_parent_that_files_sub_tickets_of_a_published_workflow_is_valid():
    assert codes(order(), WITH_TASK) == []
    assert codes(order(count=3), WITH_TASK) == []
    assert codes(order(continue_on="first_rejection", when_none="wait"), WITH_TASK) == []


def test_the_workflow_must_be_published():
    assert codes(order(), DirectoryIndex()) == [("unknown_workflow", f"{SP}.workflow")]


def test_the_child_workflow_needs_one_submit_transition():
    two_ways = copy.deepcopy(TASK_DOCUMENT)
    two_ways["transitions"].append(transition("skip", "Skip", "draft", "done"))
    index = DirectoryIndex(workflows={"task": WorkflowDocument.model_validate(two_ways)})
    assert codes(order(), index) == [("invalid_subprocess", f"{SP}.workflow")]


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        ({"rows": "items", "count": 2}, [("invalid_subprocess", SP)]),
        ({"rows": None}, [("invalid_subprocess", SP), ("unknown_field", f"{SP}.values.item")]),
        ({"rows": "nope"}, [("unknown_field", f"{SP}.rows"), ("unknown_field", f"{SP}.values.item")]),
        ({"rows": "topic"}, [("invalid_subprocess", f"{SP}.rows"), ("unknown_field", f"{SP}.values.item")]),
    ],
)
def test_rows_or_count(settings, expected):
    doc = order()
    doc["states"][1]["subprocess"].update(settings, values={"item": "row.name"})
    assert codes(doc, WITH_TASK) == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"nothing": "topic"}, ("unknown_field", f"{SP}.values.nothing")),
        ({"item": "nothing"}, ("unknown_field", f"{SP}.values.item")),
        ({"item": "row.nothing"}, ("unknown_field", f"{SP}.values.item")),
        ({"item": "row.qty"}, ("incompatible_value", f"{SP}.values.item")),
        ({"qty": "items"}, ("incompatible_value", f"{SP}.values.qty")),
        ({"note": "row.name"}, None),  # a string into a text is fine
    ],
)
def test_each_value_comes_from_a_field_or_column_that_fits(values, expected):
    doc = order()
    doc["states"][1]["subprocess"]["values"] = values
    assert codes(doc, WITH_TASK) == ([expected] if expected else [])


def test_a_value_must_be_fillable_in_the_childs_start_state():
    child = copy.deepcopy(TASK_DOCUMENT)
    child["states"][0]["field_permissions"] = {"note": "read_only"}
    index = DirectoryIndex(workflows={"task": WorkflowDocument.model_validate(child)})
    assert codes(order(), index) == [("not_editable", f"{SP}.values.note")]


def test_settings_need_a_subtickets_transition_and_a_reject_one_for_first_rejection():
    doc = order(continue_on="first_rejection")
    doc["transitions"] = [
        t for t in doc["transitions"] if t.get("kind") != "subtickets" or t["key"] == "all_done"
    ]
    assert codes(doc, WITH_TASK) == [("invalid_subprocess", f"{SP}.continue_on")]
    doc["transitions"] = [t for t in doc["transitions"] if t["key"] != "all_done"]
    doc["transitions"].append(transition("give_up", "Give up", "waiting", "done"))
    assert codes(doc, WITH_TASK) == [("invalid_subprocess", SP), ("invalid_subprocess", f"{SP}.continue_on")]


def test_a_waiting_state_needs_a_way_on_that_is_not_a_rejection():
    doc = order()
    next(t for t in doc["transitions"] if t["key"] == "all_done")["attribute"] = "reject"
    assert codes(doc, WITH_TASK) == [("invalid_subprocess", "states.1")]


def test_a_state_for_handlers_sub_tickets_takes_no_filing_settings():
    doc = order()
    doc["states"][1]["subprocess"] = {"rows": "items", "values": {"item": "topic"}, "when_none": "wait"}
    assert codes(doc, WITH_TASK) == [
        ("invalid_subprocess", f"{SP}.rows"),
        ("invalid_subprocess", f"{SP}.values"),
    ]
    doc["states"][1]["subprocess"] = {"when_none": "wait"}
    assert codes(doc, WITH_TASK) == []


def test_count_is_bounded():
    with pytest.raises(ValueError):
        WorkflowDocument.model_validate(order_document(count=51))


@pytest.mark.django_db
def test_publishing_reads_the_published_workflows_sub_processes_name(db):
    with schema_context("it"):
        seed_samples()  # the directory the task workflow names
        parent = workflow_create(key="order", name="Order", document=WorkflowDocument.model_validate(order()))
        with pytest.raises(ValidationFailed) as refused:
            workflow_publish(workflow=parent, actor=None)
        assert [d["code"] for d in refused.value.details] == ["unknown_workflow"]
        task = workflow_create(
            key="task", name="Task", document=WorkflowDocument.model_validate(TASK_DOCUMENT)
        )
        assert (
            directory_index_for(WorkflowDocument.model_validate(order())).workflows == {}
        )  # a draft is not enough
        workflow_publish(workflow=task, actor=None)
        assert set(directory_index_for(WorkflowDocument.model_validate(order())).workflows) == {"task"}
        workflow_publish(workflow=parent, actor=None)
