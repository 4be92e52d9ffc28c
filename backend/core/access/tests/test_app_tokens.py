"""App tokens: bearer authentication (revoked, expired, disabled, forged), how tokens are stored
and issued, and what an app's scopes let it do."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.utils import timezone
from django_tenants.utils import schema_context

from core.access.tests.factories import bearer, post_json, token_row
from core.secrets import sha256_hex
from core.tests.factories import assert_error

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
