"""The platform API on the public host: platform admins create, change, suspend and delete tenants."""

from __future__ import annotations

import json
from collections.abc import Callable
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import Client
from django_tenants.utils import schema_context, schema_exists

from conftest import PASSWORD, error_of
from core.tenancy import current_schema

API = "/api/v1/platform"
ROOT_PASSWORD = "platform-root-pw"
FIN_ADMIN_PASSWORD = "finance-admin-pw"


def send(client: Any, method: str, path: str, data: Any = None, **headers: Any) -> Any:
    if method == "get":
        return client.get(path, **headers)
    body = data if isinstance(data, str) else json.dumps(data)
    return getattr(client, method)(path, body, content_type="application/json", **headers)


def tables_of(schema: str) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s ORDER BY table_name",
            [schema],
        )
        return [row[0] for row in cursor.fetchall()]


def tenant_keys() -> list[str]:
    from tenants.models import Tenant

    return list(Tenant.objects.order_by("schema_name").values_list("schema_name", flat=True))


def log_in(client: Client, username: str, password: str) -> Any:
    return send(client, "post", "/api/v1/auth/login", {"username": username, "password": password})


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
    response = send(client, "post", f"{API}/auth/login", {"username": "root", "password": ROOT_PASSWORD})
    assert response.status_code == 200, response.content
    return client


@pytest.fixture
def create_tenant(platform: Client) -> Callable[..., dict[str, Any]]:
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


# ---- authentication -------------------------------------------------------------------------------


def test_platform_admin_logs_in_and_out(root, client_for):
    client = client_for("public")
    response = send(client, "post", f"{API}/auth/login", {"username": "root", "password": ROOT_PASSWORD})
    assert response.status_code == 200
    assert response.json() == {"username": "root", "is_platform_admin": True}
    assert client.get(f"{API}/me").json() == {"username": "root", "is_platform_admin": True}
    assert client.get(f"{API}/tenants").status_code == 200

    assert client.post(f"{API}/auth/logout").status_code == 204
    response = client.get(f"{API}/me")
    assert response.status_code == 401
    assert error_of(response)["code"] == "not_authenticated"


def test_create_platform_admin_resets_an_existing_password(root, client_for):
    out = StringIO()
    call_command("create_platform_admin", "root", password="another-password", stdout=out)
    assert "platform admin root updated" in out.getvalue()
    client = client_for("public")
    old = send(client, "post", f"{API}/auth/login", {"username": "root", "password": ROOT_PASSWORD})
    assert old.status_code == 401
    new = send(client, "post", f"{API}/auth/login", {"username": "root", "password": "another-password"})
    assert new.status_code == 200


def test_wrong_password_is_401(root, client_for):
    response = send(
        client_for("public"), "post", f"{API}/auth/login", {"username": "root", "password": "nope"}
    )
    assert response.status_code == 401
    assert error_of(response)["code"] == "invalid_credentials"


def test_non_superuser_public_user_cannot_log_in(db, client_for):
    from core.access.models import User

    User.objects.create_user("joe", password="joe-password-1")
    client = client_for("public")
    response = send(client, "post", f"{API}/auth/login", {"username": "joe", "password": "joe-password-1"})
    assert response.status_code == 401
    assert error_of(response)["code"] == "invalid_credentials"
    assert client.get(f"{API}/tenants").status_code == 401


def test_inactive_platform_admin_cannot_log_in(root, client_for):
    root.is_active = False
    root.save()
    response = send(
        client_for("public"), "post", f"{API}/auth/login", {"username": "root", "password": ROOT_PASSWORD}
    )
    assert response.status_code == 401
    assert error_of(response)["code"] == "invalid_credentials"


