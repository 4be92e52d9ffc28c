"""Fixtures of the tenants tests: the platform admin `root`, a client signed in as root on the
public host, and a builder of tenants through the platform API."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client

from core.secrets import reset_key_cache
from core.tests.factories import send
from tenants.tests.factories import API, FIN_ADMIN_PASSWORD, ROOT_PASSWORD, platform_log_in


@pytest.fixture
def root(db: None) -> Any:
    out = StringIO()
    call_command("create_platform_admin", "root", password=ROOT_PASSWORD, stdout=out)
    assert "platform admin root created" in out.getvalue()
    from core.access.models import User

    return User.objects.get(username="root")


@pytest.fixture
def platform(root: Any, client_for: Callable[..., Client]) -> Client:
    client = client_for("public")
    response = platform_log_in(client)
    assert response.status_code == 200, response.content
    return client


@pytest.fixture
def create_tenant(platform: Client) -> Callable[..., dict[str, Any]]:
    """Create a tenant with an admin (`admin` / FIN_ADMIN_PASSWORD): returns its JSON."""

    def make(key: str = "fin", name: str = "Finance", **extra: Any) -> dict[str, Any]:
        payload = {
            "key": key,
            "name": name,
            "admin_username": "admin",
            "admin_password": FIN_ADMIN_PASSWORD,
            **extra,
        }
        response = send(platform, "post", f"{API}/tenants", payload)
        assert response.status_code == 201, response.content
        return response.json()

    return make


@pytest.fixture
def keys() -> Iterator[None]:
    reset_key_cache()
    yield
    reset_key_cache()
