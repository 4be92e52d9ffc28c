"""Fixtures of the directory tests: a tenant admin's client, and builders that create departments,
roles and users through the API as that admin (each returns the created row's JSON)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

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
