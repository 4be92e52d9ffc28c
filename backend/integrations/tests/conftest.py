"""Fixtures of the timers and outbox tests."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from django_tenants.utils import schema_context

from core.directory.schemas import DirectorySyncIn
from core.directory.sync import directory_sync
from engine.calendars.services import calendar_save
from engine.tickets.runtime import effects
from integrations.tests.factories import FRIDAY_AFTERNOON, OFFICE
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


@pytest.fixture
def friday(world: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Berlin office calendar (`OFFICE`); tickets enter their states on Friday 2025-03-07 at 15:00."""
    calendar_save(time_zone="Europe/Berlin", week=OFFICE)
    monkeypatch.setattr(effects, "timezone", SimpleNamespace(now=lambda: FRIDAY_AFTERNOON))


@pytest.fixture
def hr(world: None) -> None:
    """Tenant `it` as `world` leaves it, and `hr` with the same people."""
    with schema_context("hr"):
        directory_sync(payload=DirectorySyncIn.model_validate(DIRECTORY), actor="test")
