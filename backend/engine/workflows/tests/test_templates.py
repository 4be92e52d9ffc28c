"""The template gallery built from the samples, and "Use this template"."""

from __future__ import annotations

import pytest
from django_tenants.utils import schema_context

from conftest import error_of
from core.tests.factories import send
from engine.workflows.models import Workflow, WorkflowVersion
from engine.workflows.samples import SAMPLES

pytestmark = pytest.mark.django_db


def test_the_gallery_lists_the_samples_with_a_preview(login):
    admin = login("it", "boss", admin=True)
    response = admin.get("/api/v1/workflow-templates")
    assert response.status_code == 200, response.content
    gallery = response.json()
    assert [item["key"] for item in gallery] == [sample("it")["key"] for sample in SAMPLES]
    leave = gallery[0]
    assert (leave["name"], leave["category"]) == ("Leave request", "HR")
    assert leave["description"]
    assert leave["preview"]["fields"][:2] == ["Type", "First day"]
    assert {
        "key": "lead_review",
        "name": "Leader review",
        "type": None,
        "position": {"x": 250, "y": 0},
    } in leave["preview"]["states"]
    assert leave["preview"]["transitions"][0] == {
        "key": "submit",
        "name": "Submit",
        "source": "draft",
        "target": "lead_review",
    }


def test_using_a_template_creates_a_workflow_with_its_document_as_draft(login):
    admin = login("it", "boss", admin=True)
    first = send(admin, "post", "/api/v1/workflow-templates/leave/use", {})
    assert first.status_code == 201, first.content
    assert (first.json()["key"], first.json()["name"], first.json()["draft_version"]) == (
        "leave",
        "Leave request",
        1,
    )
    again = send(admin, "post", "/api/v1/workflow-templates/leave/use", {"name": "Time off"})
    assert (again.json()["key"], again.json()["name"]) == ("leave-2", "Time off")
    with schema_context("it"):
        draft = WorkflowVersion.objects.get(workflow__key="leave", status="draft")
        assert draft.document["serial_prefix"] == "LV"
        assert [state["key"] for state in draft.document["states"]][:2] == ["draft", "lead_review"]
    taken = send(admin, "post", "/api/v1/workflow-templates/release/use", {"key": "leave"})
    assert taken.status_code == 409
    assert error_of(taken)["code"] == "key_taken"


def test_bad_template_requests_change_nothing(login):
    admin = login("it", "boss", admin=True)
    assert send(admin, "post", "/api/v1/workflow-templates/nope/use", {}).status_code == 404
    assert send(admin, "post", "/api/v1/workflow-templates/leave/use", {"key": "Bad Key"}).status_code == 422
    alice = login("it", "alice9")
    assert alice.get("/api/v1/workflow-templates").status_code == 403
    assert send(alice, "post", "/api/v1/workflow-templates/leave/use", {}).status_code == 403
    with schema_context("it"):
        assert not Workflow.objects.exists()
