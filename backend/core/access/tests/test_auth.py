"""Authentication and authorization: sessions, CSRF, app tokens, scopes,
acting users, request signatures, and what an ordinary person may do."""

from __future__ import annotations

import json
import time
from datetime import datetime, timedelta

import pytest
from django.conf import settings
from django.utils import timezone
from django_tenants.utils import schema_context

from conftest import PASSWORD, error_of
from core.secrets import request_signature, sha256_hex

LOGIN = "/api/v1/auth/login"


def bearer(token: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def credentials(username: str, password: str = PASSWORD) -> dict[str, str]:
    return {"username": username, "password": password}


def post_json(client, path, body, **extra):
    return client.post(path, body, content_type="application/json", **extra)


def signed(
    secret: str, method: str, path: str, body: bytes = b"", *, timestamp: int | None = None
) -> dict[str, str]:
    """The signature headers for one request (path includes the query string)."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    signature = request_signature(secret, timestamp=stamp, method=method, path=path, body=body)
    return {"HTTP_X_LOONFLOW_TIMESTAMP": stamp, "HTTP_X_LOONFLOW_SIGNATURE": signature}


def token_row(key: str, app):
    from core.access.models import AppToken

    with schema_context(key):
        return AppToken.objects.get(app=app)


def app_row(key: str, app):
    from core.access.models import App

    with schema_context(key):
        return App.objects.get(pk=app.pk)


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.content
    error = error_of(response)
    assert error["code"] == code, error
    return error


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


# ---- login throttling: core/tests/test_login_throttle.py -------------------------------------


# ---- bearer tokens ------------------------------------------------------------------------------


def test_valid_token_shows_the_app(client_for, make_app):
    _, token = make_app("it", "hr-system", scopes=["directory:read"])
    response = client_for("it").get("/api/v1/me", **bearer(token))
    assert response.status_code == 200
    body = response.json()
    assert body["app"] == "hr-system"
    assert body["user"] is None
    assert body["tenant"] == "it"
    assert body["is_tenant_admin"] is False
    assert body["departments"] == []
    assert body["roles"] == []


def test_admin_scoped_app_is_tenant_admin(client_for, make_app):
    _, token = make_app("it", scopes=["admin"])
    assert client_for("it").get("/api/v1/me", **bearer(token)).json()["is_tenant_admin"] is True


@pytest.mark.parametrize(
    "value",
    [
        "garbage",
        "",
        "lft_short_secret",
        "lft_abcdefabcdef_",
        "xyz_abcdefabcdef_secret",
        "lft_abcdefabcdef",
    ],
)
def test_malformed_token_is_invalid_token(client_for, value):
    response = client_for("it").get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {value}")
    assert_error(response, 401, "invalid_token")


def test_unknown_well_formed_token_is_invalid_token(client_for):
    response = client_for("it").get("/api/v1/me", **bearer("lft_abcdefabcdef_notarealtokenatall"))
    assert_error(response, 401, "invalid_token")


def test_known_prefix_with_wrong_secret_is_invalid_token(client_for, make_app):
    _, token = make_app("it")
    forged = token[: len("lft_") + 12] + "_" + "A" * 43
    assert forged != token
    assert_error(client_for("it").get("/api/v1/me", **bearer(forged)), 401, "invalid_token")


def test_other_auth_schemes_are_not_authenticated(client_for, make_app):
    _, token = make_app("it")
    response = client_for("it").get("/api/v1/me", HTTP_AUTHORIZATION=f"Basic {token}")
    assert_error(response, 401, "not_authenticated")


def test_revoked_token_via_api(client_for, login, make_app):
    app, token = make_app("it")
    client = client_for("it")
    assert client.get("/api/v1/me", **bearer(token)).status_code == 200

    admin = login("it", "boss", admin=True)
    row = token_row("it", app)
    response = admin.delete(f"/api/v1/apps/{app.pk}/tokens/{row.pk}")
    assert response.status_code == 200, response.content
    assert response.json()["revoked_at"] is not None

    assert_error(client.get("/api/v1/me", **bearer(token)), 401, "token_revoked")
    assert token_row("it", app).revoked_at is not None


def test_revoked_token_via_service(client_for, make_app):
    from core.access import services

    app, token = make_app("it")
    with schema_context("it"):
        services.app_token_revoke(token=token_row("it", app))
    assert_error(client_for("it").get("/api/v1/me", **bearer(token)), 401, "token_revoked")


def test_revoking_another_apps_token_is_404(login, make_app):
    app, _ = make_app("it", "one")
    other, _ = make_app("it", "two")
    admin = login("it", "boss", admin=True)
    response = admin.delete(f"/api/v1/apps/{app.pk}/tokens/{token_row('it', other).pk}")
    assert_error(response, 404, "not_found")
    assert token_row("it", other).revoked_at is None


def test_expired_token(client_for, make_app):
    from core.access.models import AppToken

    app, token = make_app("it")
    client = client_for("it")
    with schema_context("it"):
        AppToken.objects.filter(app=app).update(expires_at=timezone.now() + timedelta(hours=1))
    assert client.get("/api/v1/me", **bearer(token)).status_code == 200
    with schema_context("it"):
        AppToken.objects.filter(app=app).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert_error(client.get("/api/v1/me", **bearer(token)), 401, "token_expired")


def test_disabled_app(client_for, login, make_app):
    app, token = make_app("it")
    admin = login("it", "boss", admin=True)
    response = admin.patch(f"/api/v1/apps/{app.pk}", {"is_active": False}, content_type="application/json")
    assert response.status_code == 200
    assert response.json()["is_active"] is False
    assert_error(client_for("it").get("/api/v1/me", **bearer(token)), 401, "app_disabled")


def test_deleted_app_token_is_invalid(client_for, login, make_app):
    app, token = make_app("it")
    admin = login("it", "boss", admin=True)
    assert admin.delete(f"/api/v1/apps/{app.pk}").status_code == 204
    assert_error(client_for("it").get("/api/v1/me", **bearer(token)), 401, "invalid_token")


def test_last_used_at_is_recorded(client_for, make_app):
    from core.access.models import AppToken

    app, token = make_app("it")
    assert token_row("it", app).last_used_at is None
    before = timezone.now()
    assert client_for("it").get("/api/v1/me", **bearer(token)).status_code == 200
    used = token_row("it", app).last_used_at
    assert used is not None
    assert before <= used <= timezone.now()

    # A stale value is refreshed on the next use.
    stale = timezone.now() - timedelta(minutes=5)
    with schema_context("it"):
        AppToken.objects.filter(app=app).update(last_used_at=stale)
    assert client_for("it").get("/api/v1/me", **bearer(token)).status_code == 200
    assert token_row("it", app).last_used_at > stale


def test_refused_token_does_not_record_use(client_for, make_app):
    from core.access.models import AppToken

    app, token = make_app("it")
    with schema_context("it"):
        AppToken.objects.filter(app=app).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert client_for("it").get("/api/v1/me", **bearer(token)).status_code == 401
    assert token_row("it", app).last_used_at is None


def test_token_is_stored_only_hashed(make_app):
    app, token = make_app("it")
    row = token_row("it", app)
    secret_part = token.split("_", 2)[2]
    assert row.token_hash == sha256_hex(token)
    assert token.startswith(f"lft_{row.prefix}_")
    for model_field in row._meta.concrete_fields:
        value = str(getattr(row, model_field.attname))
        assert token not in value, model_field.name
        assert secret_part not in value, model_field.name


def test_issued_token_is_shown_once(client_for, login, make_app):
    app, _ = make_app("it")
    admin = login("it", "boss", admin=True)
    response = post_json(admin, f"/api/v1/apps/{app.pk}/tokens", {"name": "ci", "expires_in_days": 30})
    assert response.status_code == 201, response.content
    issued = response.json()
    plaintext = issued["token"]
    assert plaintext.startswith(f"lft_{issued['prefix']}_")
    assert issued["name"] == "ci"
    assert issued["revoked_at"] is None
    expires_at = datetime.fromisoformat(issued["expires_at"])
    assert abs(expires_at - (timezone.now() + timedelta(days=30))) < timedelta(minutes=1)

    listed = admin.get(f"/api/v1/apps/{app.pk}/tokens")
    assert listed.status_code == 200
    items = listed.json()
    assert len(items) == 2
    assert all("token" not in item for item in items)
    assert issued["id"] in {item["id"] for item in items}
    secret_part = plaintext.split("_", 2)[2]
    assert plaintext.encode() not in listed.content
    assert secret_part.encode() not in listed.content

    me = client_for("it").get("/api/v1/me", **bearer(plaintext))
    assert me.status_code == 200
    assert me.json()["app"] == app.name


# ---- app scopes ---------------------------------------------------------------------------------


def test_directory_read_app_can_read_but_not_write(client_for, make_app, make_user):
    from core.access.models import User

    make_user("it", "alice")
    _, token = make_app("it", scopes=["directory:read"])
    client = client_for("it")
    response = client.get("/api/v1/users", **bearer(token))
    assert response.status_code == 200
    assert [u["username"] for u in response.json()["items"]] == ["alice"]
    assert client.get("/api/v1/departments", **bearer(token)).status_code == 200
    assert client.get("/api/v1/roles", **bearer(token)).status_code == 200

    response = post_json(client, "/api/v1/users", {"username": "zed"}, **bearer(token))
    assert_error(response, 403, "permission_denied")
    response = post_json(client, "/api/v1/directory/sync", {"users": [{"username": "zed"}]}, **bearer(token))
    assert_error(response, 403, "permission_denied")
    with schema_context("it"):
        assert not User.objects.filter(username="zed").exists()


def test_directory_write_app_can_sync(client_for, make_app):
    from core.access.models import User

    _, token = make_app("it", scopes=["directory:write"])
    client = client_for("it")
    payload = {"users": [{"username": "zed", "display_name": "Zed"}]}
    response = post_json(client, "/api/v1/directory/sync", payload, **bearer(token))
    assert response.status_code == 200, response.content
    assert response.json()["users"]["created"] == 1
    with schema_context("it"):
        assert User.objects.get(username="zed").display_name == "Zed"
    # Writing implies reading.
    assert client.get("/api/v1/users", **bearer(token)).status_code == 200


@pytest.mark.parametrize("scopes", [[], ["directory:read"], ["directory:write"], ["workflows"]])
def test_app_without_admin_scope_cannot_manage_apps(client_for, make_app, scopes):
    app, token = make_app("it", scopes=scopes)
    client = client_for("it")
    assert_error(client.get("/api/v1/apps", **bearer(token)), 403, "permission_denied")
    assert_error(client.get(f"/api/v1/apps/{app.pk}/tokens", **bearer(token)), 403, "permission_denied")
    response = post_json(client, f"/api/v1/apps/{app.pk}/tokens", {}, **bearer(token))
    assert_error(response, 403, "permission_denied")


@pytest.mark.parametrize("scopes", [[], ["workflows"]])
def test_app_without_directory_scope_cannot_read_the_directory(client_for, make_app, scopes):
    _, token = make_app("it", scopes=scopes)
    assert_error(client_for("it").get("/api/v1/users", **bearer(token)), 403, "permission_denied")


def test_admin_app_can_manage_apps(client_for, make_app):
    _, token = make_app("it", "root-app", scopes=["admin"])
    response = client_for("it").get("/api/v1/apps", **bearer(token))
    assert response.status_code == 200
    assert [a["name"] for a in response.json()] == ["root-app"]


# ---- acting users -------------------------------------------------------------------------------


def set_grants(admin, app, keys: list[str]) -> None:
    response = admin.put(
        f"/api/v1/apps/{app.pk}/grants",
        {"grants": [{"workflow_key": key} for key in keys]},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    assert sorted(g["workflow_key"] for g in response.json()) == sorted(keys)


def acting(token: str, username: str) -> dict[str, str]:
    return {**bearer(token), "HTTP_X_ACTING_USER": username}


def test_acting_without_grant_is_refused(client_for, make_app, make_user):
    make_user("it", "alice")
    _, token = make_app("it")
    response = client_for("it").get("/api/v1/me", **acting(token, "alice"))
    assert_error(response, 403, "acting_not_granted")


def test_acting_with_only_a_workflow_grant_is_refused_here(client_for, login, make_app, make_user):
    make_user("it", "alice")
    app, token = make_app("it")
    set_grants(login("it", "boss", admin=True), app, ["leave"])
    response = client_for("it").get("/api/v1/me", **acting(token, "alice"))
    assert_error(response, 403, "acting_not_granted")


def test_acting_with_all_workflows_grant(client_for, login, make_app, make_user):
    make_user("it", "alice", display_name="Alice A.")
    app, token = make_app("it", "oa")
    set_grants(login("it", "boss", admin=True), app, ["*"])
    client = client_for("it")

    response = client.get("/api/v1/me", **acting(token, "alice"))
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["user"]["username"] == "alice"
    assert body["app"] == "oa"
    # Acting for a non-admin: the person's rights apply even though the app is admin-scoped.
    assert body["is_tenant_admin"] is False
    assert_error(client.get("/api/v1/apps", **acting(token, "alice")), 403, "permission_denied")
    # Acting for the admin: both the app's scope and the person's right hold.
    assert client.get("/api/v1/apps", **acting(token, "boss")).status_code == 200


def test_acting_needs_the_apps_scope_too(client_for, login, make_app):
    app, token = make_app("it", scopes=["directory:read"])
    set_grants(login("it", "boss", admin=True), app, ["*"])
    client = client_for("it")
    assert client.get("/api/v1/users", **acting(token, "boss")).status_code == 200
    response = post_json(client, "/api/v1/users", {"username": "zed"}, **acting(token, "boss"))
    assert_error(response, 403, "permission_denied")


def test_acting_for_unknown_or_inactive_user(client_for, login, make_app, make_user):
    make_user("it", "gone", is_active=False)
    app, token = make_app("it")
    set_grants(login("it", "boss", admin=True), app, ["*"])
    client = client_for("it")
    assert_error(client.get("/api/v1/me", **acting(token, "ghost")), 403, "acting_user_unknown")
    assert_error(client.get("/api/v1/me", **acting(token, "gone")), 403, "acting_user_unknown")


# ---- request signatures -------------------------------------------------------------------------


@pytest.fixture
def signing_app(client_for, login, make_app):
    """An admin-scoped app with a signing secret: (app, token, secret, admin client)."""
    app, token = make_app("it", "signer")
    admin = login("it", "boss", admin=True)
    response = admin.post(f"/api/v1/apps/{app.pk}/signing-secret")
    assert response.status_code == 201, response.content
    secret = response.json()["signing_secret"]
    return app, token, secret, admin


def test_signing_secret_is_shown_once(signing_app):
    from core.secrets import decrypt_secret

    app, _, secret, admin = signing_app
    assert secret.startswith("lfs_")
    response = admin.get(f"/api/v1/apps/{app.pk}")
    assert response.status_code == 200
    assert response.json()["has_signing_secret"] is True
    assert "signing_secret" not in response.json()
    assert secret.encode() not in response.content
    assert secret.encode() not in admin.get("/api/v1/apps").content
    stored = app_row("it", app).signing_secret_encrypted
    assert secret not in stored
    assert decrypt_secret(stored) == secret


def test_good_signature_passes(client_for, signing_app):
    _, token, secret, _ = signing_app
    client = client_for("it")
    path = "/api/v1/users?limit=5"
    response = client.get(path, **bearer(token), **signed(secret, "GET", path))
    assert response.status_code == 200, response.content

    body = json.dumps({"code": "ops", "name": "Ops"}).encode()
    headers = signed(secret, "POST", "/api/v1/departments", body)
    headers["HTTP_X_LOONFLOW_SIGNATURE"] = "v1=" + headers["HTTP_X_LOONFLOW_SIGNATURE"]
    response = client.post(
        "/api/v1/departments", body, content_type="application/json", **bearer(token), **headers
    )
    assert response.status_code == 201, response.content


def test_wrong_signature(client_for, signing_app):
    _, token, secret, _ = signing_app
    client = client_for("it")
    headers = signed("lfs_not-the-secret", "GET", "/api/v1/me")
    assert_error(client.get("/api/v1/me", **bearer(token), **headers), 401, "invalid_signature")

    headers = signed(secret, "GET", "/api/v1/me")
    good = headers["HTTP_X_LOONFLOW_SIGNATURE"]
    headers["HTTP_X_LOONFLOW_SIGNATURE"] = good[:-1] + ("0" if good[-1] != "0" else "1")
    assert_error(client.get("/api/v1/me", **bearer(token), **headers), 401, "invalid_signature")
    headers["HTTP_X_LOONFLOW_SIGNATURE"] = "garbage"
    assert_error(client.get("/api/v1/me", **bearer(token), **headers), 401, "invalid_signature")


def test_signature_covers_query_method_and_body(client_for, signing_app):
    from core.directory.models import Department

    _, token, secret, _ = signing_app
    client = client_for("it")
    # Signed for another query string.
    headers = signed(secret, "GET", "/api/v1/users?limit=5")
    response = client.get("/api/v1/users?limit=50", **bearer(token), **headers)
    assert_error(response, 401, "invalid_signature")
    # Signed for another method.
    headers = signed(secret, "GET", "/api/v1/departments")
    body = json.dumps({"code": "ops", "name": "Ops"}).encode()
    response = client.post(
        "/api/v1/departments", body, content_type="application/json", **bearer(token), **headers
    )
    assert_error(response, 401, "invalid_signature")
    # Signed for another body.
    headers = signed(secret, "POST", "/api/v1/departments", json.dumps({"code": "x", "name": "X"}).encode())
    response = client.post(
        "/api/v1/departments", body, content_type="application/json", **bearer(token), **headers
    )
    assert_error(response, 401, "invalid_signature")
    with schema_context("it"):
        assert not Department.objects.exists()


def test_non_numeric_timestamp_is_invalid_signature(client_for, signing_app):
    _, token, secret, _ = signing_app
    headers = {
        "HTTP_X_LOONFLOW_TIMESTAMP": "yesterday",
        "HTTP_X_LOONFLOW_SIGNATURE": request_signature(
            secret, timestamp="yesterday", method="GET", path="/api/v1/me", body=b""
        ),
    }
    response = client_for("it").get("/api/v1/me", **bearer(token), **headers)
    assert_error(response, 401, "invalid_signature")


@pytest.mark.parametrize("offset", [-1, 1])
def test_timestamp_outside_window_is_signature_expired(client_for, signing_app, offset):
    _, token, secret, _ = signing_app
    window = settings.REQUEST_SIGNATURE_WINDOW_SECONDS
    assert window == 300
    stamp = int(time.time()) + offset * (window + 5)
    headers = signed(secret, "GET", "/api/v1/me", timestamp=stamp)
    response = client_for("it").get("/api/v1/me", **bearer(token), **headers)
    assert_error(response, 401, "signature_expired")


def test_timestamp_inside_window_passes(client_for, signing_app):
    _, token, secret, _ = signing_app
    headers = signed(secret, "GET", "/api/v1/me", timestamp=int(time.time()) - 240)
    assert client_for("it").get("/api/v1/me", **bearer(token), **headers).status_code == 200


def test_replayed_signature_is_refused(client_for, signing_app):
    _, token, secret, _ = signing_app
    client = client_for("it")
    headers = signed(secret, "GET", "/api/v1/me")
    assert client.get("/api/v1/me", **bearer(token), **headers).status_code == 200
    assert_error(client.get("/api/v1/me", **bearer(token), **headers), 401, "signature_replayed")


def test_required_signature(client_for, signing_app):
    app, token, secret, admin = signing_app
    response = admin.patch(
        f"/api/v1/apps/{app.pk}", {"require_signature": True}, content_type="application/json"
    )
    assert response.status_code == 200, response.content
    assert response.json()["require_signature"] is True

    client = client_for("it")
    assert_error(client.get("/api/v1/me", **bearer(token)), 401, "signature_required")
    only_stamp = {"HTTP_X_LOONFLOW_TIMESTAMP": str(int(time.time()))}
    assert_error(client.get("/api/v1/me", **bearer(token), **only_stamp), 401, "signature_required")
    response = client.get("/api/v1/me", **bearer(token), **signed(secret, "GET", "/api/v1/me"))
    assert response.status_code == 200, response.content


def test_requiring_signature_without_secret_is_409(login, make_app):
    app, _ = make_app("it")
    admin = login("it", "boss", admin=True)
    response = admin.patch(
        f"/api/v1/apps/{app.pk}", {"require_signature": True}, content_type="application/json"
    )
    assert_error(response, 409, "no_signing_secret")
    assert app_row("it", app).require_signature is False


def test_signature_without_secret_is_invalid(client_for, make_app):
    _, token = make_app("it")
    headers = signed("lfs_anything", "GET", "/api/v1/me")
    response = client_for("it").get("/api/v1/me", **bearer(token), **headers)
    assert_error(response, 401, "invalid_signature")


def test_rotating_the_secret_retires_the_old_one(client_for, signing_app):
    app, token, old, admin = signing_app
    new = admin.post(f"/api/v1/apps/{app.pk}/signing-secret").json()["signing_secret"]
    assert new != old
    client = client_for("it")
    response = client.get("/api/v1/me", **bearer(token), **signed(old, "GET", "/api/v1/me"))
    assert_error(response, 401, "invalid_signature")
    response = client.get("/api/v1/me", **bearer(token), **signed(new, "GET", "/api/v1/me"))
    assert response.status_code == 200


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
