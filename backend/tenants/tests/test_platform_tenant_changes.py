"""Reading and changing tenants on the platform API: listing, quotas, suspending, the private
ranges a tenant's outbound calls may reach, and its public base URL."""

from __future__ import annotations

from typing import Any

import pytest
from django_tenants.utils import schema_exists

from conftest import error_of
from core.tests.factories import assert_error, send
from tenants.tests.factories import (
    API,
    FIN_ADMIN_PASSWORD,
    log_in,
)

# ---- reading and changing tenants ----------------------------------------------------------------


def test_list_and_get_tenants(platform, create_tenant):
    from tenants.models import Tenant

    response = platform.get(f"{API}/tenants")
    assert response.status_code == 200
    assert [t["key"] for t in response.json()] == ["hr", "it"]

    fin = create_tenant()
    listed = platform.get(f"{API}/tenants").json()
    assert [t["key"] for t in listed] == ["fin", "hr", "it"]
    assert next(t for t in listed if t["key"] == "fin") == fin
    it = next(t for t in listed if t["key"] == "it")
    assert [d["domain"] for d in it["domains"]] == ["it.localhost"]

    assert platform.get(f"{API}/tenants/{fin['id']}").json() == fin

    # The public tenant and the template are never served.
    for hidden in Tenant.objects.filter(schema_name__in=["public", "tenant_template"]):
        for method in ("get", "patch", "delete"):
            response = send(platform, method, f"{API}/tenants/{hidden.pk}", {"name": "Mine"})
            assert_error(response, 404, "not_found")
        response = send(platform, "post", f"{API}/tenants/{hidden.pk}/domains", {"domain": "grab.localhost"})
        assert response.status_code == 404
    assert schema_exists("tenant_template")
    assert Tenant.objects.get(schema_name="public").name == "Platform"

    response = platform.get(f"{API}/tenants/999999")
    assert_error(response, 404, "not_found")


def test_patch_tenant(platform, create_tenant):
    fin = create_tenant()
    path = f"{API}/tenants/{fin['id']}"
    response = send(platform, "patch", path, {"name": "Finance Dept", "max_users": 10, "max_workflows": 3})
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["name"], body["max_users"], body["max_workflows"]) == ("Finance Dept", 10, 3)

    response = send(platform, "patch", path, {"max_users": None})
    assert response.status_code == 200
    body = response.json()
    assert (body["name"], body["max_users"], body["max_workflows"]) == ("Finance Dept", None, 3)

    # null for the name leaves it alone (it cannot be empty).
    response = send(platform, "patch", path, {"name": None})
    assert response.status_code == 200, response.content
    assert response.json()["name"] == "Finance Dept"

    for payload, field in (
        ({"name": ""}, "name"),
        ({"max_users": 0}, "max_users"),
        ({"max_workflows": "x"}, "max_workflows"),
        ({"max_workflows": 2**31}, "max_workflows"),  # was a 500: integer out of range (fuzzer)
    ):
        response = send(platform, "patch", path, payload)
        assert response.status_code == 422, payload
        assert [p["field"] for p in error_of(response)["details"]] == [field]
    assert platform.get(path).json() == body


def test_quota_set_on_the_platform_applies_on_the_tenant_host(platform, login, tenant_it):
    boss = login("it", "boss", admin=True)
    response = send(platform, "patch", f"{API}/tenants/{tenant_it.pk}", {"max_users": 1})
    assert response.status_code == 200
    response = send(boss, "post", "/api/v1/users", {"username": "one-too-many"})
    assert_error(response, 429, "quota_exceeded")


def test_suspend_and_resume(platform, create_tenant, client_for):
    fin = create_tenant()
    client = client_for("fin")
    assert log_in(client, "admin", FIN_ADMIN_PASSWORD).status_code == 200

    response = platform.post(f"{API}/tenants/{fin['id']}/suspend")
    assert response.status_code == 200
    assert response.json()["status"] == "suspended"
    for path in ("/api/v1/me", "/api/v1/users"):
        response = client.get(path)
        assert_error(response, 403, "tenant_suspended")
    response = log_in(client_for("fin"), "admin", FIN_ADMIN_PASSWORD)
    assert_error(response, 403, "tenant_suspended")
    # Suspending twice is harmless; other tenants are untouched.
    assert platform.post(f"{API}/tenants/{fin['id']}/suspend").json()["status"] == "suspended"
    assert client_for("it").get("/api/v1/me").status_code == 401

    response = platform.post(f"{API}/tenants/{fin['id']}/resume")
    assert response.status_code == 200
    assert response.json()["status"] == "active"
    me = client.get("/api/v1/me")
    assert me.status_code == 200
    assert me.json()["tenant"] == "fin"


