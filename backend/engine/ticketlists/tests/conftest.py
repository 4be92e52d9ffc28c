"""Fixtures of the ticket-list tests: the seeded `world` and signed-in clients (as the ticket tests')."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django_tenants.utils import schema_context

from conftest import PASSWORD
from core.access.models import User
from engine.workflows.models import Workflow
from engine.workflows.tests.factories import login_client, seed_samples


@pytest.fixture
def world(client_for: Any, make_user: Any) -> dict[str, Workflow]:
    """The samples seeded in `it`, every synced person with conftest.PASSWORD, and `root`, a
    tenant admin of `it`."""
    with schema_context("it"):
        workflows = seed_samples()
        for user in User.objects.all():
            user.set_password(PASSWORD)
            user.save()
    make_user("it", "root", admin=True)
    return workflows


@pytest.fixture
def as_user(client_for: Any) -> Callable[..., Any]:
    """`as_user("alice")`: a client signed in as that person of `it`, one per person."""
    clients: dict[str, Any] = {}

    def make(username: str) -> Any:
        if username not in clients:
            clients[username] = login_client(client_for, username)
        return clients[username]

    return make
