"""Departments and roles as a tenant admin: answers, errors, the department tree; the directory
is per tenant. Users: test_directory_users.py; listing and paging: test_directory_listing.py."""

from __future__ import annotations

import pytest
from django_tenants.utils import schema_context

from conftest import error_of
from core.directory.tests.factories import counts, fields_of, refused
from core.tests.factories import assert_error, send

# ---- departments ----------------------------------------------------------------------------------


def test_create_department_with_parent_leader_approver(admin, dept, user):
    lead = user("lead")
    approver = user("approver")
    root = dept("it", "IT")
    response = send(
        admin,
        "post",
        "/api/v1/departments",
        {
            "code": "it-ops",
            "name": "Operations",
            "parent_id": root["id"],
            "leader_id": lead["id"],
            "approver_id": approver["id"],
        },
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body == {
        "id": body["id"],
        "code": "it-ops",
        "name": "Operations",
        "parent_id": root["id"],
        "leader_id": lead["id"],
        "approver_id": approver["id"],
        "is_active": True,
        "member_count": 0,
    }
    assert admin.get(f"/api/v1/departments/{body['id']}").json() == body
    listed = admin.get("/api/v1/departments").json()
    assert [d["code"] for d in listed] == ["it", "it-ops"]


def test_department_member_count(admin, dept, user):
    ops = dept("ops")
    user("a", department_ids=[ops["id"]])
    user("b", department_ids=[ops["id"]])
    assert admin.get(f"/api/v1/departments/{ops['id']}").json()["member_count"] == 2


def test_patch_department(admin, dept, user):
    lead = user("lead")
    root, other = dept("root"), dept("other")
    child = dept("child", parent_id=root["id"])
    response = send(
        admin,
        "patch",
        f"/api/v1/departments/{child['id']}",
        {"name": "Renamed", "parent_id": other["id"], "leader_id": lead["id"]},
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["name"] == "Renamed"
    assert body["parent_id"] == other["id"]
    assert body["leader_id"] == lead["id"]
    assert body["approver_id"] is None

    # null moves it to the top / clears the leader; fields left out stay.
    response = send(
        admin, "patch", f"/api/v1/departments/{child['id']}", {"parent_id": None, "leader_id": None}
    )
    body = response.json()
    assert body["parent_id"] is None
    assert body["leader_id"] is None
    assert body["name"] == "Renamed"

    response = send(admin, "patch", f"/api/v1/departments/{child['id']}", {"is_active": False})
    assert response.json()["is_active"] is False

    # null for a field that cannot be empty leaves it alone.
    response = send(admin, "patch", f"/api/v1/departments/{child['id']}", {"name": None, "is_active": None})
    assert response.status_code == 200, response.content
    assert response.json()["name"] == "Renamed"
    assert response.json()["is_active"] is False


@pytest.mark.parametrize("depth", [0, 1, 3])
def test_department_parent_cycle_is_422(admin, dept, depth):
    top = dept("top")
    chain = [top]
    for i in range(depth):
        chain.append(dept(f"level{i}", parent_id=chain[-1]["id"]))
    before = admin.get(f"/api/v1/departments/{top['id']}").json()
    response = send(admin, "patch", f"/api/v1/departments/{top['id']}", {"parent_id": chain[-1]["id"]})
    error = assert_error(response, 422, "validation_failed")
    assert error["details"] == [
        {
            "loc": ["body", "parent_id"],
            "field": "parent_id",
            "type": "cycle",
            "message": error["details"][0]["message"],
        }
    ]
    assert admin.get(f"/api/v1/departments/{top['id']}").json() == before


def test_cycle_check_leaves_the_rest_of_the_patch_unapplied(admin, dept):
    top = dept("top", "Top")
    child = dept("child", parent_id=top["id"])
    response = send(
        admin, "patch", f"/api/v1/departments/{top['id']}", {"name": "Changed", "parent_id": child["id"]}
    )
    assert response.status_code == 422
    assert admin.get(f"/api/v1/departments/{top['id']}").json()["name"] == "Top"


def test_delete_department(admin, dept, user):
    root = dept("root")
    child = dept("child", parent_id=root["id"])
    alice = user("alice", department_ids=[child["id"], root["id"]])
    before = counts()
    assert_error(admin.delete(f"/api/v1/departments/{root['id']}"), 409, "department_has_children")
    assert counts() == before

    response = admin.delete(f"/api/v1/departments/{child['id']}")
    assert response.status_code == 204
    assert response.content == b""
    assert admin.get(f"/api/v1/departments/{child['id']}").status_code == 404
    # Members are not deleted with the department; only their membership goes.
    assert admin.get(f"/api/v1/users/{alice['id']}").json()["department_ids"] == [root["id"]]

    assert admin.delete(f"/api/v1/departments/{root['id']}").status_code == 204
    assert_error(admin.delete(f"/api/v1/departments/{root['id']}"), 404, "not_found")


def test_deleting_a_leader_user_keeps_the_department(admin, dept, user):
    lead = user("lead")
    ops = dept("ops", leader_id=lead["id"])
    assert admin.delete(f"/api/v1/users/{lead['id']}").status_code == 200
    assert admin.get(f"/api/v1/departments/{ops['id']}").json()["leader_id"] == lead["id"]


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"code": "x", "name": "X", "parent_id": 999999}, "parent_id"),
        ({"code": "x", "name": "X", "leader_id": 999999}, "leader_id"),
        ({"code": "x", "name": "X", "approver_id": 999999}, "approver_id"),
    ],
)
def test_create_department_with_unknown_reference_is_422(admin, payload, field):
    error = refused(admin, "post", "/api/v1/departments", payload, 422, "validation_failed")
    assert fields_of(error) == [field]
    assert error["details"][0]["loc"] == ["body", field]


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"name": "X"}, "code"),
        ({"code": "x"}, "name"),
        ({"code": "", "name": "X"}, "code"),
        ({"code": "has space", "name": "X"}, "code"),
        ({"code": "-dash", "name": "X"}, "code"),
        ({"code": "x" * 65, "name": "X"}, "code"),
        ({"code": "x", "name": "   "}, "name"),
        ({"code": "x", "name": 5}, "name"),
        ({"code": "x", "name": "X", "parent_id": "root"}, "parent_id"),
        ({"code": "x", "name": "X", "leader_id": [1]}, "leader_id"),
    ],
)
def test_create_department_with_bad_input_is_422(admin, payload, field):
    error = refused(admin, "post", "/api/v1/departments", payload, 422, "validation_failed")
    assert field in fields_of(error)


