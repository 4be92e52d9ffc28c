"""Authentication: sessions, CSRF, and what an ordinary person may do.

Bearer tokens and app scopes: test_app_tokens.py; acting users and request signatures:
test_acting_and_signatures.py."""

from __future__ import annotations

import json

import pytest
from django.conf import settings
from django_tenants.utils import schema_context

from core.access.tests.factories import LOGIN, bearer, credentials, post_json
from core.tests.factories import assert_error

# ---- sessions -----------------------------------------------------------------------------------


def test_login_me_logout(client_for, make_user):
    make_user("it", "alice", display_name="Alice A.")
    client = client_for("it")

    response = post_json(client, LOGIN, credentials("alice"))
    assert response.status_code == 200
    body = response.json()
    assert body["user"]["username"] == "alice"
    assert body["app"] is None
    assert body["tenant"] == "it"
    assert body["is_tenant_admin"] is False
    assert settings.SESSION_COOKIE_NAME in response.cookies

    me = client.get("/api/v1/me")
    assert me.status_code == 200
    assert me.json()["user"]["display_name"] == "Alice A."
    assert me.json()["app"] is None

    assert client.post("/api/v1/auth/logout").status_code == 204
    assert_error(client.get("/api/v1/me"), 401, "not_authenticated")


def test_me_without_credentials_is_401(client_for):
    assert_error(client_for("it").get("/api/v1/me"), 401, "not_authenticated")


def test_logout_needs_a_session(client_for):
    assert_error(client_for("it").post("/api/v1/auth/logout"), 401, "not_authenticated")


def test_admin_login_reports_admin(client_for, make_user):
    make_user("it", "boss", admin=True)
    response = post_json(client_for("it"), LOGIN, credentials("boss"))
    assert response.status_code == 200
    assert response.json()["is_tenant_admin"] is True


def test_wrong_password_is_invalid_credentials(client_for, make_user):
    make_user("it", "alice")
    client = client_for("it")
    assert_error(post_json(client, LOGIN, credentials("alice", "wrong-password")), 401, "invalid_credentials")
    assert_error(client.get("/api/v1/me"), 401, "not_authenticated")


def test_unknown_user_is_invalid_credentials(client_for):
    response = post_json(client_for("it"), LOGIN, credentials("nobody"))
    assert_error(response, 401, "invalid_credentials")


def test_inactive_user_cannot_log_in(client_for, make_user):
    make_user("it", "gone", is_active=False)
    client = client_for("it")
    assert_error(post_json(client, LOGIN, credentials("gone")), 401, "invalid_credentials")
    assert_error(client.get("/api/v1/me"), 401, "not_authenticated")


def test_deactivated_user_loses_their_session(client_for, make_user):
    from core.access.models import User

    make_user("it", "alice")
    client = client_for("it")
    assert post_json(client, LOGIN, credentials("alice")).status_code == 200
    with schema_context("it"):
        User.objects.filter(username="alice").update(is_active=False)
    assert_error(client.get("/api/v1/me"), 401, "not_authenticated")


def test_login_with_an_empty_body_is_422(client_for):
    response = post_json(client_for("it"), LOGIN, {"username": "", "password": ""})
    assert_error(response, 422, "validation_failed")


def test_a_body_over_the_upload_limit_is_413_not_500(client_for):
    huge = json.dumps({"username": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 10), "password": "y"})
    response = client_for("it").post(LOGIN, huge, content_type="application/json")
    assert_error(response, 413, "payload_too_large")


# ---- CSRF ---------------------------------------------------------------------------------------


def test_login_without_csrf_token_is_refused(client_for, make_user):
    make_user("it", "alice")
    client = client_for("it", csrf=True)
    assert_error(post_json(client, LOGIN, credentials("alice")), 403, "csrf_failed")
    assert_error(client.get("/api/v1/me"), 401, "not_authenticated")


def test_login_with_a_wrong_csrf_token_is_refused(client_for, make_user):
    make_user("it", "alice")
    client = client_for("it", csrf=True)
    client.get("/api/v1/auth/csrf")
    response = post_json(client, LOGIN, credentials("alice"), HTTP_X_CSRFTOKEN="x" * 64)
    assert_error(response, 403, "csrf_failed")


