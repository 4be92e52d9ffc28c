"""People's own tokens: made from a session and shown once, stored hashed, acting only as their
person with no more than their scopes, refused once revoked, expired or their person is gone, held
to a per-person limit under concurrency, and visible and revocable by tenant admins."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import Any

import pytest
from django.db import connection
from django.utils import timezone
from django_tenants.utils import schema_context

from conftest import PASSWORD
from core.access.models import PersonalToken, User
from core.access.tests.factories import bearer, post_json
from core.audit.models import AuditRecord
from core.secrets import sha256_hex
from core.tests.factories import assert_error
from engine.tickets.models import FlowLog, Ticket
from engine.workflows.tests.factories import LEAVE, seed_samples


def _issue(client: Any, scopes: list[str] | None = None, **body: Any) -> Any:
    return post_json(
        client, "/api/v1/me/tokens", {"name": "my agent", "scopes": scopes or ["workflows"], **body}
    )


def _token_for(login: Any, username: str = "alice", *, admin: bool = False, **body: Any) -> tuple[Any, str]:
    """A signed-in client of `it` and a fresh token of its person."""
    client = login("it", username, admin=admin)
    response = _issue(client, **body)
    assert response.status_code == 201, response.content
    return client, response.json()["token"]


def test_a_token_is_shown_once_and_stored_hashed(login):
    client = login("it", "alice")
    response = _issue(client, expires_in_days=30)
    assert response.status_code == 201, response.content
    body = response.json()
    token = body["token"]
    assert token.startswith(f"lfp_{body['prefix']}_")
    assert body["scopes"] == ["workflows"]
    lifetime = datetime.fromisoformat(body["expires_at"]) - timezone.now()
    assert timedelta(days=29) < lifetime <= timedelta(days=30)
    with schema_context("it"):
        row = PersonalToken.objects.get(pk=body["id"])
        assert row.token_hash == sha256_hex(token)
        assert token not in str(PersonalToken.objects.filter(pk=row.pk).values().first())
    [listed] = client.get("/api/v1/me/tokens").json()
    assert "token" not in listed
    assert listed["prefix"] == body["prefix"]


def test_a_token_acts_as_its_person_and_no_one_else(login, client_for):
    _, token = _token_for(login, "alice")
    caller = client_for("it")
    me = caller.get("/api/v1/me", **bearer(token))
    assert me.status_code == 200, me.content
    assert me.json()["user"]["username"] == "alice"
    assert me.json()["app"] is None
    # It names no one else: the acting header an app uses is refused, not ignored.
    login("it", "boss", admin=True)
    response = caller.get("/api/v1/me", **bearer(token), HTTP_X_ACTING_USER="boss")
    assert_error(response, 403, "acting_not_granted")
    # It is no session: no CSRF token is asked for, and nothing about the person changes through it.
    assert_error(
        post_json(
            caller,
            "/api/v1/me/password",
            {"current_password": PASSWORD, "new_password": "x" * 20},
            **bearer(token),
        ),
        403,
        "person_required",
    )


def test_a_token_mints_lists_and_revokes_no_tokens(login, client_for):
    _, token = _token_for(login, "alice")
    caller = client_for("it")
    minted = post_json(
        caller, "/api/v1/me/tokens", {"name": "more", "scopes": ["workflows"]}, **bearer(token)
    )
    assert_error(minted, 403, "person_required")
    assert_error(caller.get("/api/v1/me/tokens", **bearer(token)), 403, "person_required")


def test_scopes_bound_the_person_and_the_person_bounds_the_scopes(login, client_for):
    # An admin's token with only `workflows` cannot administer; with `admin` it can.
    _, narrow = _token_for(login, "boss", admin=True, scopes=["workflows"])
    caller = client_for("it")
    assert_error(caller.get("/api/v1/apps", **bearer(narrow)), 403, "permission_denied")
    assert_error(
        post_json(caller, "/api/v1/users", {"username": "zed"}, **bearer(narrow)), 403, "permission_denied"
    )
    admin_client = client_for("it")
    admin_client.post(
        "/api/v1/auth/login", {"username": "boss", "password": PASSWORD}, content_type="application/json"
    )
    wide = _issue(admin_client, ["admin"]).json()["token"]
    assert caller.get("/api/v1/apps", **bearer(wide)).status_code == 200
    assert post_json(caller, "/api/v1/users", {"username": "zed"}, **bearer(wide)).status_code == 201
    # A person who is no admin cannot ask for scopes their token could never use.
    alice = login("it", "alice")
    for scopes in (["admin"], ["workflows", "directory:write"]):
        response = _issue(alice, scopes)
        assert_error(response, 422, "validation_failed")
    with schema_context("it"):
        assert not PersonalToken.objects.filter(user__username="alice").exists()
    # A directory-only token reads the directory and does no ticket work.
    directory_only = _issue(alice, ["directory:read"]).json()["token"]
    assert caller.get("/api/v1/users", **bearer(directory_only)).status_code == 200
    assert_error(caller.get("/api/v1/inbox", **bearer(directory_only)), 403, "person_required")


@pytest.mark.parametrize(
    "body",
    [
        {"name": "", "scopes": ["workflows"]},
        {"name": "x", "scopes": []},
        {"name": "x", "scopes": ["root"]},
        {"name": "x", "scopes": ["workflows"], "expires_in_days": 0},
        {"name": "x", "scopes": ["workflows"], "expires_in_days": 367},
        {"name": "x" * 101, "scopes": ["workflows"]},
        {"name": "a\x00b", "scopes": ["workflows"]},
        {"scopes": ["workflows"]},
    ],
)
def test_bad_requests_are_refused_and_make_nothing(login, body):
    response = post_json(login("it", "alice"), "/api/v1/me/tokens", body)
    assert 400 <= response.status_code < 500, response.content
    with schema_context("it"):
        assert PersonalToken.objects.count() == 0


def test_revoked_expired_and_departed_tokens_stop_working(login, client_for):
    client, token = _token_for(login, "alice")
    caller = client_for("it")
    assert caller.get("/api/v1/me", **bearer(token)).status_code == 200
    with schema_context("it"):
        row = PersonalToken.objects.get()
        assert row.last_used_at is not None  # the admin's list shows when it was last used

    # Expired.
    with schema_context("it"):
        PersonalToken.objects.filter(pk=row.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert_error(caller.get("/api/v1/me", **bearer(token)), 401, "token_expired")
    with schema_context("it"):
        PersonalToken.objects.filter(pk=row.pk).update(expires_at=timezone.now() + timedelta(days=1))

    # Its person deactivated (left the company, or the directory feed said so).
    with schema_context("it"):
        User.objects.filter(username="alice").update(is_active=False)
    assert_error(caller.get("/api/v1/me", **bearer(token)), 401, "invalid_token")
    with schema_context("it"):
        User.objects.filter(username="alice").update(is_active=True)
    assert caller.get("/api/v1/me", **bearer(token)).status_code == 200

    # Revoked by its person: at once, and twice is the same as once.
    first = client.delete(f"/api/v1/me/tokens/{row.pk}")
    assert first.status_code == 200
    assert first.json()["revoked_at"]
    assert client.delete(f"/api/v1/me/tokens/{row.pk}").json()["revoked_at"] == first.json()["revoked_at"]
    assert_error(caller.get("/api/v1/me", **bearer(token)), 401, "token_revoked")


def test_a_forged_secret_and_another_tenants_host_are_refused(login, client_for):
    _, token = _token_for(login, "alice")
    forged = token[: len("lfp_") + 12] + "_" + "A" * 43
    assert_error(client_for("it").get("/api/v1/me", **bearer(forged)), 401, "invalid_token")
    assert_error(client_for("hr").get("/api/v1/me", **bearer(token)), 401, "invalid_token")
    for malformed in ("lfp_short_x", "lfp_abcdefabcdef_", "lfp_abcdefabcdef"):
        assert_error(client_for("it").get("/api/v1/me", **bearer(malformed)), 401, "invalid_token")


def test_one_persons_tokens_are_theirs_alone(login):
    _token_for(login, "alice")
    bob = login("it", "bob")
    with schema_context("it"):
        alices = PersonalToken.objects.get(user__username="alice")
    assert bob.get("/api/v1/me/tokens").json() == []
    assert_error(bob.delete(f"/api/v1/me/tokens/{alices.pk}"), 404, "not_found")
    with schema_context("it"):
        assert PersonalToken.objects.get(pk=alices.pk).revoked_at is None


def test_tenant_admins_see_and_revoke_everyones_tokens_with_an_audit_trail(login, client_for):
    _, token = _token_for(login, "alice")
    boss = login("it", "boss", admin=True)
    listed = boss.get("/api/v1/personal-tokens?username=alice&live=true").json()
    assert [(row["username"], row["name"]) for row in listed] == [("alice", "my agent")]
    assert "token" not in listed[0]
    assert_error(login("it", "bob").get("/api/v1/personal-tokens"), 403, "permission_denied")
    revoked = boss.delete(f"/api/v1/personal-tokens/{listed[0]['id']}")
    assert revoked.status_code == 200, revoked.content
    assert_error(client_for("it").get("/api/v1/me", **bearer(token)), 401, "token_revoked")
    assert boss.get("/api/v1/personal-tokens?live=true").json() == []
    with schema_context("it"):
        trail = AuditRecord.objects.filter(action__startswith="personal_token.").order_by("id")
        assert [(row.action, row.actor_name) for row in trail] == [
            ("personal_token.issue", "alice"),
            ("personal_token.revoke", "boss"),
        ]


def test_a_ticket_filed_through_a_token_is_the_persons_and_names_the_token(login, client_for):
    with schema_context("it"):
        workflows = seed_samples()
        alice = User.objects.get(username="alice")
        alice.set_password(PASSWORD)
        alice.save()
    client = client_for("it")
    client.post(
        "/api/v1/auth/login", {"username": "alice", "password": PASSWORD}, content_type="application/json"
    )
    token = _issue(client, ["workflows"], name="assistant").json()["token"]
    caller = client_for("it")
    body = {"workflow_id": workflows["leave"].pk, "fields": LEAVE, "transition": "submit"}
    created = post_json(caller, "/api/v1/tickets", body, **bearer(token))
    assert created.status_code == 201, created.content
    with schema_context("it"):
        ticket = Ticket.objects.get(pk=created.json()["id"])
        assert ticket.creator.username == "alice"
        log = FlowLog.objects.filter(ticket=ticket).order_by("id").first()
        assert log is not None
        assert log.actor is not None
        assert (log.actor.username, log.via_app) == ("alice", "token:assistant")
    mine = caller.get("/api/v1/tickets?view=created", **bearer(token))
    assert mine.status_code == 200
    assert [row["id"] for row in mine.json()["items"]] == [ticket.pk]


def test_parallel_requests_cannot_pass_the_limit(django_db_setup, django_db_blocker):
    """25 tokens asked for at once by one person who holds 18: two are made, the rest refused. No
    `django_db` mark: each thread has its own connection, so the rows are committed and the test
    cleans up after itself (through the service, not the endpoint, whose audit rows would stay)."""
    from core.access.services import personal_token_issue
    from core.directory.services import user_create
    from core.errors import LimitExceeded

    with django_db_blocker.unblock(), schema_context("it"):
        user = user_create(username="hoarder", password=PASSWORD)
        PersonalToken.objects.bulk_create(
            PersonalToken(
                user=user,
                name=f"t{n}",
                prefix=f"pre{n:09d}",
                token_hash="0" * 64,
                scopes=["workflows"],
                expires_at=timezone.now() + timedelta(days=1),
            )
            for n in range(PersonalToken.MAX_LIVE_PER_PERSON - 2)
        )
        connection.close()

        def attempt(index: int) -> str:
            try:
                with schema_context("it"):
                    personal_token_issue(user=user, name=f"new {index}", scopes=["workflows"])
                return "made"
            except LimitExceeded as exc:
                return exc.code
            finally:
                connection.close()

        try:
            with ThreadPoolExecutor(max_workers=10) as pool:
                outcomes = sorted(pool.map(attempt, range(25)))
            assert outcomes == ["made"] * 2 + ["quota_exceeded"] * 23
            assert PersonalToken.objects.filter(user=user).count() == PersonalToken.MAX_LIVE_PER_PERSON
        finally:
            User.objects.filter(pk=user.pk).delete()