def test_patch_department_with_unknown_reference_changes_nothing(admin, dept):
    ops = dept("ops", "Ops")
    for payload, field in (
        ({"name": "New", "parent_id": 999999}, "parent_id"),
        ({"name": "New", "leader_id": 999999}, "leader_id"),
        ({"name": "New", "approver_id": 999999}, "approver_id"),
    ):
        response = send(admin, "patch", f"/api/v1/departments/{ops['id']}", payload)
        assert response.status_code == 422
        assert fields_of(error_of(response)) == [field]
    assert admin.get(f"/api/v1/departments/{ops['id']}").json() == ops


@pytest.mark.parametrize("kind", ["departments", "roles"])
def test_duplicate_code_is_409(admin, dept, role, kind):
    {"departments": dept, "roles": role}[kind]("ops")
    refused(admin, "post", f"/api/v1/{kind}", {"code": "ops", "name": "Again"}, 409, "code_taken")


# ---- roles ----------------------------------------------------------------------------------------


def test_roles_crud(admin, role, user):
    response = send(
        admin, "post", "/api/v1/roles", {"code": "approver", "name": "Approver", "description": "Signs off"}
    )
    assert response.status_code == 201
    approver = response.json()
    assert approver == {
        "id": approver["id"],
        "code": "approver",
        "name": "Approver",
        "description": "Signs off",
        "member_count": 0,
    }
    dev = role("dev")
    alice = user("alice", role_ids=[approver["id"], dev["id"]])

    assert admin.get(f"/api/v1/roles/{approver['id']}").json()["member_count"] == 1
    assert [r["code"] for r in admin.get("/api/v1/roles").json()] == ["approver", "dev"]

    response = send(admin, "patch", f"/api/v1/roles/{approver['id']}", {"name": "Approvers"})
    assert response.status_code == 200
    assert response.json()["name"] == "Approvers"
    assert response.json()["description"] == "Signs off"

    response = send(admin, "patch", f"/api/v1/roles/{approver['id']}", {"name": ""})
    assert_error(response, 422, "validation_failed")

    response = admin.delete(f"/api/v1/roles/{approver['id']}")
    assert response.status_code == 204
    assert admin.get(f"/api/v1/roles/{approver['id']}").status_code == 404
    assert admin.get(f"/api/v1/users/{alice['id']}").json()["role_ids"] == [dev["id"]]

    assert_error(admin.delete(f"/api/v1/roles/{approver['id']}"), 404, "not_found")


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"code": "x"},
        {"name": "X"},
        {"code": "a b", "name": "X"},
        {"code": "x", "name": "X", "description": 1},
    ],
)
def test_create_role_with_bad_input_is_422(admin, payload):
    refused(admin, "post", "/api/v1/roles", payload, 422, "validation_failed")


def test_directory_is_per_tenant(admin, login, user):
    user("alice")
    hr = login("hr", "hr-admin", admin=True)
    assert [u["username"] for u in hr.get("/api/v1/users").json()["items"]] == ["hr-admin"]
    with schema_context("hr"):
        from core.access.models import User

        assert User.objects.filter(username="alice").count() == 0