def test_demoted_admin_session_is_refused(root, platform):
    root.is_superuser = False
    root.save()
    response = platform.get(f"{API}/tenants")
    assert response.status_code == 403
    assert error_of(response)["code"] == "permission_denied"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/tenants"),
        ("post", "/tenants"),
        ("get", "/tenants/1"),
        ("patch", "/tenants/1"),
        ("delete", "/tenants/1"),
        ("post", "/tenants/1/suspend"),
        ("post", "/tenants/1/resume"),
        ("get", "/tenants/1/domains"),
        ("post", "/tenants/1/domains"),
        ("delete", "/tenants/1/domains/1"),
        ("get", "/me"),
    ],
)
def test_unauthenticated_is_401(db, client_for, method, path):
    before = tenant_keys()
    response = send(client_for("public"), method, f"{API}{path}", {"key": "fin", "name": "Finance"})
    assert response.status_code == 401
    assert error_of(response)["code"] == "not_authenticated"
    assert tenant_keys() == before


def test_tenant_admin_session_means_nothing_on_the_public_host(login, root):
    client = login("it", "boss", admin=True)
    assert client.get("/api/v1/me").status_code == 200
    # The same cookies, sent to the public host.
    for method, path in (("get", "/tenants"), ("get", "/me"), ("post", "/tenants")):
        response = send(
            client, method, f"{API}{path}", {"key": "fin", "name": "Finance"}, HTTP_HOST="localhost"
        )
        assert response.status_code == 401, path
        assert error_of(response)["code"] == "not_authenticated"
    assert "fin" not in tenant_keys()
    # Tenant credentials do not exist on the platform.
    response = send(
        client, "post", f"{API}/auth/login", {"username": "boss", "password": PASSWORD}, HTTP_HOST="localhost"
    )
    assert response.status_code == 401
    assert error_of(response)["code"] == "invalid_credentials"


def test_platform_session_means_nothing_on_a_tenant_host(platform):
    response = platform.get("/api/v1/me", HTTP_HOST="it.localhost")
    assert response.status_code == 401
    assert error_of(response)["code"] == "not_authenticated"


def test_platform_writes_need_csrf(root, client_for):
    client = client_for("public", csrf=True)
    login = {"username": "root", "password": ROOT_PASSWORD}
    response = send(client, "post", f"{API}/auth/login", login)
    assert response.status_code == 403
    assert error_of(response)["code"] == "csrf_failed"

    token = client.get(f"{API}/auth/csrf").json()["csrf_token"]
    response = client.post(
        f"{API}/auth/login", login, content_type="application/json", HTTP_X_CSRFTOKEN=token
    )
    assert response.status_code == 200
    token = client.get(f"{API}/auth/csrf").json()["csrf_token"]  # rotated by login

    response = send(client, "post", f"{API}/tenants", {"key": "fin", "name": "Finance"})
    assert response.status_code == 403
    assert error_of(response)["code"] == "csrf_failed"
    assert "fin" not in tenant_keys()
    assert client.get(f"{API}/tenants").status_code == 200  # reads need no token


# ---- creating tenants -----------------------------------------------------------------------------


