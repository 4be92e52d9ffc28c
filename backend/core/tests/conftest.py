"""Fixtures shared by the core tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django_tenants.utils import schema_context

from conftest import PASSWORD
from core.access.models import User
from engine.workflows.tests.factories import seed_samples


@pytest.fixture
def world(client_for: Callable[..., Client]) -> dict[str, Any]:
    """The `it` tenant with the samples seeded, and a client signed in as alice, its admin."""
    with schema_context("it"):
        workflows = seed_samples()
        admin = User.objects.get(username="alice")
        admin.is_tenant_admin = True
        admin.set_password(PASSWORD)
        admin.save()
    client = client_for("it")
    response = client.post(
        "/api/v1/auth/login", {"username": "alice", "password": PASSWORD}, content_type="application/json"
    )
    assert response.status_code == 200
    return {"client": client, "workflows": workflows}


@pytest.fixture
def app_client(client_for, make_app):
    _, token = make_app("it", scopes=["admin"])
    return token, client_for("it", HTTP_AUTHORIZATION=f"Bearer {token}")


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path
