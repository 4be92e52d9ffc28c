"""Signing in through a real OpenID provider (its own process, tests/oidc_provider/server.py): the
browser's trip is replayed hop by hop — our start endpoint, the provider's authorize, our callback —
and the token exchange, discovery and keys go over real HTTP through the outbound guard."""

from __future__ import annotations

import pytest
from django_tenants.utils import schema_context

from conftest import PASSWORD
from core.access.models import User
from core.audit.models import AuditRecord
from integrations.sso import services
from integrations.sso.models import OidcIdentity
from integrations.sso.tests.factories import TIMEOUT, follow_back, sso_error, through_provider

pytestmark = pytest.mark.django_db


def _me(client):
    return client.get("/api/v1/me")


def test_a_new_person_signs_in_and_lands_in_their_tenant_with_mapped_roles_and_department(corp, client_for):
    client = client_for("it")
    answer = through_provider(client, person="carol")
    assert answer.status_code == 302
    assert answer["Location"] == "/tickets", answer["Location"]
    me = _me(client)
    assert me.status_code == 200
    body = me.json()
    assert body["user"]["username"] == "carol"
    assert body["user"]["email"] == "carol@corp.example"
    assert body["tenant"] == "it"
    assert [d["code"] for d in body["departments"]] == ["eng"]
    assert sorted(r["code"] for r in body["roles"]) == ["approver", "it-staff"]  # "unmapped" maps to none
    with schema_context("it"):
        carol = User.objects.get(username="carol")
        assert not carol.has_usable_password()
        assert OidcIdentity.objects.get(provider=corp, subject="sub-carol").user == carol
        assert AuditRecord.objects.filter(action="auth.sso_login", actor_name="carol").exists()


def test_an_existing_person_is_matched_and_mapping_is_idempotent_and_keeps_hand_given_roles(
    corp, client_for, make_user
):
    from core.directory.models import Role

    with schema_context("it"):
        alice = make_user("it", "alice", email="Alice@corp.example")
        auditor = Role.objects.get(code="auditor")
        it_staff = Role.objects.get(code="it-staff")
        alice.role_memberships.create(role=auditor)  # given by hand: not the provider's to take away
        alice.role_memberships.create(role=it_staff)  # mapped, but her groups no longer grant it
    for _ in range(2):
        client = client_for("it")
        assert through_provider(client, person="alice")["Location"] == "/tickets"
        body = _me(client).json()
        assert body["user"]["id"] == alice.pk
        assert sorted(r["code"] for r in body["roles"]) == ["approver", "auditor"]
        assert [d["code"] for d in body["departments"]] == ["fin"]
    with schema_context("it"):
        assert User.objects.filter(email__iexact="alice@corp.example").count() == 1


def test_create_on_first_login_off_refuses_an_unknown_person(corp, client_for):
    with schema_context("it"):
        services.provider_update(provider=corp, changes={"create_users": False})
    client = client_for("it")
    answer = through_provider(client, person="dave")
    assert sso_error(answer) == "unknown_user"
    assert _me(client).status_code == 401
    with schema_context("it"):
        assert not User.objects.filter(username="dave").exists()


@pytest.mark.parametrize(
    "bend",
    [
        {"nonce": "not-the-nonce-we-sent"},
        {"exp_offset": -3600},  # expired an hour ago (beyond the leeway)
        {"aud": "someone-else"},
        {"iss": "http://127.0.0.1:1"},
        {"alg_none": True},
        {"kid": "a-key-nobody-published"},
        {"iat_offset": 3600},  # issued in the future
    ],
    ids=["wrong-nonce", "expired", "wrong-audience", "wrong-issuer", "alg-none", "unknown-key", "future-iat"],
)
def test_a_bad_id_token_is_refused(corp, client_for, oidc, bend):
    oidc.bend_next_token(**bend)
    client = client_for("it")
    answer = through_provider(client, person="alice")
    assert sso_error(answer) == "invalid_id_token"
    assert _me(client).status_code == 401


def test_keys_rotated_at_the_provider_are_fetched_again(corp, client_for):
    with schema_context("it"):
        corp.jwks = {"keys": []}  # as if the provider had rotated since we cached its keys
        corp.save(update_fields=["jwks"])
    client = client_for("it")
    assert through_provider(client, person="carol")["Location"] == "/tickets"


