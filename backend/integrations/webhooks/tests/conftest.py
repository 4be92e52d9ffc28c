"""Fixtures of the webhooks tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django_tenants.utils import schema_context

from conftest import allow_private
from core.directory.schemas import DirectorySyncIn
from core.directory.sync import directory_sync
from integrations.webhooks.tests.factories import DIRECTORY, LOOPBACK


@pytest.fixture
def world(db: None) -> Iterator[None]:
    with schema_context("it"):
        directory_sync(payload=DirectorySyncIn.model_validate(DIRECTORY), actor="test")
        allow_private("it", LOOPBACK)
        yield
