"""An app without scopes is only registered (or left) on purpose: `confirm_no_scopes`."""

from __future__ import annotations

from django_tenants.utils import schema_context

from core.access.models import App
from core.access.tests.factories import post_json
from core.tests.factories import assert_error


def test_create_without_scopes_needs_the_confirmation(login):
    admin = login("it", "boss", admin=True)
    response = post_json(admin, "/api/v1/apps", {"name": "bare"})
    assert_error(response, 422, "validation_failed")
    assert response.json()["error"]["details"][0]["field"] == "scopes"
    with schema_context("it"):
        assert not App.objects.filter(name="bare").exists()
    response = post_json(admin, "/api/v1/apps", {"name": "bare", "scopes": [], "confirm_no_scopes": True})
    assert response.status_code == 201, response.content
    assert response.json()["scopes"] == []


def test_removing_every_scope_needs_the_confirmation(login):
    admin = login("it", "boss", admin=True)
    app_id = post_json(admin, "/api/v1/apps", {"name": "scoped", "scopes": ["workflows"]}).json()["id"]
    patch = admin.patch(f"/api/v1/apps/{app_id}", {"scopes": []}, content_type="application/json")
    assert_error(patch, 422, "validation_failed")
    with schema_context("it"):
        assert App.objects.get(pk=app_id).scopes == ["workflows"]
    patch = admin.patch(
        f"/api/v1/apps/{app_id}", {"scopes": [], "confirm_no_scopes": True}, content_type="application/json"
    )
    assert patch.status_code == 200, patch.content
    assert patch.json()["scopes"] == []
    # A patch that leaves the scopes alone needs nothing.
    patch = admin.patch(f"/api/v1/apps/{app_id}", {"description": "x"}, content_type="application/json")
    assert patch.status_code == 200, patch.content