def test_a_state_is_good_once_and_only_in_the_browser_that_started_it(corp, client_for, oidc):
    import httpx

    client = client_for("it")
    started = client.get("/api/v1/sso/corp/start")
    callback = httpx.get(f"{started['Location']}&login_hint=carol", timeout=TIMEOUT).headers["location"]
    # Another browser (no binding cookie) presenting this callback is refused, and the state is spent.
    assert sso_error(follow_back(client_for("it"), callback)) == "invalid_state"
    assert sso_error(follow_back(client, callback)) == "invalid_state"
    # A successful login's callback replayed later is refused too.
    client = client_for("it")
    started = client.get("/api/v1/sso/corp/start")
    callback = httpx.get(f"{started['Location']}&login_hint=carol", timeout=TIMEOUT).headers["location"]
    assert follow_back(client, callback)["Location"] == "/"
    client.cookies["loonflow_sso"] = started.cookies["loonflow_sso"].value  # even with the cookie back
    assert sso_error(follow_back(client, callback)) == "invalid_state"


def test_a_provider_of_another_tenant_cannot_be_used_on_this_tenants_host(corp, client_for, oidc):
    from conftest import allow_private
    from integrations.sso.tests.factories import provider_fields

    allow_private("hr", ["127.0.0.1/32"])
    with schema_context("hr"):
        hr = services.provider_create(
            **provider_fields(oidc, key="hrcorp", client_id="loonflow-hr", client_secret="client-secret-hr")
        )
        services.provider_discover(provider=hr)
    # Its key means nothing on it's host.
    assert (
        sso_error(through_provider(client_for("it"), person="carol", key="hrcorp")) == "provider_unavailable"
    )
    # A login started on hr's host cannot be finished on it's (state and cookie are hr's).
    import httpx

    browser = client_for("hr")
    started = browser.get("/api/v1/sso/hrcorp/start")
    callback = httpx.get(f"{started['Location']}&login_hint=carol", timeout=TIMEOUT).headers["location"]
    stolen = callback.replace("hr.localhost", "it.localhost")
    it_browser = client_for("it")
    it_browser.cookies["loonflow_sso"] = started.cookies["loonflow_sso"].value
    assert sso_error(follow_back(it_browser, stolen)) == "invalid_state"
    assert _me(it_browser).status_code == 401


def test_passwords_off_refuses_password_login_except_for_break_glass_admins(corp, client_for, make_user):
    make_user("it", "boss", admin=True)
    make_user("it", "erin")
    with schema_context("it"):
        services.settings_set(passwords_enabled=False, break_glass_usernames=["boss"])
    options = client_for("it").get("/api/v1/sso/login-options").json()
    assert options == {
        "passwords_enabled": False,
        "providers": [{"key": "corp", "label": "Corp ID", "start_url": "/api/v1/sso/corp/start"}],
    }
    refused = client_for("it").post(
        "/api/v1/auth/login", {"username": "erin", "password": PASSWORD}, content_type="application/json"
    )
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "password_login_disabled"
    allowed = client_for("it").post(
        "/api/v1/auth/login", {"username": "boss", "password": PASSWORD}, content_type="application/json"
    )
    assert allowed.status_code == 200
    with schema_context("it"):
        assert AuditRecord.objects.filter(action="auth.break_glass_login", actor_name="boss").count() == 1
    # The other tenant's passwords are untouched.
    make_user("hr", "frank")
    assert (
        client_for("hr")
        .post(
            "/api/v1/auth/login", {"username": "frank", "password": PASSWORD}, content_type="application/json"
        )
        .status_code
        == 200
    )


def test_logout_ends_the_session_and_sends_the_browser_to_the_providers_logout(corp, client_for, oidc):
    import httpx

    client = client_for("it")
    through_provider(client, person="carol")
    answer = client.post("/api/v1/sso/logout")
    assert answer.status_code == 200
    target = answer.json()["redirect_to"]
    assert target.startswith(f"{oidc.url}/end_session?id_token_hint=")
    assert _me(client).status_code == 401
    back = httpx.get(target, timeout=TIMEOUT)
    assert back.status_code == 302
    assert back.headers["location"] == "http://it.localhost/login"
    assert oidc.logouts()[-1]["post_logout_redirect_uri"] == "http://it.localhost/login"


def test_logout_after_a_password_login_goes_to_the_login_page(corp, login):
    client = login("it", "grace")
    assert client.post("/api/v1/sso/logout").json() == {"redirect_to": "/login"}
    assert _me(client).status_code == 401
