"""A tenant's domains on the platform API (adding, the primary, removing) and deleting a tenant."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django_tenants.utils import schema_context, schema_exists

from conftest import error_of
from core.tests.factories import assert_error, send
from tenants.tests.factories import (
    API,
    FIN_ADMIN_PASSWORD,
    log_in,
)


def add_domain(platform: Any, tenant: dict[str, Any], domain: str, **extra: Any) -> Any:
    return send(platform, "post", f"{API}/tenants/{tenant['id']}/domains", {"domain": domain, **extra})


# ---- domains --------------------------------------------------------------------------------------


def test_add_domain_routes_the_new_host(platform, create_tenant):
    fin = create_tenant()
    response = add_domain(platform, fin, "Finance.LocalHost")
    assert response.status_code == 201, response.content
    added = response.json()
    assert added == {"id": added["id"], "domain": "finance.localhost", "is_primary": False}

    client = Client(HTTP_HOST="finance.localhost")
    assert log_in(client, "admin", FIN_ADMIN_PASSWORD).status_code == 200
    assert client.get("/api/v1/me").json()["tenant"] == "fin"

    domains = platform.get(f"{API}/tenants/{fin['id']}/domains").json()
    assert [(d["domain"], d["is_primary"]) for d in domains] == [
        ("fin.localhost", True),
        ("finance.localhost", False),
    ]


def test_add_primary_domain_demotes_the_old_one(platform, create_tenant):
    fin = create_tenant()
    response = add_domain(platform, fin, "money.localhost", is_primary=True)
    assert response.status_code == 201
    assert response.json()["is_primary"] is True
    domains = platform.get(f"{API}/tenants/{fin['id']}").json()["domains"]
    assert [(d["domain"], d["is_primary"]) for d in domains] == [
        ("money.localhost", True),
        ("fin.localhost", False),
    ]


@pytest.mark.parametrize("domain", ["fin.localhost", "it.localhost", "localhost", " IT.localhost "])
def test_duplicate_domain_is_409(platform, create_tenant, domain):
    fin = create_tenant()
    from tenants.models import Domain

    before = Domain.objects.count()
    response = add_domain(platform, fin, domain)
    assert_error(response, 409, "domain_taken")
    assert Domain.objects.count() == before


@pytest.mark.parametrize(
    "domain",
    [
        "",
        "bad host",
        "under_score.localhost",
        "-fin.localhost",
        "fin..localhost",
        "é.localhost",
        "a" * 64 + ".localhost",
    ],
)
def test_invalid_domain_is_422(platform, create_tenant, domain):
    fin = create_tenant()
    from tenants.models import Domain

    before = Domain.objects.count()
    response = add_domain(platform, fin, domain)
    assert response.status_code == 422, response.content
    error = error_of(response)
    assert error["code"] == "validation_failed"
    assert [p["field"] for p in error["details"]] == ["domain"]
    assert Domain.objects.count() == before


def test_remove_domains(platform, create_tenant, client_for):
    fin = create_tenant()
    domains_path = f"{API}/tenants/{fin['id']}/domains"
    only = fin["domains"][0]

    response = platform.delete(f"{domains_path}/{only['id']}")
    assert_error(response, 409, "last_domain")
    assert client_for("fin").get("/api/v1/me").status_code == 401  # still routed

    extra = send(platform, "post", domains_path, {"domain": "finance.localhost"}).json()
    response = platform.delete(f"{domains_path}/{extra['id']}")
    assert response.status_code == 204
    response = Client(HTTP_HOST="finance.localhost").get("/api/v1/me")
    assert_error(response, 404, "unknown_host")

    # Removing the primary while another exists promotes the other one.
    extra = send(platform, "post", domains_path, {"domain": "finance.localhost"}).json()
    assert platform.delete(f"{domains_path}/{only['id']}").status_code == 204
    domains = platform.get(domains_path).json()
    assert domains == [{"id": extra["id"], "domain": "finance.localhost", "is_primary": True}]
    response = platform.delete(f"{domains_path}/{extra['id']}")
    assert_error(response, 409, "last_domain")


def test_domain_of_another_tenant_is_404(platform, create_tenant, tenant_it):
    fin = create_tenant()
    it_domain = tenant_it.domains.get()
    response = platform.delete(f"{API}/tenants/{fin['id']}/domains/{it_domain.pk}")
    assert_error(response, 404, "not_found")
    assert tenant_it.domains.count() == 1


# ---- deleting tenants -----------------------------------------------------------------------------


def test_delete_tenant_drops_its_schema(platform, create_tenant, client_for):
    from tenants.models import Domain, Tenant

    fin = create_tenant()
    client = client_for("fin")
    assert log_in(client, "admin", FIN_ADMIN_PASSWORD).status_code == 200
    assert schema_exists("fin")

    response = platform.delete(f"{API}/tenants/{fin['id']}")
    assert response.status_code == 204
    assert not schema_exists("fin")
    assert not Tenant.objects.filter(schema_name="fin").exists()
    assert not Domain.objects.filter(domain="fin.localhost").exists()

    response = client.get("/api/v1/me")
    assert_error(response, 404, "unknown_host")
    assert platform.get(f"{API}/tenants/{fin['id']}").status_code == 404
    assert [t["key"] for t in platform.get(f"{API}/tenants").json()] == ["hr", "it"]
    response = platform.delete(f"{API}/tenants/{fin['id']}")
    assert_error(response, 404, "not_found")

    # Other tenants keep working, and the key can be used again.
    assert client_for("it").get("/api/v1/me").status_code == 401
    assert schema_exists("it")
    again = create_tenant()
    assert again["id"] != fin["id"]
    from core.access.models import User

    with schema_context("fin"):
        assert list(User.objects.values_list("username", flat=True)) == ["admin"]
