"""Shared fixtures: a real PostgreSQL test database with two tenants (`it`, `hr`), real Redis.

Tenants are created once per test session (cloned from the template schema); each test runs in
a transaction that is rolled back, so anything a test writes, in any schema, disappears after it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django_tenants.utils import schema_context

PASSWORD = "correct-horse-battery"
TENANT_KEYS = ("it", "hr")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: Any) -> None:
    from tenants.models import Tenant
    from tenants.services import tenant_create

    with django_db_blocker.unblock():
        call_command("bootstrap", verbosity=0)
        for key in TENANT_KEYS:
            if not Tenant.objects.filter(schema_name=key).exists():
                tenant_create(key=key, name=f"Tenant {key}")
        connection.set_schema_to_public()


@pytest.fixture(autouse=True)
def _clean_redis() -> Iterator[None]:
    from core.redis import get_redis

    get_redis().flushdb()
    yield
    connection.set_schema_to_public()


@pytest.fixture
def no_tenant_figures(db: None) -> None:
    """No tenant's figures stored yet (`tenants.figures`): the end-to-end tests' real scheduler
    commits rows of its own to the test database."""
    from tenants.models import TenantFigures

    TenantFigures.objects.all().delete()


@pytest.fixture
def tenant_it(db: None) -> Any:
    from tenants.models import Tenant

    return Tenant.objects.get(schema_name="it")


@pytest.fixture
def tenant_hr(db: None) -> Any:
    from tenants.models import Tenant

    return Tenant.objects.get(schema_name="hr")


def free_port() -> int:
    """A loopback port nothing listens on now (for servers a test starts)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_database_url() -> str:
    """DATABASE_URL pointing at the test database the suite created (for processes a test starts)."""
    from urllib.parse import urlsplit, urlunsplit

    from django.conf import settings

    parts = urlsplit(settings.DATABASE_URL)
    return urlunsplit(parts._replace(path="/" + connection.settings_dict["NAME"]))


test_database_url.__test__ = False  # type: ignore[attr-defined]  # not a test, despite its name


def host_of(key: str) -> str:
    return "localhost" if key == "public" else f"{key}.localhost"


@pytest.fixture
def client_for(db: None) -> Callable[..., Client]:
    """A test client bound to a tenant's host: `client_for("it")`."""

    def make(key: str, *, csrf: bool = False, **headers: str) -> Client:
        return Client(enforce_csrf_checks=csrf, HTTP_HOST=host_of(key), **headers)

    return make


@pytest.fixture
def make_user(db: None) -> Callable[..., Any]:
    """Create a user in a tenant schema: `make_user("it", "alice", admin=True)`."""
    from core.directory.services import user_create

    def make(key: str, username: str, *, admin: bool = False, **fields: Any) -> Any:
        with schema_context(key):
            return user_create(username=username, password=PASSWORD, is_tenant_admin=admin, **fields)

    return make


@pytest.fixture
def login(client_for: Callable[..., Client], make_user: Callable[..., Any]) -> Callable[..., Client]:
    """A client logged in as a fresh user of a tenant: `login("it", "alice", admin=True)`."""

    def make(key: str, username: str, *, admin: bool = False, **fields: Any) -> Client:
        make_user(key, username, admin=admin, **fields)
        client = client_for(key)
        response = client.post(
            "/api/v1/auth/login",
            {"username": username, "password": PASSWORD},
            content_type="application/json",
        )
        assert response.status_code == 200, response.content
        return client

    return make


@pytest.fixture
def make_app(db: None) -> Callable[..., tuple[Any, str]]:
    """Create an app with a token in a tenant: returns (app, plaintext token)."""
    from core.access.services import app_create, app_token_issue

    def make(
        key: str, name: str = "hr-system", *, scopes: list[str] | None = None, **fields: Any
    ) -> tuple[Any, str]:
        with schema_context(key):
            app = app_create(name=name, scopes=scopes if scopes is not None else ["admin"], **fields)
            _, issued = app_token_issue(app=app)
            return app, issued.plaintext

    return make


def error_of(response: Any) -> dict[str, Any]:
    """The `error` object of a JSON error body, asserting the shape."""
    body = response.json()
    assert set(body) == {"error"}, body
    assert set(body["error"]) == {"code", "message", "details"}, body
    return body["error"]


def allow_private(key: str, ranges: list[str]) -> None:
    """What the platform admin does for tenant `key`: let its outbound calls reach private `ranges`
    (the tests' receivers live on loopback). A tenant admin's allow-list cannot do this."""
    from tenants.models import Tenant

    Tenant.objects.filter(schema_name=key).update(outbound_private_ranges=list(ranges))


@pytest.fixture
def console_build(tmp_path: Any) -> Iterator[Any]:
    """A built console (index.html, manifest, first views' data) served from a temporary directory."""
    from django.test import override_settings

    from core.tests.factories import write_console_build

    write_console_build(tmp_path)
    with override_settings(SPA_DIST=tmp_path, WHITENOISE_ROOT=tmp_path):
        yield tmp_path
