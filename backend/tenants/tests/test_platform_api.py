"""The platform API on the public host: creating tenants (the schema cloned from the template,
its first admin, its domain and quotas) and what a create refuses."""

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
    tables_of,
    tenant_keys,
)

# ---- creating tenants -----------------------------------------------------------------------------


def test_create_tenant(create_tenant):
    body = create_tenant()  # key fin, name Finance, an admin named admin
    assert (body["key"], body["name"], body["status"]) == ("fin", "Finance", "active")
    assert body["max_users"] is None
    assert body["max_workflows"] is None
    assert [(d["domain"], d["is_primary"]) for d in body["domains"]] == [("fin.localhost", True)]
    assert body["created_at"]


def test_a_new_tenants_schema_is_the_template_empty_but_for_its_admin(create_tenant):
    before = tables_of("tenant_template")
    create_tenant()
    assert schema_exists("fin")
    assert tables_of("fin") == before
    assert "core_user" in before
    assert "core_department" in before
    from core.access.models import User
    from core.directory.models import Department

    with schema_context("fin"):
        assert list(User.objects.values_list("username", "is_tenant_admin")) == [("admin", True)]
        assert Department.objects.count() == 0


def test_a_new_tenants_admin_signs_in_on_its_host_only(create_tenant, client_for):
    create_tenant()
    fin = client_for("fin")
    response = log_in(fin, "admin", FIN_ADMIN_PASSWORD)
    assert response.status_code == 200, response.content
    me = fin.get("/api/v1/me")
    assert me.status_code == 200
    assert (me.json()["tenant"], me.json()["user"]["username"]) == ("fin", "admin")
    assert me.json()["is_tenant_admin"] is True

    # Other tenants do not see the new admin.
    assert log_in(client_for("it"), "admin", FIN_ADMIN_PASSWORD).status_code == 401


def test_create_tenant_without_admin_and_with_own_domain_and_quotas(platform, client_for):
    response = send(
        platform,
        "post",
        f"{API}/tenants",
        {"key": "fin", "name": "Finance", "domain": "Money.LOCALHOST", "max_users": 5, "max_workflows": 2},
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert [d["domain"] for d in body["domains"]] == ["money.localhost"]
    assert (body["max_users"], body["max_workflows"]) == (5, 2)
    from core.access.models import User

    with schema_context("fin"):
        assert User.objects.count() == 0
    assert Client(HTTP_HOST="money.localhost").get("/api/v1/me").status_code == 401
    assert client_for("fin").get("/api/v1/me").status_code == 404  # no default sub-domain


@pytest.mark.parametrize(
    "key",
    [
        "Fin",
        "FIN",
        "public",
        "www",
        "api",
        "platform",
        "template",
        "tenant_template",
        "pg1",
        "1fin",
        "fin-x",
        "f",
    ],
)
def test_invalid_tenant_key_is_422(platform, key):
    before = tenant_keys()
    body = {"key": key, "name": "X", "admin_username": "a", "admin_password": "x" * 8}
    error = assert_error(send(platform, "post", f"{API}/tenants", body), 422, "validation_failed")
    assert [p["field"] for p in error["details"]] == ["key"]
    assert tenant_keys() == before


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"key": "fin"}, "name"),
        ({"name": "Finance"}, "key"),
        ({"key": "a" * 32, "name": "Finance"}, "key"),
        ({"key": "fin", "name": ""}, "name"),
        ({"key": "fin", "name": "Finance", "admin_username": "admin"}, "admin_password"),
        ({"key": "fin", "name": "Finance", "admin_password": "long-enough"}, "admin_password"),
        (
            {"key": "fin", "name": "Finance", "admin_username": "admin", "admin_password": "short"},
            "admin_password",
        ),
        (
            {"key": "fin", "name": "Finance", "admin_username": "has space", "admin_password": "x" * 8},
            "admin_username",
        ),
        ({"key": "fin", "name": "Finance", "admin_email": "nope"}, "admin_email"),
        ({"key": "fin", "name": "Finance", "max_users": 0}, "max_users"),
        ({"key": "fin", "name": "Finance", "max_workflows": "many"}, "max_workflows"),
        ({"key": "fin", "name": "Finance", "domain": "bad host!"}, "domain"),
        ({"key": "fin", "name": "Finance", "domain": "-fin.localhost"}, "domain"),
    ],
)
def test_invalid_tenant_payload_is_422_and_creates_nothing(platform, payload, field):
    before = tenant_keys()
    response = send(platform, "post", f"{API}/tenants", payload)
    assert response.status_code == 422, response.content
    error = error_of(response)
    assert error["code"] == "validation_failed"
    assert field in [p["field"] for p in error["details"]]
    assert tenant_keys() == before
    assert not schema_exists("fin")


def test_malformed_json_is_400(platform):
    response = send(platform, "post", f"{API}/tenants", "{key: fin")
    assert_error(response, 400, "malformed_request")


@pytest.mark.parametrize("key", ["it", "hr"])
def test_duplicate_tenant_key_is_409(platform, key):
    before = tenant_keys()
    response = send(platform, "post", f"{API}/tenants", {"key": key, "name": "Again"})
    assert_error(response, 409, "tenant_exists")
    assert tenant_keys() == before


def test_taken_domain_is_409_and_creates_no_schema(platform):
    before = tenant_keys()
    for domain in ("it.localhost", "localhost"):
        response = send(
            platform, "post", f"{API}/tenants", {"key": "fin", "name": "Finance", "domain": domain}
        )
        assert_error(response, 409, "domain_taken")
    assert tenant_keys() == before
    assert not schema_exists("fin")


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"max_users": 2**31}, "max_users"),  # was a 500: integer out of range
        ({"key": "public"}, "key"),  # reserved: the schema's pattern says so now
        ({"key": "pgfin"}, "key"),
        ({"domain": "bad host"}, "domain"),
        ({"admin_username": "boss"}, "admin_password"),  # both or neither (dependentRequired)
        ({"admin_username": None, "admin_password": "long-enough"}, "admin_username"),
    ],
)
def test_create_tenant_refuses_what_its_schema_refuses(
    platform: Any, payload: dict[str, Any], field: str
) -> None:
    """Found by tests/test_api_fuzz.py: each was accepted by the OpenAPI schema, then a 500 or a 422."""
    before = tenant_keys()
    response = send(platform, "post", f"{API}/tenants", {"key": "fin", "name": "Finance", **payload})
    assert response.status_code == 422, response.content
    assert field in [problem["field"] for problem in error_of(response)["details"]]
    assert tenant_keys() == before


def test_platform_api_wrong_method_and_unknown_path(platform):
    response = send(platform, "put", f"{API}/tenants", {})
    assert_error(response, 405, "method_not_allowed")
    response = platform.get(f"{API}/nothing")
    assert_error(response, 404, "not_found")
