"""The admin's endpoints: providers (the client secret is write-only), discovery on demand and its
outcome, the password policy's rules, and the public login options."""

from __future__ import annotations

import pytest
from django_tenants.utils import schema_context

from conftest import allow_private, error_of
from core.audit.models import AuditRecord
from integrations.sso.models import OidcProvider
from integrations.sso.tests.factories import SECRET, provider_fields

pytestmark = pytest.mark.django_db


def test_an_admin_adds_a_provider_whose_secret_is_stored_encrypted_and_never_returned(login, oidc):
    allow_private("it", ["127.0.0.1/32"])
    admin = login("it", "boss", admin=True)
    created = admin.post("/api/v1/sso/providers", provider_fields(oidc), content_type="application/json")
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["has_client_secret"] is True
    assert "client_secret" not in body
    assert SECRET not in created.content.decode()
    assert body["discovery_status"] == "pending"
    assert body["redirect_path"] == "/api/v1/sso/callback"
    with schema_context("it"):
        row = OidcProvider.objects.get(pk=body["id"])
        assert row.client_secret_encrypted
        assert SECRET not in row.client_secret_encrypted
        assert AuditRecord.objects.filter(action="sso.provider.create").exists()
    # Discovery on demand: the admin sees that it worked, and whether logout is offered.
    found = admin.post(f"/api/v1/sso/providers/{body['id']}/discover").json()
    assert found["discovery_status"] == "ok"
    assert found["end_session_supported"] is True
    listed = admin.get("/api/v1/sso/providers").json()
    assert [p["key"] for p in listed] == ["corp"]
    assert SECRET not in str(listed)
    # Disabled: gone from the login page.
    admin.patch(f"/api/v1/sso/providers/{body['id']}", {"is_enabled": False}, content_type="application/json")
    assert admin.get("/api/v1/sso/login-options").json()["providers"] == []


def test_a_failed_discovery_is_shown_to_the_admin(login, oidc):
    allow_private("it", ["127.0.0.1/32"])
    admin = login("it", "boss", admin=True)
    wrong = provider_fields(oidc, issuer=f"{oidc.url}/no-such-realm")
    provider = admin.post("/api/v1/sso/providers", wrong, content_type="application/json").json()
    found = admin.post(f"/api/v1/sso/providers/{provider['id']}/discover").json()
    assert found["discovery_status"] == "failed"
    assert "404" in found["discovery_error"]
    # Its login button leads back to the login page with a reason, not to an error page.
    started = admin.get("/api/v1/sso/corp/start")
    assert started.status_code == 302
    assert started["Location"] == "/login?sso_error=provider_unavailable"


def test_an_issuer_on_a_private_address_is_refused_unless_the_platform_admin_opened_it(login, oidc):
    admin = login("it", "boss", admin=True)
    refused = admin.post("/api/v1/sso/providers", provider_fields(oidc), content_type="application/json")
    assert refused.status_code == 422
    assert error_of(refused)["details"][0]["field"] == "issuer"


def test_only_tenant_admins_manage_providers(login, oidc):
    person = login("it", "erin")
    assert person.get("/api/v1/sso/providers").status_code == 403
    assert (
        person.post(
            "/api/v1/sso/providers", provider_fields(oidc), content_type="application/json"
        ).status_code
        == 403
    )
    assert (
        person.put(
            "/api/v1/sso/settings", {"passwords_enabled": True}, content_type="application/json"
        ).status_code
        == 403
    )


def test_passwords_cannot_be_turned_off_without_a_provider_and_a_break_glass_admin(corp, login, make_user):
    admin = login("it", "boss", admin=True)
    make_user("it", "erin")
    nobody = admin.put("/api/v1/sso/settings", {"passwords_enabled": False}, content_type="application/json")
    assert nobody.status_code == 422
    assert error_of(nobody)["details"][0]["field"] == "break_glass_usernames"
    not_admin = admin.put(
        "/api/v1/sso/settings",
        {"passwords_enabled": False, "break_glass_usernames": ["erin"]},
        content_type="application/json",
    )
    assert error_of(not_admin)["details"][0]["field"] == "break_glass_usernames.0"
    with schema_context("it"):
        OidcProvider.objects.update(is_enabled=False)
    no_provider = admin.put(
        "/api/v1/sso/settings",
        {"passwords_enabled": False, "break_glass_usernames": ["boss"]},
        content_type="application/json",
    )
    assert [p["field"] for p in error_of(no_provider)["details"]] == ["passwords_enabled"]
    with schema_context("it"):
        OidcProvider.objects.update(is_enabled=True)
    turned_off = admin.put(
        "/api/v1/sso/settings",
        {"passwords_enabled": False, "break_glass_usernames": ["boss"]},
        content_type="application/json",
    )
    assert turned_off.status_code == 200
    assert turned_off.json()["passwords_enabled"] is False
    with schema_context("it"):
        record = AuditRecord.objects.filter(action="sso.settings.update").latest("id")
        assert (record.after or {})["passwords_enabled"] is False


def test_the_login_options_are_public_and_a_start_for_an_unknown_provider_goes_back_to_login(
    corp, client_for
):
    anonymous = client_for("it")
    options = anonymous.get("/api/v1/sso/login-options")
    assert options.status_code == 200
    assert options.json()["passwords_enabled"] is True
    assert [p["label"] for p in options.json()["providers"]] == ["Corp ID"]
    unknown = anonymous.get("/api/v1/sso/nope/start")
    assert unknown.status_code == 302
    assert unknown["Location"] == "/login?sso_error=provider_unavailable"
    evil_next = anonymous.get("/api/v1/sso/corp/start", {"next": "//evil.example/"})
    assert evil_next.status_code == 302  # an off-site `next` is replaced by "/" (checked at the callback)
    garbage = anonymous.get("/api/v1/sso/callback", {"state": "x", "code": "y"})
    assert garbage["Location"] == "/login?sso_error=invalid_state"
