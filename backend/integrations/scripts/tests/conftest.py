"""Fixtures of the scripts tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django_tenants.utils import schema_context


@pytest.fixture
def world(make_user: Any, login: Any) -> Iterator[Any]:
    make_user("it", "alice")
    make_user("it", "lead")
    admin = login("it", "root", admin=True)
    with schema_context("it"):
        yield admin
