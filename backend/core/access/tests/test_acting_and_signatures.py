"""Apps acting for people (X-Acting-User and grants) and signed requests (signing secrets,
timestamps, replays, required signatures)."""

from __future__ import annotations

import json
import time

import pytest
from django.conf import settings
from django_tenants.utils import schema_context

from core.access.tests.factories import acting, app_row, bearer, post_json, set_grants, signed
from core.secrets import request_signature
from core.tests.factories import assert_error

# ---- acting users -------------------------------------------------------------------------------


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
