"""Fixtures shared by the workflow tests (plain builders are in factories.py)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def admin(login: Any) -> Any:
    """A client signed in as `boss`, a tenant admin of `it`."""
    return login("it", "boss", admin=True)
