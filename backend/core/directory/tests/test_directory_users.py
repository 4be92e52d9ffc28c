"""Directory users as a tenant admin: create, read, change, deactivate; refused input and
the generic error answers (malformed JSON, unknown paths, wrong methods, who may write)."""

from __future__ import annotations

from typing import Any

import pytest
from django_tenants.utils import schema_context

from core.directory.tests.factories import assert_fields, counts, fields_of, refused
from core.tests.factories import assert_error, send

# ---- users ----------------------------------------------------------------------------------------


def test_create_user_with_memberships(admin, dept, role):
    ops = dept("ops", "Operations")
    dev = dept("dev", "Development")
    approver = role("approver", "Approver")
    response = send(
        admin,
        "post",
        "/api/v1/users",
        {
            "username": "alice",
            "display_name": "Alice Wang",
            "email": "alice@example.com",
            "phone": "+86 (10) 1234-5678",
            "password": "long-enough-pw",
            "department_ids": [dev["id"], ops["id"], dev["id"]],
            "role_ids": [approver["id"]],
        },
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert_fields(body, username="alice", display_name="Alice Wang", email="alice@example.com")
    assert_fields(body, phone="+86 (10) 1234-5678", is_active=True, is_tenant_admin=False)
    assert_fields(body, department_ids=sorted([ops["id"], dev["id"]]), role_ids=[approver["id"]])
    assert "password" not in body

    with schema_context("it"):
        from core.access.models import User

        stored = User.objects.get(username="alice")
        assert stored.check_password("long-enough-pw")
        assert sorted(stored.departments.values_list("code", flat=True)) == ["dev", "ops"]
        assert list(stored.roles.values_list("code", flat=True)) == ["approver"]

    got = admin.get(f"/api/v1/users/{body['id']}")
    assert got.status_code == 200
    assert got.json() == body


def test_user_created_without_password_cannot_log_in(admin, client_for, user):
    user("nopass")
    response = send(client_for("it"), "post", "/api/v1/auth/login", {"username": "nopass", "password": ""})
    assert response.status_code == 422
    response = send(
        client_for("it"), "post", "/api/v1/auth/login", {"username": "nopass", "password": "anything-at-all"}
    )
    assert_error(response, 401, "invalid_credentials")


def test_get_unknown_user_is_404(admin):
    assert_error(admin.get("/api/v1/users/999999"), 404, "not_found")


def test_patch_user_fields_password_and_memberships(admin, client_for, dept, role, user):
    ops, dev = dept("ops"), dept("dev")
    approver, reviewer = role("approver"), role("reviewer")
    alice = user("alice", department_ids=[ops["id"]], role_ids=[approver["id"]])

    response = send(
        admin,
        "patch",
        f"/api/v1/users/{alice['id']}",
        {
            "display_name": "Alice W.",
            "phone": "123",
            "password": "a-new-password",
            "department_ids": [dev["id"]],
            "role_ids": [approver["id"], reviewer["id"]],
        },
    )
    assert response.status_code == 200, response.content
    both_roles = sorted([approver["id"], reviewer["id"]])
    assert_fields(
        response.json(),
        display_name="Alice W.",
        phone="123",
        email="",
        department_ids=[dev["id"]],
        role_ids=both_roles,
    )

    login = send(
        client_for("it"), "post", "/api/v1/auth/login", {"username": "alice", "password": "a-new-password"}
    )
    assert login.status_code == 200, login.content

    # Fields left out stay as they are; memberships are only touched when given.
    response = send(admin, "patch", f"/api/v1/users/{alice['id']}", {"email": "a@example.com"})
    assert response.status_code == 200
    assert_fields(
        response.json(),
        email="a@example.com",
        display_name="Alice W.",
        department_ids=[dev["id"]],
        role_ids=both_roles,
    )

    # An empty list clears memberships; email null clears the email.
    response = send(
        admin, "patch", f"/api/v1/users/{alice['id']}", {"department_ids": [], "role_ids": [], "email": None}
    )
    assert response.status_code == 200
    assert_fields(response.json(), department_ids=[], role_ids=[], email="")


def test_patch_user_with_nulls_for_required_fields_changes_nothing(admin, user):
    alice = user("alice", display_name="Alice", phone="42")
    response = send(
        admin,
        "patch",
        f"/api/v1/users/{alice['id']}",
        {"display_name": None, "phone": None, "is_active": None, "is_tenant_admin": None},
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["display_name"] == "Alice"
    assert body["phone"] == "42"
    assert body["is_active"] is True
    assert body["is_tenant_admin"] is False


def test_delete_user_deactivates_and_keeps_listing_them(admin, client_for, user):
    alice = user("alice", password="long-enough-pw")
    before = counts()
    response = admin.delete(f"/api/v1/users/{alice['id']}")
    assert response.status_code == 200
    assert response.json()["is_active"] is False
    assert response.json()["username"] == "alice"
    assert counts()["users"] == before["users"]
    assert counts()["active_users"] == before["active_users"] - 1

    listed = {u["username"]: u for u in admin.get("/api/v1/users").json()["items"]}
    assert listed["alice"]["is_active"] is False
    assert admin.get(f"/api/v1/users/{alice['id']}").json()["is_active"] is False

    # Deleting again is harmless; an inactive user cannot log in.
    assert admin.delete(f"/api/v1/users/{alice['id']}").status_code == 200
    login = send(
        client_for("it"), "post", "/api/v1/auth/login", {"username": "alice", "password": "long-enough-pw"}
    )
    assert_error(login, 401, "invalid_credentials")


def test_duplicate_username_is_409_and_changes_nothing(admin, user):
    user("alice")
    refused(
        admin, "post", "/api/v1/users", {"username": "alice", "display_name": "Other"}, 409, "username_taken"
    )


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "username"),
        ({"username": ""}, "username"),
        ({"username": "has space"}, "username"),
        ({"username": 12}, "username"),
        ({"username": "x" * 151}, "username"),
        ({"username": "carl", "email": "not-an-email"}, "email"),
        ({"username": "carl", "password": "short"}, "password"),
        ({"username": "carl", "phone": "call me"}, "phone"),
        ({"username": "carl", "is_active": "perhaps"}, "is_active"),
        ({"username": "carl", "department_ids": "1"}, "department_ids"),
        ({"username": "carl", "department_ids": ["x"]}, "department_ids.0"),
        ({"username": "carl", "role_ids": {"a": 1}}, "role_ids"),
    ],
)
def test_create_user_with_bad_input_is_422_and_changes_nothing(admin, payload, field):
    error = refused(admin, "post", "/api/v1/users", payload, 422, "validation_failed")
    assert field in fields_of(error)


