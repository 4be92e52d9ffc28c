"""The platform API's own sign-in on the public host: platform admins only, sessions that mean
nothing on the other kind of host, CSRF."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from conftest import PASSWORD
from core.tests.factories import assert_error, send
from tenants.tests.factories import (
    API,
    ROOT_PASSWORD,
    platform_log_in,
    tenant_keys,
)

# ---- authentication -------------------------------------------------------------------------------


def test_platform_admin_logs_in_and_out(root, client_for):
    client = client_for("public")
    response = platform_log_in(client)
    assert response.status_code == 200
    assert response.json() == {"username": "root", "is_platform_admin": True}
    assert client.get(f"{API}/me").json() == {"username": "root", "is_platform_admin": True}
    assert client.get(f"{API}/tenants").status_code == 200

    assert client.post(f"{API}/auth/logout").status_code == 204
    response = client.get(f"{API}/me")
    assert_error(response, 401, "not_authenticated")


def test_create_platform_admin_resets_an_existing_password(root, client_for):
    out = StringIO()
    call_command("create_platform_admin", "root", password="another-password", stdout=out)
    assert "platform admin root updated" in out.getvalue()
    client = client_for("public")
    old = platform_log_in(client)
    assert old.status_code == 401
    new = platform_log_in(client, password="another-password")
    assert new.status_code == 200


def test_wrong_password_is_401(root, client_for):
    response = platform_log_in(client_for("public"), password="nope")
    assert_error(response, 401, "invalid_credentials")


def test_non_superuser_public_user_cannot_log_in(db, client_for):
    from core.access.models import User

    User.objects.create_user("joe", password="joe-password-1")
    client = client_for("public")
    response = platform_log_in(client, "joe", "joe-password-1")
    assert_error(response, 401, "invalid_credentials")
    assert client.get(f"{API}/tenants").status_code == 401


def test_inactive_platform_admin_cannot_log_in(root, client_for):
    root.is_active = False
    root.save()
    response = platform_log_in(client_for("public"))
    assert_error(response, 401, "invalid_credentials")


def test_demoted_admin_session_is_refused(root, platform):
    root.is_superuser = False
    root.save()
    response = platform.get(f"{API}/tenants")
    assert_error(response, 403, "permission_denied")


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
    assert_error(response, 401, "not_authenticated")
    assert tenant_keys() == before


def test_tenant_admin_session_means_nothing_on_the_public_host(login, root):
    client = login("it", "boss", admin=True)
    assert client.get("/api/v1/me").status_code == 200
    # The same cookies, sent to the public host.
    for method, path in (("get", "/tenants"), ("get", "/me"), ("post", "/tenants")):
        response = send(
            client, method, f"{API}{path}", {"key": "fin", "name": "Finance"}, HTTP_HOST="localhost"
        )
        assert_error(response, 401, "not_authenticated")
    assert "fin" not in tenant_keys()
    # Tenant credentials do not exist on the platform.
    response = send(
        client, "post", f"{API}/auth/login", {"username": "boss", "password": PASSWORD}, HTTP_HOST="localhost"
    )
    assert_error(response, 401, "invalid_credentials")


def test_platform_session_means_nothing_on_a_tenant_host(platform):
    response = platform.get("/api/v1/me", HTTP_HOST="it.localhost")
    assert_error(response, 401, "not_authenticated")


def test_platform_writes_need_csrf(root, client_for):
    client = client_for("public", csrf=True)
    login = {"username": "root", "password": ROOT_PASSWORD}
    response = send(client, "post", f"{API}/auth/login", login)
    assert_error(response, 403, "csrf_failed")

    token = client.get(f"{API}/auth/csrf").json()["csrf_token"]
    response = client.post(
        f"{API}/auth/login", login, content_type="application/json", HTTP_X_CSRFTOKEN=token
    )
    assert response.status_code == 200
    token = client.get(f"{API}/auth/csrf").json()["csrf_token"]  # rotated by login

    response = send(client, "post", f"{API}/tenants", {"key": "fin", "name": "Finance"})
    assert_error(response, 403, "csrf_failed")
    assert "fin" not in tenant_keys()
    assert client.get(f"{API}/tenants").status_code == 200  # reads need no token
