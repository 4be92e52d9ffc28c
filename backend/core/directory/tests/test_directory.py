"""Directory CRUD (users, departments, roles) as a tenant admin: answers, errors, paging, quotas."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context

from conftest import error_of


def send(client: Any, method: str, path: str, data: Any = None) -> Any:
    body = data if isinstance(data, str | bytes) else json.dumps(data)
    return getattr(client, method)(path, body, content_type="application/json")


def counts() -> dict[str, int]:
    from core.access.models import User
    from core.directory.models import Department, DepartmentMembership, Role, RoleMembership

    with schema_context("it"):
        return {
            "users": User.objects.count(),
            "active_users": User.objects.filter(is_active=True).count(),
            "departments": Department.objects.count(),
            "roles": Role.objects.count(),
            "department_memberships": DepartmentMembership.objects.count(),
            "role_memberships": RoleMembership.objects.count(),
        }


def cursor_of(values: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


@pytest.fixture
def admin(login: Callable[..., Any]) -> Any:
    return login("it", "boss", admin=True)


@pytest.fixture
def dept(admin: Any) -> Callable[..., dict[str, Any]]:
    def make(code: str, name: str | None = None, **fields: Any) -> dict[str, Any]:
        response = send(admin, "post", "/api/v1/departments", {"code": code, "name": name or code, **fields})
        assert response.status_code == 201, response.content
        return response.json()

    return make


@pytest.fixture
def role(admin: Any) -> Callable[..., dict[str, Any]]:
    def make(code: str, name: str | None = None, **fields: Any) -> dict[str, Any]:
        response = send(admin, "post", "/api/v1/roles", {"code": code, "name": name or code, **fields})
        assert response.status_code == 201, response.content
        return response.json()

    return make


@pytest.fixture
def user(admin: Any) -> Callable[..., dict[str, Any]]:
    def make(username: str, **fields: Any) -> dict[str, Any]:
        response = send(admin, "post", "/api/v1/users", {"username": username, **fields})
        assert response.status_code == 201, response.content
        return response.json()

    return make


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
    assert body["username"] == "alice"
    assert body["display_name"] == "Alice Wang"
    assert body["email"] == "alice@example.com"
    assert body["phone"] == "+86 (10) 1234-5678"
    assert body["is_active"] is True
    assert body["is_tenant_admin"] is False
    assert body["department_ids"] == sorted([ops["id"], dev["id"]])
    assert body["role_ids"] == [approver["id"]]
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
    assert response.status_code == 401
    assert error_of(response)["code"] == "invalid_credentials"


def test_get_unknown_user_is_404(admin):
    response = admin.get("/api/v1/users/999999")
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


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
    body = response.json()
    assert body["display_name"] == "Alice W."
    assert body["phone"] == "123"
    assert body["email"] == ""
    assert body["department_ids"] == [dev["id"]]
    assert body["role_ids"] == sorted([approver["id"], reviewer["id"]])

    login = send(
        client_for("it"), "post", "/api/v1/auth/login", {"username": "alice", "password": "a-new-password"}
    )
    assert login.status_code == 200, login.content

    # Fields left out stay as they are; memberships are only touched when given.
    response = send(admin, "patch", f"/api/v1/users/{alice['id']}", {"email": "a@example.com"})
    assert response.status_code == 200
    body = response.json()
    assert body["email"] == "a@example.com"
    assert body["display_name"] == "Alice W."
    assert body["department_ids"] == [dev["id"]]
    assert body["role_ids"] == sorted([approver["id"], reviewer["id"]])

    # An empty list clears memberships; email null clears the email.
    response = send(
        admin, "patch", f"/api/v1/users/{alice['id']}", {"department_ids": [], "role_ids": [], "email": None}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["department_ids"] == []
    assert body["role_ids"] == []
    assert body["email"] == ""


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
    assert login.status_code == 401
    assert error_of(login)["code"] == "invalid_credentials"


def test_duplicate_username_is_409_and_changes_nothing(admin, user):
    user("alice")
    before = counts()
    response = send(admin, "post", "/api/v1/users", {"username": "alice", "display_name": "Other"})
    assert response.status_code == 409
    assert error_of(response)["code"] == "username_taken"
    assert counts() == before


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
    before = counts()
    response = send(admin, "post", "/api/v1/users", payload)
    assert response.status_code == 422, response.content
    error = error_of(response)
    assert error["code"] == "validation_failed"
    assert field in [problem["field"] for problem in error["details"]]
    assert counts() == before


def test_create_user_with_unknown_department_or_role_is_422_and_changes_nothing(admin, dept, role):
    ops = dept("ops")
    approver = role("approver")
    before = counts()

    response = send(
        admin, "post", "/api/v1/users", {"username": "carl", "department_ids": [ops["id"], 999999]}
    )
    assert response.status_code == 422
    error = error_of(response)
    assert error["code"] == "validation_failed"
    assert [p["field"] for p in error["details"]] == ["department_ids"]
    assert counts() == before

    response = send(
        admin, "post", "/api/v1/users", {"username": "carl", "role_ids": [approver["id"], 888888]}
    )
    assert response.status_code == 422
    assert [p["field"] for p in error_of(response)["details"]] == ["role_ids"]
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
        response = send(admin, "patch", path, payload)
        assert response.status_code == status, (payload, response.content)
        assert error_of(response)["code"] == code
        assert snapshot() == before, payload
        assert counts() == before_counts

    response = send(admin, "patch", "/api/v1/users/999999", {"display_name": "x"})
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_malformed_json_body_is_400(admin):
    before = counts()
    for body in ("{not json", '{"username": "carl"', b"\xff\xfe"):
        response = send(admin, "post", "/api/v1/users", body)
        assert response.status_code == 400, body
        assert error_of(response)["code"] == "malformed_request"
    assert counts() == before


def test_unknown_path_is_404_json(admin):
    for path in ("/api/v1/nothing-here", "/api/v1/users/abc/extra"):
        response = admin.get(path)
        assert response.status_code == 404, path
        assert error_of(response)["code"] == "not_found"


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
        assert response.status_code == 405, (method, path)
        assert error_of(response)["code"] == "method_not_allowed"
        assert response["Allow"]
    assert counts() == before
    response = send(admin, "put", f"/api/v1/users/{alice['id']}", {})
    assert sorted(response["Allow"].split(", ")) == ["DELETE", "GET", "PATCH"]


def test_non_integer_path_id_is_422(admin):
    response = admin.get("/api/v1/users/not-a-number")
    assert response.status_code == 422
    error = error_of(response)
    assert error["code"] == "validation_failed"
    assert [p["loc"] for p in error["details"]] == [["path", "user_id"]]


def test_directory_needs_authentication(client_for):
    client = client_for("it")
    for path in ("/api/v1/users", "/api/v1/departments", "/api/v1/roles"):
        response = client.get(path)
        assert response.status_code == 401, path
        assert error_of(response)["code"] == "not_authenticated"


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
        response = send(client, "post", path, payload)
        assert response.status_code == 403, path
        assert error_of(response)["code"] == "permission_denied"
    assert counts() == before


# ---- quota ----------------------------------------------------------------------------------------


def test_user_quota_is_enforced(admin, tenant_it, user):
    # `boss` is the one active user so far.
    tenant_it.max_users = 3
    tenant_it.save()
    user("u1")
    user("u2")
    before = counts()
    response = send(admin, "post", "/api/v1/users", {"username": "u3"})
    assert response.status_code == 429
    error = error_of(response)
    assert error["code"] == "quota_exceeded"
    assert error["details"] == {"quota": "max_users", "limit": 3, "current": 3}
    assert counts() == before

    # Inactive users do not count; re-activating one that would exceed the quota is refused.
    inactive = user("sleeper", is_active=False)
    response = send(admin, "patch", f"/api/v1/users/{inactive['id']}", {"is_active": True})
    assert response.status_code == 429
    assert error_of(response)["code"] == "quota_exceeded"
    assert admin.get(f"/api/v1/users/{inactive['id']}").json()["is_active"] is False

    # Freeing a seat makes room again.
    u1 = next(u for u in admin.get("/api/v1/users").json()["items"] if u["username"] == "u1")
    assert admin.delete(f"/api/v1/users/{u1['id']}").status_code == 200
    assert send(admin, "post", "/api/v1/users", {"username": "u3"}).status_code == 201


# ---- listing, paging, filters ---------------------------------------------------------------------


def test_users_are_paged_with_cursors(admin, user):
    names = ["grace", "alice", "frank", "carol", "eve", "bob", "dave"]
    for name in names:
        user(name)
    expected = sorted([*names, "boss"])

    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        path = "/api/v1/users?limit=3" + (f"&cursor={cursor}" if cursor else "")
        response = admin.get(path)
        assert response.status_code == 200, response.content
        body = response.json()
        assert len(body["items"]) <= 3
        seen += [u["username"] for u in body["items"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break
        assert len(body["items"]) == 3
    assert pages == 3
    assert seen == expected
    assert len(set(seen)) == len(seen)


def test_page_boundaries_are_exact(admin, user):
    for name in ("a1", "a2", "a3", "a4", "a5"):
        user(name)
    # boss + 5 = 6 users: two full pages of 3, and the second says there is no more.
    first = admin.get("/api/v1/users?limit=3").json()
    second = admin.get(f"/api/v1/users?limit=3&cursor={first['next_cursor']}").json()
    assert [u["username"] for u in first["items"]] == ["a1", "a2", "a3"]
    assert [u["username"] for u in second["items"]] == ["a4", "a5", "boss"]
    assert second["next_cursor"] is None


@pytest.mark.parametrize(
    "cursor",
    [
        "garbage!!",
        "bm90IGpzb24",  # "not json"
        cursor_of({"a": 1}),
        cursor_of(["only-one"]),
        cursor_of(["a", "b", "c"]),
        cursor_of(["alice", "not-a-number"]),
        cursor_of([None, None]),
        cursor_of(["alice", None]),
        cursor_of([{"x": 1}, 1]),
        cursor_of([["x"], 1]),
    ],
)
def test_bad_cursor_is_400(admin, cursor):
    response = admin.get(f"/api/v1/users?cursor={cursor}")
    assert response.status_code == 400, response.content
    assert error_of(response)["code"] == "invalid_cursor"


@pytest.mark.parametrize("limit", ["0", "-1", "201", "500"])
def test_out_of_range_limit_is_422(admin, limit):
    # The bounds are in the OpenAPI schema (1-200), so an out-of-range limit is a validation error.
    response = admin.get(f"/api/v1/users?limit={limit}")
    assert response.status_code == 422
    assert error_of(response)["code"] == "validation_failed"


def test_non_numeric_limit_is_422(admin):
    response = admin.get("/api/v1/users?limit=lots")
    assert response.status_code == 422
    assert error_of(response)["code"] == "validation_failed"


def test_user_filters(admin, dept, role, user):
    ops, dev = dept("ops"), dept("dev")
    approver = role("approver")
    user("alice", display_name="Alice Wang", department_ids=[ops["id"]], role_ids=[approver["id"]])
    user("bob", display_name="Bob Li", email="bob@corp.example", department_ids=[ops["id"], dev["id"]])
    user("carol", display_name="Carol Zhang", department_ids=[dev["id"]], role_ids=[approver["id"]])
    dave = user("dave", department_ids=[dev["id"]])
    admin.delete(f"/api/v1/users/{dave['id']}")

    def names(query: str) -> list[str]:
        response = admin.get(f"/api/v1/users?{query}")
        assert response.status_code == 200, response.content
        return [u["username"] for u in response.json()["items"]]

    assert names("q=wang") == ["alice"]
    assert names("q=CORP.example") == ["bob"]
    assert names("q=zhang") == ["carol"]
    assert names("q=a") == ["alice", "bob", "carol", "dave"]  # bob by his email
    assert names(f"department_id={ops['id']}") == ["alice", "bob"]
    assert names(f"department_id={dev['id']}") == ["bob", "carol", "dave"]
    assert names(f"role_id={approver['id']}") == ["alice", "carol"]
    assert names(f"department_id={dev['id']}&role_id={approver['id']}") == ["carol"]
    assert names("is_active=false") == ["dave"]
    assert names("is_active=true") == ["alice", "bob", "boss", "carol"]
    assert names(f"department_id={dev['id']}&is_active=true") == ["bob", "carol"]
    assert names("department_id=999999") == []

    # Filters page like everything else.
    first = admin.get(f"/api/v1/users?department_id={dev['id']}&limit=2").json()
    assert [u["username"] for u in first["items"]] == ["bob", "carol"]
    rest = admin.get(f"/api/v1/users?department_id={dev['id']}&limit=2&cursor={first['next_cursor']}")
    assert [u["username"] for u in rest.json()["items"]] == ["dave"]
    assert rest.json()["next_cursor"] is None

    response = admin.get("/api/v1/users?is_active=sometimes")
    assert response.status_code == 422
    assert error_of(response)["code"] == "validation_failed"


def _populate(count: int) -> None:
    from core.access.models import User
    from core.directory.models import Department, DepartmentMembership, Role, RoleMembership

    with schema_context("it"):
        depts = [Department.objects.get_or_create(code=f"d{i}", name=f"D{i}")[0] for i in range(4)]
        roles = [Role.objects.get_or_create(code=f"r{i}", name=f"R{i}")[0] for i in range(3)]
        for i in range(count):
            person = User.objects.create(username=f"user{i:02d}")
            DepartmentMembership.objects.bulk_create(
                [DepartmentMembership(user=person, department=d) for d in depts[: 1 + i % 4]]
            )
            RoleMembership.objects.bulk_create(
                [RoleMembership(user=person, role=r) for r in roles[: 1 + i % 3]]
            )
        for i, d in enumerate(depts[1:], start=1):
            d.parent = depts[i - 1]
            d.leader = User.objects.get(username="user00")
            d.save()


def _queries_for(client: Any, path: str) -> tuple[int, Any]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, response.content
    return len(captured), response.json()


def test_user_list_query_count_is_constant(admin, django_assert_max_num_queries):
    _populate(5)
    small, body = _queries_for(admin, "/api/v1/users?limit=100")
    assert len(body["items"]) == 6
    assert all(u["department_ids"] and u["role_ids"] for u in body["items"] if u["username"] != "boss")

    with schema_context("it"):
        from core.access.models import User

        User.objects.filter(username__startswith="user").delete()
    _populate(20)
    large, body = _queries_for(admin, "/api/v1/users?limit=100")
    assert len(body["items"]) == 21
    assert large == small

    with django_assert_max_num_queries(small):
        admin.get("/api/v1/users?limit=100")
    with django_assert_max_num_queries(small):
        admin.get("/api/v1/users?limit=5")


def test_department_and_role_list_query_count_is_constant(admin, django_assert_max_num_queries):
    from core.access.models import User
    from core.directory.models import Department, Role

    _populate(5)
    small_depts, _ = _queries_for(admin, "/api/v1/departments")
    small_roles, _ = _queries_for(admin, "/api/v1/roles")
    with schema_context("it"):
        User.objects.filter(username__startswith="user").delete()
        Department.objects.update(parent=None)
        Department.objects.all().delete()
        Role.objects.all().delete()
        for i in range(4, 30):
            Department.objects.create(code=f"x{i}", name=f"X{i}")
    _populate(20)
    large_depts, depts = _queries_for(admin, "/api/v1/departments")
    large_roles, _ = _queries_for(admin, "/api/v1/roles")
    assert len(depts) == 30
    assert large_depts == small_depts
    assert large_roles == small_roles
    with django_assert_max_num_queries(small_depts):
        admin.get("/api/v1/departments")


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
    assert response.status_code == 422
    error = error_of(response)
    assert error["code"] == "validation_failed"
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

    response = admin.delete(f"/api/v1/departments/{root['id']}")
    assert response.status_code == 409
    assert error_of(response)["code"] == "department_has_children"
    assert counts() == before

    response = admin.delete(f"/api/v1/departments/{child['id']}")
    assert response.status_code == 204
    assert response.content == b""
    assert admin.get(f"/api/v1/departments/{child['id']}").status_code == 404
    # Members are not deleted with the department; only their membership goes.
    assert admin.get(f"/api/v1/users/{alice['id']}").json()["department_ids"] == [root["id"]]

    assert admin.delete(f"/api/v1/departments/{root['id']}").status_code == 204
    response = admin.delete(f"/api/v1/departments/{root['id']}")
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


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
    before = counts()
    response = send(admin, "post", "/api/v1/departments", payload)
    assert response.status_code == 422
    error = error_of(response)
    assert error["code"] == "validation_failed"
    assert [p["field"] for p in error["details"]] == [field]
    assert error["details"][0]["loc"] == ["body", field]
    assert counts() == before


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
    before = counts()
    response = send(admin, "post", "/api/v1/departments", payload)
    assert response.status_code == 422, response.content
    error = error_of(response)
    assert error["code"] == "validation_failed"
    assert field in [p["field"] for p in error["details"]]
    assert counts() == before


def test_patch_department_with_unknown_reference_changes_nothing(admin, dept):
    ops = dept("ops", "Ops")
    for payload, field in (
        ({"name": "New", "parent_id": 999999}, "parent_id"),
        ({"name": "New", "leader_id": 999999}, "leader_id"),
        ({"name": "New", "approver_id": 999999}, "approver_id"),
    ):
        response = send(admin, "patch", f"/api/v1/departments/{ops['id']}", payload)
        assert response.status_code == 422
        assert [p["field"] for p in error_of(response)["details"]] == [field]
    assert admin.get(f"/api/v1/departments/{ops['id']}").json() == ops


def test_duplicate_department_code_is_409(admin, dept):
    dept("ops")
    before = counts()
    response = send(admin, "post", "/api/v1/departments", {"code": "ops", "name": "Again"})
    assert response.status_code == 409
    assert error_of(response)["code"] == "code_taken"
    assert counts() == before


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
    assert response.status_code == 422
    assert error_of(response)["code"] == "validation_failed"

    response = admin.delete(f"/api/v1/roles/{approver['id']}")
    assert response.status_code == 204
    assert admin.get(f"/api/v1/roles/{approver['id']}").status_code == 404
    assert admin.get(f"/api/v1/users/{alice['id']}").json()["role_ids"] == [dev["id"]]

    response = admin.delete(f"/api/v1/roles/{approver['id']}")
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_duplicate_role_code_is_409(admin, role):
    role("approver")
    before = counts()
    response = send(admin, "post", "/api/v1/roles", {"code": "approver", "name": "Again"})
    assert response.status_code == 409
    assert error_of(response)["code"] == "code_taken"
    assert counts() == before


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
    before = counts()
    response = send(admin, "post", "/api/v1/roles", payload)
    assert response.status_code == 422
    assert error_of(response)["code"] == "validation_failed"
    assert counts() == before


def test_directory_is_per_tenant(admin, login, user):
    user("alice")
    hr = login("hr", "hr-admin", admin=True)
    assert [u["username"] for u in hr.get("/api/v1/users").json()["items"]] == ["hr-admin"]
    with schema_context("hr"):
        from core.access.models import User

        assert User.objects.filter(username="alice").count() == 0
