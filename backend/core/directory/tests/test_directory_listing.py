"""Listing directory users: the user quota, cursor paging, filters, and query counts that do not
grow with the directory."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context

from core.directory.tests.factories import cursor_of, refused
from core.tests.factories import assert_error, send

# ---- quota ----------------------------------------------------------------------------------------


def test_user_quota_is_enforced(admin, tenant_it, user):
    # `boss` is the one active user so far.
    tenant_it.max_users = 3
    tenant_it.save()
    user("u1")
    user("u2")
    error = refused(admin, "post", "/api/v1/users", {"username": "u3"}, 429, "quota_exceeded")
    assert error["details"] == {"quota": "max_users", "limit": 3, "current": 3}

    # Inactive users do not count; re-activating one that would exceed the quota is refused.
    inactive = user("sleeper", is_active=False)
    response = send(admin, "patch", f"/api/v1/users/{inactive['id']}", {"is_active": True})
    assert_error(response, 429, "quota_exceeded")
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
    assert_error(admin.get(f"/api/v1/users?cursor={cursor}"), 400, "invalid_cursor")


@pytest.mark.parametrize("limit", ["0", "-1", "201", "500"])
def test_out_of_range_limit_is_422(admin, limit):
    # The bounds are in the OpenAPI schema (1-200), so an out-of-range limit is a validation error.
    assert_error(admin.get(f"/api/v1/users?limit={limit}"), 422, "validation_failed")


def test_non_numeric_limit_is_422(admin):
    assert_error(admin.get("/api/v1/users?limit=lots"), 422, "validation_failed")


def names(admin: Any, query: str) -> list[str]:
    response = admin.get(f"/api/v1/users?{query}")
    assert response.status_code == 200, response.content
    return [u["username"] for u in response.json()["items"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=wang", ["alice"]),
        ("q=CORP.example", ["bob"]),
        ("q=zhang", ["carol"]),
        ("q=a", ["alice", "bob", "carol", "dave"]),  # bob by his email
        ("department_id={ops}", ["alice", "bob"]),
        ("department_id={dev}", ["bob", "carol", "dave"]),
        ("role_id={approver}", ["alice", "carol"]),
        ("department_id={dev}&role_id={approver}", ["carol"]),
        ("is_active=false", ["dave"]),
        ("is_active=true", ["alice", "bob", "boss", "carol"]),
        ("department_id={dev}&is_active=true", ["bob", "carol"]),
        ("department_id=999999", []),
    ],
)
def test_user_filters(admin, people, query, expected):
    assert names(admin, query.format(**people)) == expected


def test_filters_page_like_everything_else(admin, people):
    first = admin.get(f"/api/v1/users?department_id={people['dev']}&limit=2").json()
    assert [u["username"] for u in first["items"]] == ["bob", "carol"]
    rest = admin.get(f"/api/v1/users?department_id={people['dev']}&limit=2&cursor={first['next_cursor']}")
    assert [u["username"] for u in rest.json()["items"]] == ["dave"]
    assert rest.json()["next_cursor"] is None


def test_a_bad_filter_is_422(admin, people):
    assert_error(admin.get("/api/v1/users?is_active=sometimes"), 422, "validation_failed")


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