def test_create_tenant(platform, client_for):
    before = tables_of("tenant_template")
    response = send(
        platform,
        "post",
        f"{API}/tenants",
        {"key": "fin", "name": "Finance", "admin_username": "admin", "admin_password": FIN_ADMIN_PASSWORD},
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["key"] == "fin"
    assert body["name"] == "Finance"
    assert body["status"] == "active"
    assert body["max_users"] is None
    assert body["max_workflows"] is None
    assert [(d["domain"], d["is_primary"]) for d in body["domains"]] == [("fin.localhost", True)]
    assert body["created_at"]

    # The schema was cloned from the template: the same tables, empty but for the admin.
    assert schema_exists("fin")
    assert tables_of("fin") == before
    assert "core_user" in before
    assert "core_department" in before
    from core.access.models import User
    from core.directory.models import Department

    with schema_context("fin"):
        assert list(User.objects.values_list("username", "is_tenant_admin")) == [("admin", True)]
        assert Department.objects.count() == 0

    fin = client_for("fin")
    response = log_in(fin, "admin", FIN_ADMIN_PASSWORD)
    assert response.status_code == 200, response.content
    me = fin.get("/api/v1/me")
    assert me.status_code == 200
    assert me.json()["tenant"] == "fin"
    assert me.json()["user"]["username"] == "admin"
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
    response = send(
        platform,
        "post",
        f"{API}/tenants",
        {"key": key, "name": "X", "admin_username": "a", "admin_password": "x" * 8},
    )
    assert response.status_code == 422, response.content
    error = error_of(response)
    assert error["code"] == "validation_failed"
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
    assert response.status_code == 400
    assert error_of(response)["code"] == "malformed_request"


@pytest.mark.parametrize("key", ["it", "hr"])
def test_duplicate_tenant_key_is_409(platform, key):
    before = tenant_keys()
    response = send(platform, "post", f"{API}/tenants", {"key": key, "name": "Again"})
    assert response.status_code == 409
    assert error_of(response)["code"] == "tenant_exists"
    assert tenant_keys() == before


def test_taken_domain_is_409_and_creates_no_schema(platform):
    before = tenant_keys()
    for domain in ("it.localhost", "localhost"):
        response = send(
            platform, "post", f"{API}/tenants", {"key": "fin", "name": "Finance", "domain": domain}
        )
        assert response.status_code == 409, domain
        assert error_of(response)["code"] == "domain_taken"
    assert tenant_keys() == before
    assert not schema_exists("fin")


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
            assert response.status_code == 404, (hidden.schema_name, method)
            assert error_of(response)["code"] == "not_found"
        response = send(platform, "post", f"{API}/tenants/{hidden.pk}/domains", {"domain": "grab.localhost"})
        assert response.status_code == 404
    assert schema_exists("tenant_template")
    assert Tenant.objects.get(schema_name="public").name == "Platform"

    response = platform.get(f"{API}/tenants/999999")
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


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
    assert response.status_code == 429
    assert error_of(response)["code"] == "quota_exceeded"


def test_suspend_and_resume(platform, create_tenant, client_for):
    fin = create_tenant()
    client = client_for("fin")
    assert log_in(client, "admin", FIN_ADMIN_PASSWORD).status_code == 200

    response = platform.post(f"{API}/tenants/{fin['id']}/suspend")
    assert response.status_code == 200
    assert response.json()["status"] == "suspended"
    for path in ("/api/v1/me", "/api/v1/users"):
        response = client.get(path)
        assert response.status_code == 403
        assert error_of(response)["code"] == "tenant_suspended"
    response = log_in(client_for("fin"), "admin", FIN_ADMIN_PASSWORD)
    assert response.status_code == 403
    assert error_of(response)["code"] == "tenant_suspended"
    # Suspending twice is harmless; other tenants are untouched.
    assert platform.post(f"{API}/tenants/{fin['id']}/suspend").json()["status"] == "suspended"
    assert client_for("it").get("/api/v1/me").status_code == 401

    response = platform.post(f"{API}/tenants/{fin['id']}/resume")
    assert response.status_code == 200
    assert response.json()["status"] == "active"
    me = client.get("/api/v1/me")
    assert me.status_code == 200
    assert me.json()["tenant"] == "fin"


# ---- domains --------------------------------------------------------------------------------------


def test_add_domain_routes_the_new_host(platform, create_tenant):
    fin = create_tenant()
    response = send(platform, "post", f"{API}/tenants/{fin['id']}/domains", {"domain": "Finance.LocalHost"})
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
    response = send(
        platform,
        "post",
        f"{API}/tenants/{fin['id']}/domains",
        {"domain": "money.localhost", "is_primary": True},
    )
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
    response = send(platform, "post", f"{API}/tenants/{fin['id']}/domains", {"domain": domain})
    assert response.status_code == 409
    assert error_of(response)["code"] == "domain_taken"
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
    response = send(platform, "post", f"{API}/tenants/{fin['id']}/domains", {"domain": domain})
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
    assert response.status_code == 409
    assert error_of(response)["code"] == "last_domain"
    assert client_for("fin").get("/api/v1/me").status_code == 401  # still routed

    extra = send(platform, "post", domains_path, {"domain": "finance.localhost"}).json()
    response = platform.delete(f"{domains_path}/{extra['id']}")
    assert response.status_code == 204
    response = Client(HTTP_HOST="finance.localhost").get("/api/v1/me")
    assert response.status_code == 404
    assert error_of(response)["code"] == "unknown_host"

    # Removing the primary while another exists promotes the other one.
    extra = send(platform, "post", domains_path, {"domain": "finance.localhost"}).json()
    assert platform.delete(f"{domains_path}/{only['id']}").status_code == 204
    domains = platform.get(domains_path).json()
    assert domains == [{"id": extra["id"], "domain": "finance.localhost", "is_primary": True}]
    response = platform.delete(f"{domains_path}/{extra['id']}")
    assert response.status_code == 409
    assert error_of(response)["code"] == "last_domain"


def test_domain_of_another_tenant_is_404(platform, create_tenant, tenant_it):
    fin = create_tenant()
    it_domain = tenant_it.domains.get()
    response = platform.delete(f"{API}/tenants/{fin['id']}/domains/{it_domain.pk}")
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"
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
    assert response.status_code == 404
    assert error_of(response)["code"] == "unknown_host"
    assert platform.get(f"{API}/tenants/{fin['id']}").status_code == 404
    assert [t["key"] for t in platform.get(f"{API}/tenants").json()] == ["hr", "it"]
    response = platform.delete(f"{API}/tenants/{fin['id']}")
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"

    # Other tenants keep working, and the key can be used again.
    assert client_for("it").get("/api/v1/me").status_code == 401
    assert schema_exists("it")
    again = create_tenant()
    assert again["id"] != fin["id"]
    from core.access.models import User

    with schema_context("fin"):
        assert list(User.objects.values_list("username", flat=True)) == ["admin"]


def test_platform_api_wrong_method_and_unknown_path(platform):
    response = send(platform, "put", f"{API}/tenants", {})
    assert response.status_code == 405
    assert error_of(response)["code"] == "method_not_allowed"
    response = platform.get(f"{API}/nothing")
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


# ---- the create_tenant command --------------------------------------------------------------------


def test_create_tenant_command(db, client_for):
    from tenants.models import Tenant

    out = StringIO()
    call_command(
        "create_tenant",
        "ops",
        "Operations",
        admin_username="opsadmin",
        admin_password="ops-admin-pw",
        max_users=7,
        stdout=out,
    )
    assert "tenant ops created at ops.localhost" in out.getvalue()
    tenant = Tenant.objects.get(schema_name="ops")
    assert (tenant.name, tenant.max_users, tenant.status) == ("Operations", 7, "active")
    assert list(tenant.domains.values_list("domain", "is_primary")) == [("ops.localhost", True)]
    assert schema_exists("ops")
    assert tables_of("ops") == tables_of("tenant_template")
    assert current_schema() == "public"

    client = client_for("ops")
    assert log_in(client, "opsadmin", "ops-admin-pw").status_code == 200
    assert client.get("/api/v1/me").json()["is_tenant_admin"] is True


def test_create_tenant_command_with_domain_and_no_admin(db):
    from tenants.models import Tenant

    call_command("create_tenant", "ops", "Operations", domain="operations.localhost", stdout=StringIO())
    tenant = Tenant.objects.get(schema_name="ops")
    assert list(tenant.domains.values_list("domain", flat=True)) == ["operations.localhost"]
    with schema_context("ops"):
        from core.access.models import User

        assert User.objects.count() == 0


@pytest.mark.parametrize(
    ("args", "options", "code"),
    [
        (("it", "Again"), {}, "tenant_exists"),
        (("Ops", "Operations"), {}, "validation_failed"),
        (("public", "Operations"), {}, "validation_failed"),
        (("ops", "Operations"), {"domain": "it.localhost"}, "domain_taken"),
        (("ops", "Operations"), {"admin_username": "opsadmin"}, "validation_failed"),
    ],
)
def test_create_tenant_command_errors(db, args, options, code):
    before = tenant_keys()
    with pytest.raises(CommandError, match=f"^{code}: "):
        call_command("create_tenant", *args, stdout=StringIO(), **options)
    assert tenant_keys() == before
    assert not schema_exists("ops")


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
