"""Fixtures of the directory tests: a tenant admin's client, and builders that create departments,
roles and users through the API as that admin (each returns the created row's JSON)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from core.directory.tests.factories import directory, sync
from core.tests.factories import send


@pytest.fixture
def admin(login: Callable[..., Any]) -> Any:
    return login("it", "boss", admin=True)


def _create(admin: Any, path: str, body: dict[str, Any]) -> dict[str, Any]:
    response = send(admin, "post", path, body)
    assert response.status_code == 201, response.content
    return response.json()


def _coded(admin: Any, path: str) -> Callable[..., dict[str, Any]]:
    """A builder of rows with a code and a name (the name defaults to the code)."""

    def make(code: str, name: str | None = None, **fields: Any) -> dict[str, Any]:
        return _create(admin, path, {"code": code, "name": name or code, **fields})

    return make


@pytest.fixture
def dept(admin: Any) -> Callable[..., dict[str, Any]]:
    return _coded(admin, "/api/v1/departments")


@pytest.fixture
def role(admin: Any) -> Callable[..., dict[str, Any]]:
    return _coded(admin, "/api/v1/roles")


@pytest.fixture
def user(admin: Any) -> Callable[..., dict[str, Any]]:
    def make(username: str, **fields: Any) -> dict[str, Any]:
        return _create(admin, "/api/v1/users", {"username": username, **fields})

    return make


@pytest.fixture
def with_extras(admin, make_user):
    """A second tenant admin, and the directory synced with one more role, department and person
    (legacy, old, ghost) than `directory()` lists; returns that payload."""
    make_user("it", "second-admin", admin=True)
    payload = directory()
    payload["roles"].append({"code": "legacy", "name": "Legacy"})
    payload["departments"].append({"code": "old", "name": "Old", "parent": "corp"})
    payload["users"].append({"username": "ghost", "departments": ["old"], "roles": ["legacy"]})
    assert sync(admin, payload).status_code == 200
    return payload


@pytest.fixture
def people(admin, dept, role, user):
    """Four people in ops and dev, two of them approvers; dave is deactivated. Returns the ids of
    ops, dev and the approver role."""
    ops, dev = dept("ops"), dept("dev")
    approver = role("approver")
    user("alice", display_name="Alice Wang", department_ids=[ops["id"]], role_ids=[approver["id"]])
    user("bob", display_name="Bob Li", email="bob@corp.example", department_ids=[ops["id"], dev["id"]])
    user("carol", display_name="Carol Zhang", department_ids=[dev["id"]], role_ids=[approver["id"]])
    dave = user("dave", department_ids=[dev["id"]])
    admin.delete(f"/api/v1/users/{dave['id']}")
    return {"ops": ops["id"], "dev": dev["id"], "approver": approver["id"]}
