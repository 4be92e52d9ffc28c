"""Fixtures of the scripts tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django_tenants.utils import schema_context

from integrations.scripts.sandbox import isolation_problem


@pytest.fixture
def world(make_user: Any, login: Any) -> Iterator[Any]:
    make_user("it", "alice")
    make_user("it", "lead")
    admin = login("it", "root", admin=True)
    with schema_context("it"):
        yield admin


@pytest.fixture(scope="module")
def isolation_works() -> None:
    """Bubblewrap must work where the isolation tests run (they say so rather than skip)."""
    problem = isolation_problem()
    assert problem is None, f"bubblewrap must work here (tools/ensure_sandbox.sh): {problem}"