def test_create_user_with_unknown_department_or_role_is_422_and_changes_nothing(admin, dept, role):
    ops = dept("ops")
    approver = role("approver")
    before = counts()

    body = {"username": "carl", "department_ids": [ops["id"], 999999]}
    error = refused(admin, "post", "/api/v1/users", body, 422, "validation_failed")
    assert fields_of(error) == ["department_ids"]

    body = {"username": "carl", "role_ids": [approver["id"], 888888]}
    assert fields_of(refused(admin, "post", "/api/v1/users", body, 422, "validation_failed")) == ["role_ids"]
    assert counts() == before


def test_patch_user_with_bad_input_changes_nothing(admin, dept, user):
    ops = dept("ops")
    alice = user("alice", display_name="Alice", department_ids=[ops["id"]], password="long-enough-pw")
    path = f"/api/v1/users/{alice['id']}"

    def snapshot() -> tuple[Any, ...]:
        from core.access.models import User

        with schema_context("it"):
            stored = User.objects.get(username="alice")
            return (
                stored.display_name,
                stored.password,
                stored.updated_at,
                list(stored.department_memberships.values_list("department_id", flat=True)),
            )

    before, before_counts = snapshot(), counts()
    for payload, status, code in [
        ({"password": "short"}, 422, "validation_failed"),
        ({"email": "nope"}, 422, "validation_failed"),
        ({"is_active": "maybe"}, 422, "validation_failed"),
        ({"display_name": "Changed", "department_ids": [999999]}, 422, "validation_failed"),
        ({"display_name": "Changed", "role_ids": [999999]}, 422, "validation_failed"),
        ("{not json", 400, "malformed_request"),
    ]:
        refused(admin, "patch", path, payload, status, code)
        assert snapshot() == before, payload
        assert counts() == before_counts

    assert_error(send(admin, "patch", "/api/v1/users/999999", {"display_name": "x"}), 404, "not_found")


def test_malformed_json_body_is_400(admin):
    before = counts()
    for body in ("{not json", '{"username": "carl"', b"\xff\xfe"):
        refused(admin, "post", "/api/v1/users", body, 400, "malformed_request")
    assert counts() == before


def test_unknown_path_is_404_json(admin):
    for path in ("/api/v1/nothing-here", "/api/v1/users/abc/extra"):
        assert_error(admin.get(path), 404, "not_found")


def test_wrong_method_is_405_json(admin, user):
    alice = user("alice")
    before = counts()
    for method, path in (
        ("put", f"/api/v1/users/{alice['id']}"),
        ("delete", "/api/v1/users"),
        ("post", f"/api/v1/roles/{alice['id']}"),
        ("patch", "/api/v1/departments"),
    ):
        response = send(admin, method, path, {"username": "x"})
        assert_error(response, 405, "method_not_allowed")
        assert response["Allow"], (method, path)
    assert counts() == before
    response = send(admin, "put", f"/api/v1/users/{alice['id']}", {})
    assert sorted(response["Allow"].split(", ")) == ["DELETE", "GET", "PATCH"]


def test_non_integer_path_id_is_422(admin):
    error = assert_error(admin.get("/api/v1/users/not-a-number"), 422, "validation_failed")
    assert [p["loc"] for p in error["details"]] == [["path", "user_id"]]


def test_directory_needs_authentication(client_for):
    client = client_for("it")
    for path in ("/api/v1/users", "/api/v1/departments", "/api/v1/roles"):
        assert_error(client.get(path), 401, "not_authenticated")


def test_plain_users_read_but_do_not_write(login):
    client = login("it", "plain")
    assert client.get("/api/v1/users").status_code == 200
    assert client.get("/api/v1/departments").status_code == 200
    before = counts()
    for path, payload in (
        ("/api/v1/users", {"username": "x"}),
        ("/api/v1/departments", {"code": "x", "name": "X"}),
        ("/api/v1/roles", {"code": "x", "name": "X"}),
    ):
        refused(client, "post", path, payload, 403, "permission_denied")
    assert counts() == before
