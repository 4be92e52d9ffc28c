"""Ticket actions over HTTP: create, handle, accept; If-Match; Idempotency-Key; acting apps."""

from __future__ import annotations

import pytest
from django_tenants.utils import schema_context

from conftest import error_of
from engine.tickets.documents import forget_parsed_documents
from engine.tickets.models import FlowLog, Ticket
from engine.workflows.tests.factories import LEAVE, login_client, post_json

pytestmark = pytest.mark.django_db


def test_create_submit_and_approve_over_http(world, client_for):
    alice, lead = login_client(client_for, "alice"), login_client(client_for, "lead")
    created = post_json(
        alice, "/api/v1/tickets", {"workflow_id": world["leave"].pk, "fields": LEAVE, "transition": "submit"}
    )
    assert created.status_code == 201, created.content
    ticket = created.json()
    assert (ticket["state"], ticket["status"]) == ("lead_review", "in_progress")
    assert created["ETag"] == f'"{ticket["row_version"]}"'

    stale = post_json(
        lead, f"/api/v1/tickets/{ticket['id']}/handle", {"transition": "lead_approve"}, HTTP_IF_MATCH='"1"'
    )
    assert stale.status_code == 412
    handled = post_json(
        lead,
        f"/api/v1/tickets/{ticket['id']}/handle",
        {"transition": "lead_approve", "comment": "enjoy"},
        HTTP_IF_MATCH=created["ETag"],
    )
    assert handled.status_code == 200, handled.content
    assert handled.json()["state"] == "hr_review"
    again = post_json(lead, f"/api/v1/tickets/{ticket['id']}/handle", {"transition": "lead_approve"})
    assert again.status_code == 409
    assert error_of(again)["code"] == "not_a_handler"

    carol = login_client(client_for, "carol")
    assert post_json(carol, f"/api/v1/tickets/{ticket['id']}/accept", {}).json()["row_version"] > 0
    done = post_json(carol, f"/api/v1/tickets/{ticket['id']}/handle", {"transition": "hr_approve"})
    assert done.json()["status"] == "finished"


def test_bad_input_is_4xx_and_writes_nothing(world, client_for):
    alice = login_client(client_for, "alice")
    cases = [
        ({"workflow_id": world["leave"].pk, "fields": {**LEAVE, "days": "x"}, "transition": "submit"}, 422),
        ({"workflow_id": world["leave"].pk, "fields": LEAVE, "transition": "no-such"}, 422),
        ({"workflow_id": world["leave"].pk, "fields": LEAVE, "transition": "lead_approve"}, 409),
        ({"workflow_id": 999999, "fields": LEAVE}, 404),
        ({"fields": LEAVE}, 422),
        ({"workflow_id": world["leave"].pk, "fields": "not an object"}, 422),
    ]
    for body, status in cases:
        response = post_json(alice, "/api/v1/tickets", body)
        assert response.status_code == status, (body, response.content)
        error_of(response)
    malformed = alice.post("/api/v1/tickets", b"{nope", content_type="application/json")
    assert malformed.status_code == 400
    with schema_context("it"):
        assert Ticket.objects.count() == 0
        assert FlowLog.objects.count() == 0


def test_idempotency_key_replays_the_first_answer_and_writes_nothing(world, client_for):
    alice = login_client(client_for, "alice")
    body = {"workflow_id": world["leave"].pk, "fields": LEAVE, "transition": "submit"}
    first = post_json(alice, "/api/v1/tickets", body, HTTP_IDEMPOTENCY_KEY="create-1")
    second = post_json(alice, "/api/v1/tickets", body, HTTP_IDEMPOTENCY_KEY="create-1")
    assert first.status_code == second.status_code == 201
    assert second.content == first.content
    assert second["Idempotent-Replay"] == "true"
    with schema_context("it"):
        assert Ticket.objects.count() == 1
        assert FlowLog.objects.count() == 2

    reused = post_json(
        alice, "/api/v1/tickets", {**body, "comment": "different"}, HTTP_IDEMPOTENCY_KEY="create-1"
    )
    assert reused.status_code == 422
    assert error_of(reused)["code"] == "idempotency_key_reused"

    # Keys are per caller: the same key from someone else is a different request.
    bob = login_client(client_for, "bob")
    assert post_json(bob, "/api/v1/tickets", body, HTTP_IDEMPOTENCY_KEY="create-1").status_code == 201
    bad_key = post_json(alice, "/api/v1/tickets", body, HTTP_IDEMPOTENCY_KEY="has space")
    assert bad_key.status_code == 400


