"""Fixtures shared by the workflow tests (plain builders are in factories.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from unittest import mock

import pytest

from engine.workflows.definitions import transfer
from engine.workflows.tests.factories import LOADERS


@pytest.fixture
def admin(login: Any) -> Any:
    """A client signed in as `boss`, a tenant admin of `it`."""
    return login("it", "boss", admin=True)


@pytest.fixture(params=LOADERS)
def yaml_loader(request: pytest.FixtureRequest) -> Iterator[type]:
    """Run a test with each YAML loader available (libyaml events and pure Python)."""
    with mock.patch.object(transfer, "YAML_LOADERS", (request.param,)):
        yield request.param
