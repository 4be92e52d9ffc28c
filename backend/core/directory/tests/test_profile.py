"""A person's own profile: PATCH /me (name, e-mail, language), the password rules stated up front,
POST /me/password (current password first, the validators' messages on the field, throttled like
login, this session kept, others ended, audited without the password), and who may not (apps)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django_tenants.utils import schema_context

from conftest import PASSWORD
from core.access.auth import SESSION_TENANT_KEY
from core.access.models import User
from core.audit.models import AuditRecord
from core.tests.factories import assert_error, send

pytestmark = pytest.mark.django_db

ME = "/api/v1/me"
PASSWORD_URL = "/api/v1/me/password"
NEW = "a-much-longer-secret-42"


@pytest.fixture
def alice(login: Any) -> Any:
    return login("it", "alice", display_name="Alice", email="alice@corp.example")


def _change(client: Any, current: str = PASSWORD, new: str = NEW, **extra: Any) -> Any:
    return send(client, "post", PASSWORD_URL, {"current_password": current, "new_password": new}, **extra)


def _log_in(client_for: Any, password: str, username: str = "alice") -> Any:
    return send(client_for("it"), "post", "/api/v1/auth/login", {"username": username, "password": password})


def _records(action: str) -> list[AuditRecord]:
    with schema_context("it"):
        return list(AuditRecord.objects.filter(action=action).order_by("id"))


# ---- the profile ----------------------------------------------------------------------------------


def test_me_tells_my_language_and_contact_details(alice):
    user = alice.get(ME).json()["user"]
    assert (user["display_name"], user["email"], user["language"]) == ("Alice", "alice@corp.example", "")


def test_patch_me_changes_name_email_and_language_and_is_audited(alice):
    response = send(alice, "patch", ME, {"display_name": "  Alice Wang ", "email": "aw@corp.example"})
    assert response.status_code == 200, response.content
    assert response.json()["user"]["display_name"] == "Alice Wang"
    response = send(alice, "patch", ME, {"language": "zh-hans"})
    user = response.json()["user"]
    assert (user["display_name"], user["email"], user["language"]) == (
        "Alice Wang",
        "aw@corp.example",
        "zh-hans",
    )
    first, second = _records("user.profile_update")
    assert first.actor_name == "alice"
    assert first.target_type == "user"
    assert first.target_label == "alice"
    assert first.before == {"display_name": "Alice", "email": "alice@corp.example"}
    assert first.after == {"display_name": "Alice Wang", "email": "aw@corp.example"}
    assert (second.before, second.after) == ({"language": ""}, {"language": "zh-hans"})
    # Back to "not chosen", and the e-mail address cleared.
    user = send(alice, "patch", ME, {"language": "", "email": ""}).json()["user"]
    assert (user["language"], user["email"]) == ("", "")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"language": "fr"}, "language"),
        ({"language": 1}, "language"),
        ({"email": "not-an-address"}, "email"),
        ({"display_name": "x" * 151}, "display_name"),
        ({"display_name": "x" * 1_000_000}, "display_name"),
    ],
)
def test_patch_me_refuses_bad_values_and_changes_nothing(alice, body, field):
    response = send(alice, "patch", ME, body)
    error = assert_error(response, 422, "validation_failed")
    assert field in json.dumps(error["details"])
    assert alice.get(ME).json()["user"]["display_name"] == "Alice"
    assert _records("user.profile_update") == []


def test_patch_me_ignores_what_only_admins_change(alice):
    response = send(alice, "patch", ME, {"is_tenant_admin": True, "username": "root", "display_name": "A"})
    assert response.status_code == 200, response.content
    me = alice.get(ME).json()
    assert (me["is_tenant_admin"], me["user"]["username"]) == (False, "alice")


def test_nul_bytes_are_refused_at_the_edge(alice):
    response = send(alice, "patch", ME, '{"display_name": "A\\u0000B"}')
    assert response.status_code == 422
    response = _change(alice, current="x\x00y")
    assert response.status_code == 422
    assert alice.get(ME).json()["user"]["display_name"] == "Alice"


def test_signed_out_is_401(client_for):
    assert send(client_for("it"), "patch", ME, {"display_name": "x"}).status_code == 401
    assert _change(client_for("it")).status_code == 401


def test_apps_have_no_profile_and_no_password(make_app, make_user, client_for):
    make_user("it", "alice")
    _app, token = make_app("it", scopes=["admin"])
    bearer = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    app = client_for("it", **bearer)
    assert_error(send(app, "patch", ME, {"display_name": "Bot"}), 403, "person_required")
    assert_error(_change(app), 403, "person_required")
    # Acting for a person does not make the app that person.
    with schema_context("it"):
        from core.access.models import AppGrant

        AppGrant.objects.create(app=_app, workflow_key=AppGrant.ALL_WORKFLOWS, can_act_as_user=True)
    acting = client_for("it", HTTP_X_ACTING_USER="alice", **bearer)
    assert_error(send(acting, "patch", ME, {"display_name": "Bot"}), 403, "person_required")
    assert_error(_change(acting), 403, "person_required")
    with schema_context("it"):
        assert User.objects.get(username="alice").check_password(PASSWORD)  # unchanged
    assert _records("user.password_change") == []


# ---- the password rules ---------------------------------------------------------------------------


def test_password_rules_come_from_the_settings(client_for, settings):
    rules = client_for("it").get("/api/v1/auth/password-rules").json()
    assert rules["min_length"] == 8
    assert rules["max_length"] == 128
    assert rules["rules"][0]["code"] == "min_length"
    assert rules["rules"][0]["value"] == 8
    assert "8" in rules["rules"][0]["text"]
    settings.AUTH_PASSWORD_VALIDATORS = [
        {
            "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
            "OPTIONS": {"min_length": 12},
        },
        {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    ]
    # (Django's test signals forget the cached validators when the setting changes.)
    rules = client_for("it").get("/api/v1/auth/password-rules").json()
    assert rules["min_length"] == 12
    assert [rule["code"] for rule in rules["rules"]] == ["min_length", "not_numeric"]
    assert rules["rules"][1]["value"] is None


# ---- changing the password ------------------------------------------------------------------------


def test_change_password_keeps_this_session(alice, client_for):
    response = _change(alice)
    assert response.status_code == 204, response.content
    assert alice.get(ME).status_code == 200  # still signed in here
    assert _log_in(client_for, PASSWORD).status_code == 401
    assert _log_in(client_for, NEW).status_code == 200
    (record,) = _records("user.password_change")
    assert (record.actor_name, record.target_type, record.target_label) == ("alice", "user", "alice")
    assert record.after == {"secret_rotated": True}
    written = json.dumps([record.before, record.after])
    assert PASSWORD not in written
    assert NEW not in written


def test_another_session_ends_when_the_password_changes(login, client_for):
    first = login("it", "alice")
    second = client_for("it")
    assert _log_in_with(second, PASSWORD).status_code == 200
    assert second.get(ME).status_code == 200
    assert _change(first).status_code == 204
    assert second.get(ME).status_code == 401
    assert first.get(ME).status_code == 200


def _log_in_with(client: Any, password: str) -> Any:
    return send(client, "post", "/api/v1/auth/login", {"username": "alice", "password": password})


def test_wrong_current_password_is_on_its_field(alice, client_for):
    error = assert_error(_change(alice, current="not-my-password"), 422, "wrong_password")
    assert [problem["field"] for problem in error["details"]] == ["current_password"]
    assert _log_in(client_for, PASSWORD).status_code == 200
    assert _records("user.password_change") == []


@pytest.mark.parametrize("weak", ["short", "1234567", ""])
def test_weak_password_gets_the_validators_messages(alice, client_for, weak):
    response = _change(alice, new=weak)
    assert response.status_code == 422, response.content
    details = response.json()["error"]["details"]
    assert details
    assert all(problem["loc"][-1] == "new_password" for problem in details), details
    assert _log_in(client_for, PASSWORD).status_code == 200


def test_weak_password_message_states_the_rule(alice):
    error = assert_error(_change(alice, new="short"), 422, "validation_failed")
    (problem,) = error["details"]
    assert problem["field"] == "new_password"
    assert "8" in problem["message"]


def test_huge_passwords_are_refused_before_hashing(alice, client_for):
    response = _change(alice, new="x" * 129)
    assert response.status_code == 422
    response = _change(alice, current="x" * 1_000_000)
    assert response.status_code in (413, 422)
    assert _log_in(client_for, PASSWORD).status_code == 200


def test_wrong_current_passwords_are_throttled_like_login(alice, client_for):
    for _ in range(5):  # the fifth failure locks the pair for a moment
        assert _change(alice, current="guess-again").status_code == 422
    response = _change(alice)
    assert_error(response, 429, "too_many_attempts")
    assert int(response["Retry-After"]) >= 1
    # The lock is the login's too: the same guesses count there.
    assert _log_in(client_for, PASSWORD).status_code == 429


def test_people_without_a_local_password_are_told_so(make_user, client_for):
    user = make_user("it", "sso-person")
    with schema_context("it"):
        user.set_unusable_password()
        user.save()
        client = client_for("it")
        client.force_login(user)
        session = client.session
        session[SESSION_TENANT_KEY] = "it"
        session.save()
    assert client.get(ME).status_code == 200
    error = assert_error(_change(client, current="anything"), 409, "no_local_password")
    assert "sign in another way" in error["message"]