def test_failed_answers_replay_too_and_5xx_are_not_kept(world, client_for):
    alice = login_client(client_for, "alice")
    body = {"workflow_id": world["leave"].pk, "fields": {**LEAVE, "days": "x"}, "transition": "submit"}
    first = post_json(alice, "/api/v1/tickets", body, HTTP_IDEMPOTENCY_KEY="bad-1")
    second = post_json(alice, "/api/v1/tickets", body, HTTP_IDEMPOTENCY_KEY="bad-1")
    assert first.status_code == second.status_code == 422
    assert second.content == first.content


def test_an_app_acts_for_a_user_only_with_a_grant(world, client_for, make_app):
    app, token = make_app("it", scopes=["workflows"])
    client = client_for("it", HTTP_AUTHORIZATION=f"Bearer {token}")
    body = {"workflow_id": world["leave"].pk, "fields": LEAVE, "transition": "submit"}
    no_person = post_json(client, "/api/v1/tickets", body)
    assert no_person.status_code == 403
    not_granted = post_json(client, "/api/v1/tickets", body, HTTP_X_ACTING_USER="alice")
    assert error_of(not_granted)["code"] == "acting_not_granted"
    with schema_context("it"):
        from core.access.models import AppGrant

        AppGrant.objects.create(app=app, workflow_key="*")
    created = post_json(client, "/api/v1/tickets", body, HTTP_X_ACTING_USER="alice")
    assert created.status_code == 201, created.content
    with schema_context("it"):
        log = FlowLog.objects.get(ticket_id=created.json()["id"], action="create")
        assert log.actor is not None
        assert (log.actor.username, log.via_app) == ("alice", "hr-system")


def test_a_workflow_grant_covers_that_workflow_only(world, client_for, make_app):
    app, token = make_app("it", name="leave-bot", scopes=["workflows"])
    with schema_context("it"):
        from core.access.models import AppGrant

        AppGrant.objects.create(app=app, workflow_key="leave")
    bot = client_for("it", HTTP_AUTHORIZATION=f"Bearer {token}")
    leave = {"workflow_id": world["leave"].pk, "fields": LEAVE, "transition": "submit"}
    created = post_json(bot, "/api/v1/tickets", leave, HTTP_X_ACTING_USER="alice")
    assert created.status_code == 201, created.content
    handled = post_json(
        bot,
        f"/api/v1/tickets/{created.json()['id']}/handle",
        {"transition": "lead_approve"},
        HTTP_X_ACTING_USER="lead",
    )
    assert handled.status_code == 200, handled.content

    access = {"system": "gitlab", "access_level": "read", "justification": "Reading the code"}
    other = post_json(
        bot,
        "/api/v1/tickets",
        {"workflow_id": world["it-permission"].pk, "fields": access, "transition": "submit"},
        HTTP_X_ACTING_USER="alice",
    )
    assert other.status_code == 403
    assert error_of(other)["code"] == "acting_not_granted"
    # Endpoints that are not about one workflow still need an all-workflows grant.
    me = bot.get("/api/v1/me", HTTP_X_ACTING_USER="alice")
    assert me.status_code == 403
    with schema_context("it"):
        assert Ticket.objects.count() == 1


def test_submit_limit_is_429(world, client_for):
    with schema_context("it"):
        from engine.workflows.models import WorkflowVersion

        version = WorkflowVersion.objects.get(workflow=world["leave"], status="published")
        WorkflowVersion.objects.filter(pk=version.pk).update(
            document={**version.document, "submit_limit": {"count": 1, "period_seconds": 3600}}
        )
        # Published documents are cached per process; this test rewrites one behind the cache's back.

        forget_parsed_documents()
    alice = login_client(client_for, "alice")
    body = {"workflow_id": world["leave"].pk, "fields": LEAVE, "transition": "submit"}
    assert post_json(alice, "/api/v1/tickets", body).status_code == 201
    limited = post_json(alice, "/api/v1/tickets", body)
    assert limited.status_code == 429
    assert error_of(limited)["code"] == "submit_limit"
    with schema_context("it"):
        assert Ticket.objects.count() == 1
