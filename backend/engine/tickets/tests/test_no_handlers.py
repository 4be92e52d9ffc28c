"""Entering a state whose participants resolve to nobody: 409 `no_handlers` that says what is missing
and whom to ask (the tenant admins), for the requester to act on."""

from __future__ import annotations

from typing import Any

import pytest
from django_tenants.utils import schema_context

from conftest import error_of
from core.directory.models import Department, DepartmentMembership, Role
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.samples import departments, roles, state, transition, variable
from engine.workflows.services import workflow_create, workflow_publish
from engine.workflows.tests.factories import one_step_document, post_json

pytestmark = pytest.mark.django_db


def _publish(key: str, participant: dict[str, Any]) -> int:
    step = state("review", "Review", participant=participant)
    document = one_step_document(key.upper()[:4], step, transition("approve", "Approve", "review", "done"))
    with schema_context("it"):
        workflow = workflow_create(key=key, name=key, document=WorkflowDocument.model_validate(document))
        workflow_publish(workflow=workflow, actor=None)
        return workflow.pk


def _create(client: Any, workflow_id: int, submit: bool = True) -> Any:
    body: dict[str, Any] = {"workflow_id": workflow_id, "fields": {}}
    if submit:
        body["transition"] = "submit"
    return post_json(client, "/api/v1/tickets", body)


def test_a_creator_without_department_is_told_to_ask_the_tenant_admin(world: Any, as_user: Any) -> None:
    workflow_id = _publish("lead-review", variable("creator_department_leader"))
    refused = _create(as_user("root"), workflow_id)
    assert refused.status_code == 409, refused.content
    error = error_of(refused)
    assert error["code"] == "no_handlers"
    assert error["message"] == (
        "Nobody can handle the state 'Review': you are not in any department; "
        "ask your tenant admin (root) to add you to one."
    )
    assert error["details"] == {
        "state": "review",
        "state_name": "Review",
        "participant": "variable",
        "missing": "creator_department",
        "names": [],
        "ask": ["root"],
    }


def test_a_department_without_leader_is_named(world: Any, as_user: Any) -> None:
    workflow_id = _publish("lead-review", variable("creator_department_leader"))
    with schema_context("it"):
        sales = Department.objects.create(code="sales", name="Sales")
        DepartmentMembership.objects.create(user_id=_user_id("root"), department=sales)
    error = error_of(_create(as_user("root"), workflow_id))
    assert error["message"] == (
        "Nobody can handle the state 'Review': your department 'Sales' has no leader; "
        "ask your tenant admin (root) to set one."
    )
    assert (error["details"]["missing"], error["details"]["names"]) == ("department_leader", ["Sales"])


def test_a_later_submit_speaks_of_the_creator(world: Any, as_user: Any) -> None:
    workflow_id = _publish("lead-review", variable("creator_department_approver"))
    draft = _create(as_user("root"), workflow_id, submit=False)
    assert draft.status_code == 201, draft.content
    refused = post_json(
        as_user("root"), f"/api/v1/tickets/{draft.json()['id']}/handle", {"transition": "submit"}
    )
    assert refused.status_code == 409
    assert "the ticket's creator (root) is not in any department" in error_of(refused)["message"]


def test_listed_departments_and_roles_say_what_they_lack(world: Any, as_user: Any) -> None:
    with schema_context("it"):
        Department.objects.create(code="empty", name="Empty")
        Role.objects.create(code="auditor", name="Auditor")
    by_department = _publish("dept-review", departments("empty", scope="approver"))
    error = error_of(_create(as_user("alice"), by_department))
    assert error["message"] == (
        "Nobody can handle the state 'Review': department 'Empty' has no approver; "
        "ask your tenant admin (root) to set one."
    )
    by_role = _publish("role-review", roles("auditor"))
    error = error_of(_create(as_user("alice"), by_role))
    assert error["details"]["missing"] == "role_members"
    assert (
        "role 'Auditor' has no active members; ask your tenant admin (root) to add someone."
        in error["message"]
    )


def test_the_reason_and_the_fix_in_chinese(world: Any, as_user: Any) -> None:
    """Same code and details; the message says what is missing and whom to ask, in Chinese."""
    workflow_id = _publish("lead-review", variable("creator_department_leader"))
    with schema_context("it"):
        sales = Department.objects.create(code="sales", name="Sales")
        DepartmentMembership.objects.create(user_id=_user_id("root"), department=sales)
    refused = as_user("root").post(
        "/api/v1/tickets",
        {"workflow_id": workflow_id, "fields": {}, "transition": "submit"},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="zh-CN",
    )
    assert refused.status_code == 409
    error = error_of(refused)
    assert error["code"] == "no_handlers"
    assert error["message"] == (
        "没有人能处理状态 'Review'：你的部门 'Sales' 没有负责人；请联系租户管理员（root）设置一位。"  # noqa: RUF001
    )
    assert (error["details"]["missing"], error["details"]["ask"]) == ("department_leader", ["root"])


def _user_id(username: str) -> int:
    from core.access.models import User

    return User.objects.get(username=username).pk
