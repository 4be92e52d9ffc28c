"""Fixtures of the notifications tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django_tenants.utils import schema_context

from conftest import allow_private
from core.access.models import User
from engine.workflows.models import Workflow
from engine.workflows.samples import SAMPLE_CHANNELS
from engine.workflows.tests.factories import seed_samples
from integrations.notifications.models import NotificationChannel
from integrations.notifications.tests.factories import Silent


@pytest.fixture
def world(db: None) -> Iterator[dict[str, Workflow]]:
    with schema_context("it"):
        workflows = seed_samples()
        # The tests make their own channels (the samples are published: the check is done).
        NotificationChannel.objects.filter(code__in=SAMPLE_CHANNELS).delete()
        for user in User.objects.all():
            user.email = f"{user.username}@example.com"
            user.phone = "13800138000"
            user.save()
        allow_private("it", ["127.0.0.1/32"])
        yield workflows


@pytest.fixture
def silent() -> Iterator[Silent]:
    server = Silent()
    yield server
    server.close()
