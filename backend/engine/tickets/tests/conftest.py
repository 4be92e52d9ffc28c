"""Fixtures shared by the engine tests (a module's own `world` takes precedence)."""

from __future__ import annotations

import pytest
from django_tenants.utils import schema_context

from conftest import PASSWORD
from core.access.models import User
from engine.workflows.tests.factories import seed_samples


@pytest.fixture
def world(client_for):
    """The samples seeded in `it`, every synced person with conftest.PASSWORD."""
    with schema_context("it"):
        workflows = seed_samples()
        for user in User.objects.all():
            user.set_password(PASSWORD)
            user.save()
    return workflows