def test_login_with_csrf_token_works(client_for, make_user):
    make_user("it", "alice")
    client = client_for("it", csrf=True)
    response = client.get("/api/v1/auth/csrf")
    assert response.status_code == 200
    token = response.json()["csrf_token"]
    assert token
    assert settings.CSRF_COOKIE_NAME in response.cookies

    response = post_json(client, LOGIN, credentials("alice"), HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 200, response.content
    assert client.get("/api/v1/me").json()["user"]["username"] == "alice"


def test_session_writes_need_the_csrf_header(client_for, make_user):
    from core.directory.models import Department

    make_user("it", "boss", admin=True)
    client = client_for("it", csrf=True)
    token = client.get("/api/v1/auth/csrf").json()["csrf_token"]
    assert post_json(client, LOGIN, credentials("boss"), HTTP_X_CSRFTOKEN=token).status_code == 200

    # Reads need no token.
    assert client.get("/api/v1/me").status_code == 200
    # Writes without the header are refused before anything happens.
    response = post_json(client, "/api/v1/departments", {"code": "ops", "name": "Ops"})
    assert_error(response, 403, "csrf_failed")
    with schema_context("it"):
        assert not Department.objects.filter(code="ops").exists()
    assert_error(client.post("/api/v1/auth/logout"), 403, "csrf_failed")
    assert client.get("/api/v1/me").status_code == 200

    # Login rotates the token: the current one is in the cookie.
    fresh = client.cookies[settings.CSRF_COOKIE_NAME].value
    response = post_json(
        client, "/api/v1/departments", {"code": "ops", "name": "Ops"}, HTTP_X_CSRFTOKEN=fresh
    )
    assert response.status_code == 201, response.content
    assert client.post("/api/v1/auth/logout", HTTP_X_CSRFTOKEN=fresh).status_code == 204
    assert_error(client.get("/api/v1/me"), 401, "not_authenticated")


def test_bearer_tokens_need_no_csrf(client_for, make_app):
    _, token = make_app("it", scopes=["admin"])
    client = client_for("it", csrf=True)
    response = post_json(client, "/api/v1/departments", {"code": "ops", "name": "Ops"}, **bearer(token))
    assert response.status_code == 201, response.content


# ---- what an ordinary person may do -------------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/v1/users", "/api/v1/departments", "/api/v1/roles", "/api/v1/me"])
def test_ordinary_user_can_read_the_directory(login, path):
    assert login("it", "alice").get(path).status_code == 200


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("post", "/api/v1/users", {"username": "zed"}),
        ("post", "/api/v1/departments", {"code": "ops", "name": "Ops"}),
        ("post", "/api/v1/roles", {"code": "auditor", "name": "Auditor"}),
        ("post", "/api/v1/directory/sync", {"users": [{"username": "zed"}]}),
        ("patch", "/api/v1/users/{me}", {"is_tenant_admin": True}),
        ("delete", "/api/v1/users/{me}", None),
        ("get", "/api/v1/apps", None),
        ("post", "/api/v1/apps", {"name": "mine", "scopes": ["admin"]}),
    ],
)
def test_ordinary_user_cannot_administer(login, method, path, body):
    from core.access.models import App, User
    from core.directory.models import Department, Role

    client = login("it", "alice")
    me = client.get("/api/v1/me").json()["user"]["id"]
    kwargs = {"content_type": "application/json"} if body is not None else {}
    response = getattr(client, method)(path.format(me=me), body, **kwargs)
    assert_error(response, 403, "permission_denied")
    with schema_context("it"):
        assert list(User.objects.values_list("username", "is_active", "is_tenant_admin")) == [
            ("alice", True, False)
        ]
        assert not Department.objects.exists()
        assert not Role.objects.exists()
        assert not App.objects.exists()


def test_ordinary_user_cannot_touch_others(login, make_user):
    from core.directory import services

    admin = make_user("it", "boss", admin=True)
    with schema_context("it"):
        department = services.department_create(code="ops", name="Ops")
        role = services.role_create(code="auditor", name="Auditor")
    client = login("it", "alice")
    cases = [
        client.patch(f"/api/v1/users/{admin.pk}", {"display_name": "x"}, content_type="application/json"),
        client.patch(f"/api/v1/departments/{department.pk}", {"name": "x"}, content_type="application/json"),
        client.delete(f"/api/v1/departments/{department.pk}"),
        client.patch(f"/api/v1/roles/{role.pk}", {"name": "x"}, content_type="application/json"),
        client.delete(f"/api/v1/roles/{role.pk}"),
    ]
    for response in cases:
        assert_error(response, 403, "permission_denied")
    assert client.get(f"/api/v1/departments/{department.pk}").json()["name"] == "Ops"
    assert client.get(f"/api/v1/roles/{role.pk}").json()["name"] == "Auditor"
