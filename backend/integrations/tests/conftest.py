"""Fixtures of the timers and outbox tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django_tenants.utils import schema_context

from core.directory.schemas import DirectorySyncIn
from core.directory.sync import directory_sync
from integrations.webhooks.tests.factories import DIRECTORY


@pytest.fixture
def world(db: None) -> Iterator[None]:
    """Tenant `it` with lead and alice in ops (lead leads it); the test runs in its schema."""
    with schema_context("it"):
        directory_sync(payload=DirectorySyncIn.model_validate(DIRECTORY), actor="test")
        yield


@pytest.fixture
def onboarding_world(world: None, make_user: Any) -> None:
    """`world` and carol, who handles the facilities branch of the onboarding flow."""
    make_user("it", "carol")
