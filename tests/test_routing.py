"""Host routing: tenants by sub-domain, the platform on the public host, JSON answers for misses."""

from __future__ import annotations

from django_tenants.utils import schema_context

from conftest import error_of


def test_healthz_answers_on_any_host(client):
    response = client.get("/healthz", HTTP_HOST="10.0.0.7")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_checks_database_and_redis(client, db):
    response = client.get("/readyz", HTTP_HOST="10.0.0.7")
    assert response.status_code == 200
    body = response.json()
    assert body["checks"]["database"]["ok"] is True
    assert body["checks"]["redis"]["ok"] is True


def test_unknown_host_is_404_json(client_for):
    response = client_for("nobody").get("/api/v1/me")
    assert response.status_code == 404
    assert error_of(response)["code"] == "unknown_host"


def test_disallowed_host_is_404_json(client):
    response = client.get("/api/v1/me", HTTP_HOST="evil.example.org")
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_template_schema_is_never_routed(client, tenant_it):
    from tenants.models import Domain, Tenant

    template = Tenant.objects.get(is_template=True)
    Domain.objects.create(domain="template.localhost", tenant=template, is_primary=False)
    response = client.get("/api/v1/me", HTTP_HOST="template.localhost")
    assert response.status_code == 404


def test_tenant_host_routes_to_its_schema(login):
    client = login("it", "alice")
    body = client.get("/api/v1/me").json()
    assert body["tenant"] == "it"
    assert body["user"]["username"] == "alice"


def test_suspended_tenant_answers_403_everywhere(login, tenant_it):
    client = login("it", "alice")
    tenant_it.status = "suspended"
    tenant_it.save()
    for path in ("/api/v1/me", "/api/v1/users", "/api/v1/docs", "/api/v1/nothing"):
        response = client.get(path)
        assert response.status_code == 403, path
        assert error_of(response)["code"] == "tenant_suspended"


def test_platform_api_is_not_served_on_tenant_hosts(client_for):
    assert client_for("it").get("/api/v1/platform/tenants").status_code == 404


def test_tenant_api_is_not_served_on_the_public_host(client_for):
    response = client_for("public").get("/api/v1/me")
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_request_id_is_echoed_or_made(client_for):
    client = client_for("it")
    assert client.get("/api/v1/me", HTTP_X_REQUEST_ID="abc-123")["X-Request-ID"] == "abc-123"
    made = client.get("/api/v1/me", HTTP_X_REQUEST_ID="bad id with spaces")["X-Request-ID"]
    assert made != "bad id with spaces"
    assert len(made) == 32


def test_openapi_schema_is_served(client_for):
    tenant = client_for("it").get("/api/v1/openapi.json")
    assert tenant.status_code == 200
    assert "/api/v1/directory/sync" in tenant.json()["paths"]
    platform = client_for("public").get("/api/v1/platform/openapi.json")
    assert "/api/v1/platform/tenants" in platform.json()["paths"]


def test_tenants_are_separate_schemas(make_user):
    make_user("it", "same")
    with schema_context("hr"):
        from core.access.models import User

        assert not User.objects.filter(username="same").exists()


def test_docs_ui_and_its_assets_are_served_locally(client_for):
    import re

    client = client_for("it")
    page = client.get("/api/v1/docs")
    assert page.status_code == 200
    assets = re.findall(rb'(?:href|src)="([^"]+)"', page.content)
    assert assets
    for asset in assets:
        assert asset.startswith(b"/static/"), asset  # nothing fetched from a CDN
        assert client.get(asset.decode()).status_code == 200


def test_the_host_lookup_sets_the_tenants_search_path(db, tenant_it):
    """The lookup sets the tenant's search_path in the same statement: the request's first query
    runs in the tenant's schema with no `SET search_path` before it, on a connection that was in
    another schema."""
    from django.db import connection
    from django.http import HttpResponse
    from django.test import RequestFactory
    from django.test.utils import CaptureQueriesContext

    from core.tenancy import current_schema
    from tenants.middleware import TenantRoutingMiddleware

    middleware = TenantRoutingMiddleware(lambda request: HttpResponse())
    with schema_context("hr"), connection.cursor() as cursor:
        cursor.execute("SELECT 1")  # the connection's search_path is hr's
        with CaptureQueriesContext(connection) as queries:
            assert (
                middleware.process_request(RequestFactory().get("/api/v1/me", HTTP_HOST="it.localhost"))
                is None
            )
            with connection.cursor() as inner:
                inner.execute("SELECT current_schemas(false)")
                schemas = inner.fetchone()[0]
        assert current_schema() == "it"
    assert schemas == ["it", "public"]
    assert not [q for q in queries.captured_queries if q["sql"].startswith("SET search_path")]
    assert len(queries.captured_queries) == 2  # the lookup, the query
