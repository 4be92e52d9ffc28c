"""What the designer relies on: duplicate keys refused at draft save (and listed by validate, which
blocks publish), and warnings (not errors) for participants that may resolve to nobody."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context

from conftest import error_of
from core.directory.models import Department, Role
from engine.workflows.samples import departments, field, roles, state, transition, variable
from engine.workflows.tests.factories import one_step_document, post_json

pytestmark = pytest.mark.django_db


def _workflow(admin: Any) -> int:
    response = post_json(admin, "/api/v1/workflows", {"key": "checks", "name": "Checks"})
    assert response.status_code == 201, response.content
    return response.json()["id"]


def _document(participant: dict[str, Any], **extra: Any) -> dict[str, Any]:
    step = state("review", "Review", participant=participant)
    return one_step_document("CK", step, transition("approve", "Approve", "review", "done"), **extra)


def _put(admin: Any, workflow_id: int, document: dict[str, Any]) -> Any:
    etag = admin.get(f"/api/v1/workflows/{workflow_id}/draft")["ETag"]
    return admin.put(
        f"/api/v1/workflows/{workflow_id}/draft",
        {"document": document},
        content_type="application/json",
        HTTP_IF_MATCH=etag,
    )


def _validate(admin: Any, workflow_id: int, document: dict[str, Any]) -> dict[str, Any]:
    response = post_json(admin, f"/api/v1/workflows/{workflow_id}/validate", {"document": document})
    assert response.status_code == 200, response.content
    return response.json()


@pytest.mark.parametrize(("collection", "index"), [("states", 1), ("transitions", 0), ("fields", 0)], ids=str)
def test_a_draft_with_a_duplicate_key_is_refused_and_validate_lists_it(admin, collection, index):
    workflow_id = _workflow(admin)
    document = _document(
        {"kind": "users", "users": ["boss"]}, fields=[field("a", "A", "string"), field("b", "B", "string")]
    )
    document["transitions"].append(transition("again", "Again", "review", "done"))
    before = admin.get(f"/api/v1/workflows/{workflow_id}/draft").json()["document"]
    broken = copy.deepcopy(document)
    broken[collection][index + 1]["key"] = broken[collection][index]["key"]
    refused = _put(admin, workflow_id, broken)
    assert refused.status_code == 422
    error = error_of(refused)
    assert error["code"] == "duplicate_key"
    assert [detail["field"] for detail in error["details"]] == [f"document.{collection}.{index + 1}.key"]
    assert admin.get(f"/api/v1/workflows/{workflow_id}/draft").json()["document"] == before
    checked = _validate(admin, workflow_id, broken)
    assert not checked["valid"]
    duplicate = [p for p in checked["problems"] if p["code"] == "duplicate_key"]
    assert [p["path"] for p in duplicate] == [f"{collection}.{index + 1}.key"]
    assert duplicate[0]["severity"] == "error"


def test_duplicate_columns_are_refused_too(admin):
    workflow_id = _workflow(admin)
    table = field("rows", "Rows", "table", columns=[field("x", "X", "string"), field("x", "Y", "string")])
    refused = _put(admin, workflow_id, _document({"kind": "users", "users": ["boss"]}, fields=[table]))
    assert error_of(refused)["details"][0]["field"] == "document.fields.0.columns.1.key"


def test_creator_without_department_is_a_warning_that_does_not_block(admin):
    workflow_id = _workflow(admin)
    document = _document(variable("creator_department_leader"))
    checked = _validate(admin, workflow_id, document)
    assert checked["valid"]
    assert checked["problems"] == []
    [warning] = checked["warnings"]
    assert (warning["path"], warning["code"], warning["severity"]) == (
        "states.1.participant",
        "may_resolve_to_nobody",
        "warning",
    )
    assert "in no department (e.g. 'boss')" in warning["message"]
    assert _put(admin, workflow_id, document).status_code == 200
    published = post_json(admin, f"/api/v1/workflows/{workflow_id}/publish", {})
    assert published.status_code == 200, published.content


def test_departments_without_leader_roles_without_people_and_optional_fields_warn(admin):
    workflow_id = _workflow(admin)
    with schema_context("it"):
        sales = Department.objects.create(code="sales", name="Sales")
        sales.members.add(*_ids("boss"))
        Role.objects.create(code="auditor", name="Auditor")
    unled = _validate(admin, workflow_id, _document(variable("creator_department_approver")))
    assert "some creators' departments have no approver (e.g. 'Sales')" in unled["warnings"][0]["message"]
    by_department = _validate(admin, workflow_id, _document(departments("sales", scope="leader")))
    assert "'Sales': no active leader." in by_department["warnings"][0]["message"]
    members = _validate(admin, workflow_id, _document(departments("sales", scope="members")))
    assert members["warnings"] == []
    by_role = _validate(admin, workflow_id, _document(roles("auditor")))
    assert "No active person holds 'Auditor'." in by_role["warnings"][0]["message"]
    reviewer = field("reviewer", "Reviewer", "user", required=False)
    optional = _validate(
        admin, workflow_id, _document({"kind": "field", "field": "reviewer"}, fields=[reviewer])
    )
    assert "optional field 'Reviewer'" in optional["warnings"][0]["message"]
    reviewer["required"] = True
    required = _validate(
        admin, workflow_id, _document({"kind": "field", "field": "reviewer"}, fields=[reviewer])
    )
    assert required["warnings"] == []


def test_warnings_take_a_few_queries_whatever_the_number_of_states(admin):
    workflow_id = _workflow(admin)
    document = _document(variable("creator_department_leader"))
    for number in range(20):
        document["states"].insert(
            1, state(f"s{number}", f"S{number}", participant=departments("it", scope="leader"))
        )
        document["transitions"].append(transition(f"t{number}", "T", f"s{number}", "done"))
        document["transitions"].append(transition(f"in{number}", "In", "draft", f"s{number}"))
    from engine.workflows.definitions.schema import WorkflowDocument
    from engine.workflows.definitions.validation.coverage import participant_warnings

    parsed = WorkflowDocument.model_validate(document)
    with schema_context("it"), CaptureQueriesContext(connection) as queries:
        participant_warnings(parsed)
    assert len(queries) <= 4
    assert workflow_id


def _ids(*usernames: str) -> list[int]:
    from core.access.models import User

    return list(User.objects.filter(username__in=usernames).values_list("pk", flat=True))
