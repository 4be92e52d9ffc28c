"""Fixtures of the working calendar tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client


@pytest.fixture
def admin(login: Callable[..., Client]) -> Client:
    """A tenant admin of `it`, logged in."""
    return login("it", "root", admin=True)


@pytest.fixture
def put_calendar(admin: Client) -> Callable[..., Any]:
    def put(body: dict[str, Any]) -> Any:
        return admin.put("/api/v1/calendar", body, content_type="application/json")

    return put