# ---- outbound private ranges and the public base URL (issue items 5 and 12) ----------------------


def _webhook(client: Any, url: str) -> Any:
    return send(client, "post", "/api/v1/webhooks", {"name": "w", "url": url, "events": ["created"]})


def test_platform_admin_opens_a_private_range_for_one_tenant_only(platform, login, tenant_it, tenant_hr):
    it_admin, hr_admin = login("it", "boss", admin=True), login("hr", "boss", admin=True)
    assert _webhook(it_admin, "http://10.1.2.3/hook").status_code == 422  # closed by default

    path = f"{API}/tenants/{tenant_it.pk}"
    response = send(platform, "patch", path, {"outbound_private_ranges": ["10.0.0.0/8", "127.0.0.1"]})
    assert response.status_code == 200, response.content
    assert response.json()["outbound_private_ranges"] == ["10.0.0.0/8", "127.0.0.1/32"]

    assert _webhook(it_admin, "http://10.1.2.3/hook").status_code == 201
    assert _webhook(hr_admin, "http://10.1.2.3/hook").status_code == 422  # another tenant stays closed
    metadata = _webhook(it_admin, "http://169.254.169.254/latest/meta-data/")
    assert metadata.status_code == 422
    assert "metadata" in error_of(metadata)["details"][0]["message"]


@pytest.mark.parametrize(
    "entry",
    [
        "169.254.169.254/32",
        "169.254.0.0/16",
        "0.0.0.0/0",
        "::/0",
        "fd00::/8",
        "100.100.100.200",
        "168.63.129.16",
        "100.64.0.0/10",
        "10.0.0.1/8",
        "ci.internal",
    ],
)
def test_metadata_and_malformed_ranges_are_refused_even_for_the_platform_admin(platform, tenant_it, entry):
    path = f"{API}/tenants/{tenant_it.pk}"
    response = send(platform, "patch", path, {"outbound_private_ranges": ["10.0.0.0/8", entry]})
    assert response.status_code == 422, response.content
    assert [p["field"] for p in error_of(response)["details"]] == ["outbound_private_ranges.1"]
    assert platform.get(path).json()["outbound_private_ranges"] == []


def test_public_base_url_is_validated_and_drives_links(platform, tenant_it, settings):
    path = f"{API}/tenants/{tenant_it.pk}"
    settings.PUBLIC_URL_SCHEME, settings.PUBLIC_PORT = "http", 8000
    assert platform.get(path).json()["links_base_url"] == "http://it.localhost:8000"

    response = send(platform, "patch", path, {"public_base_url": "https://IT.example.com:8443/"})
    assert response.status_code == 200, response.content
    assert (response.json()["public_base_url"], response.json()["links_base_url"]) == (
        "https://it.example.com:8443",
        "https://it.example.com:8443",
    )
    for bad in (
        "ftp://it.example.com",
        "javascript:alert(1)",
        "https://user:pw@it.example.com",
        "https://it.example.com/app",
        "https://it.example.com?next=//evil.example",
        "https://it.example.com#x",
        "https://it.example.com:0",
        "https://it.example.com:99999",
        "https://",
        "//it.example.com",
    ):
        response = send(platform, "patch", path, {"public_base_url": bad})
        assert response.status_code == 422, bad
        assert [p["field"] for p in error_of(response)["details"]] == ["public_base_url"], bad
    assert platform.get(path).json()["public_base_url"] == "https://it.example.com:8443"

    response = send(platform, "patch", path, {"public_base_url": ""})
    assert response.json()["links_base_url"] == "http://it.localhost:8000"
