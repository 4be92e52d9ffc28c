"""A new tenant's first hour: the checklist starts empty, ticks itself as things get done (through
the API, as an admin would), can be dismissed and restored, and is for tenant admins only."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context

from conftest import PASSWORD
from core.tests.factories import send
from integrations.webhooks.services import webhook_create
from tenants.services import tenant_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def fresh(client_for: Any) -> Any:
    """A brand-new tenant `fresh` with only its admin, and a client signed in as that admin."""
    tenant_create(key="fresh", name="Fresh", admin_username="admin", admin_password=PASSWORD)
    client = client_for("fresh")
    response = send(client, "post", "/api/v1/auth/login", {"username": "admin", "password": PASSWORD})
    assert response.status_code == 200, response.content
    return client


def _done(client: Any) -> dict[str, bool]:
    response = client.get("/api/v1/getting-started")
    assert response.status_code == 200, response.content
    return {item["key"]: item["done"] for item in response.json()["items"]}


def test_an_empty_tenant_starts_with_nothing_done(fresh):
    body = fresh.get("/api/v1/getting-started").json()
    assert body["complete"] is False
    assert body["dismissed"] is False
    assert [(item["key"], item["done"], item["link"]) for item in body["items"]] == [
        ("directory", False, "/directory/users"),
        ("workflow", False, "/workflows/templates"),
        ("app_token", False, "/integrations/apps"),
        ("webhook", False, "/integrations/webhooks"),
    ]


def test_the_items_tick_themselves(fresh):
    assert send(fresh, "post", "/api/v1/workflow-templates/leave/use", {}).status_code == 201
    assert _done(fresh) == {"directory": False, "workflow": True, "app_token": False, "webhook": False}
    app = send(fresh, "post", "/api/v1/apps", {"name": "hr-system", "scopes": ["workflows"]}).json()
    assert _done(fresh)["app_token"] is False  # an app alone is not a token
    assert send(fresh, "post", f"/api/v1/apps/{app['id']}/tokens", {}).status_code == 201
    assert _done(fresh)["app_token"] is True
    created = send(fresh, "post", "/api/v1/users", {"username": "alice", "password": PASSWORD})
    assert created.status_code == 201, created.content
    assert _done(fresh)["directory"] is True
    with schema_context("fresh"):
        webhook_create(name="ci", url="https://example.com/hook", events=["created"])
    body = fresh.get("/api/v1/getting-started").json()
    assert all(item["done"] for item in body["items"])
    assert body["complete"] is True


def test_the_checklist_is_one_query(fresh):
    fresh.get("/api/v1/getting-started")
    with CaptureQueriesContext(connection) as queries:
        assert fresh.get("/api/v1/getting-started").status_code == 200
    assert sum("EXISTS" in query["sql"] for query in queries.captured_queries) == 1


def test_dismiss_and_restore(fresh):
    dismissed = send(fresh, "put", "/api/v1/getting-started", {"dismissed": True})
    assert dismissed.status_code == 200, dismissed.content
    assert dismissed.json()["dismissed"] is True
    assert send(fresh, "put", "/api/v1/getting-started", {"dismissed": True}).json()["dismissed"] is True
    assert fresh.get("/api/v1/getting-started").json()["dismissed"] is True
    assert send(fresh, "put", "/api/v1/getting-started", {"dismissed": False}).json()["dismissed"] is False
    assert send(fresh, "put", "/api/v1/getting-started", {"dismissed": "maybe"}).status_code == 422


def test_only_tenant_admins_see_it(login):
    alice = login("it", "alice9")
    assert alice.get("/api/v1/getting-started").status_code == 403
    assert send(alice, "put", "/api/v1/getting-started", {"dismissed": True}).status_code == 403
