"""Fixtures of the audit tests: a tenant admin's client on `it`, the platform admin's on the public
host, and `records(key)`: the audit rows of a schema, oldest first."""

from __future__ import annotations

from collections.abc import Callable
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client
from django_tenants.utils import schema_context

PLATFORM_PASSWORD = "platform-audit-pass"


@pytest.fixture
def admin(login: Callable[..., Client]) -> Client:
    return login("it", "boss", admin=True)


@pytest.fixture
def platform(db: None, client_for: Callable[..., Client]) -> Client:
    call_command("create_platform_admin", "root", password=PLATFORM_PASSWORD, stdout=StringIO())
    client = client_for("public")
    response = client.post(
        "/api/v1/platform/auth/login",
        {"username": "root", "password": PLATFORM_PASSWORD},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    return client


@pytest.fixture
def records() -> Callable[[str], list[Any]]:
    from core.audit.models import AuditRecord

    def read(key: str) -> list[Any]:
        with schema_context(key):
            return list(AuditRecord.objects.order_by("id"))

    return read


@pytest.fixture
def started(db: None) -> str:
    """When the test began: tests that commit from other threads leave audit rows behind (they can
    never be deleted), so list assertions look only at rows from now on. Request it first."""
    from django.utils import timezone

    return timezone.now().isoformat()
