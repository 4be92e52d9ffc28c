"""Deliver, consult and reply, withdraw and resubmit, close, force a state, comment, update fields."""

from __future__ import annotations

import pytest
from django_tenants.utils import schema_context

from conftest import error_of
from engine.tickets.models import FlowLog, Ticket, TicketHandler
from engine.workflows.tests.factories import LEAVE, login_client, post_json

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(world, client_for):
    alice = login_client(client_for, "alice")
    ticket = post_json(
        alice, "/api/v1/tickets", {"workflow_id": world["leave"].pk, "fields": LEAVE, "transition": "submit"}
    )
    assert ticket.status_code == 201
    return ticket.json()["id"], alice


def _handlers(ticket_id):
    with schema_context("it"):
        return sorted(TicketHandler.objects.filter(ticket_id=ticket_id).values_list("user__username", "kind"))


def _actions(ticket_id):
    with schema_context("it"):
        return list(FlowLog.objects.filter(ticket_id=ticket_id).values_list("action", flat=True))


def test_deliver_passes_the_turn(submitted, client_for):
    ticket_id, _alice = submitted
    lead = login_client(client_for, "lead")
    assert (
        post_json(lead, f"/api/v1/tickets/{ticket_id}/deliver", {"to": "bob", "comment": "yours"}).status_code
        == 200
    )
    assert _handlers(ticket_id) == [("bob", "handler")]
    assert post_json(lead, f"/api/v1/tickets/{ticket_id}/deliver", {"to": "carol"}).status_code == 409
    bob = login_client(client_for, "bob")
    assert post_json(bob, f"/api/v1/tickets/{ticket_id}/deliver", {"to": "ghost"}).status_code == 422
    assert (
        post_json(bob, f"/api/v1/tickets/{ticket_id}/handle", {"transition": "lead_approve"}).status_code
        == 200
    )


def test_consult_and_reply(submitted, client_for):
    ticket_id, _alice = submitted
    lead = login_client(client_for, "lead")
    assert post_json(lead, f"/api/v1/tickets/{ticket_id}/consult", {"to": "carol"}).status_code == 200
    assert _handlers(ticket_id) == [("carol", "consulted"), ("lead", "handler")]
    carol = login_client(client_for, "carol")
    refused = post_json(carol, f"/api/v1/tickets/{ticket_id}/handle", {"transition": "lead_approve"})
    assert refused.status_code == 409
    assert (
        post_json(carol, f"/api/v1/tickets/{ticket_id}/consult-reply", {"comment": "fine by me"}).status_code
        == 200
    )
    assert _handlers(ticket_id) == [("lead", "handler")]
    assert (
        post_json(carol, f"/api/v1/tickets/{ticket_id}/consult-reply", {"comment": "again"}).status_code
        == 409
    )
    assert _actions(ticket_id)[-2:] == ["consult", "consult_reply"]


def test_withdraw_and_resubmit(submitted, client_for):
    ticket_id, alice = submitted
    lead = login_client(client_for, "lead")
    assert post_json(lead, f"/api/v1/tickets/{ticket_id}/withdraw", {}).status_code == 409
    withdrawn = post_json(alice, f"/api/v1/tickets/{ticket_id}/withdraw", {"comment": "wrong dates"})
    assert (withdrawn.json()["state"], withdrawn.json()["status"]) == ("draft", "withdrawn")
    assert _handlers(ticket_id) == []
    assert post_json(alice, f"/api/v1/tickets/{ticket_id}/withdraw", {}).status_code == 409
    patched = alice.patch(
        f"/api/v1/tickets/{ticket_id}/fields", {"fields": {"days": 2}}, content_type="application/json"
    )
    assert patched.status_code == 200, patched.content
    again = post_json(alice, f"/api/v1/tickets/{ticket_id}/handle", {"transition": "submit"})
    assert (again.json()["state"], again.json()["status"]) == ("lead_review", "in_progress")


def test_update_fields_respects_permissions(submitted, client_for):
    ticket_id, alice = submitted
    lead = login_client(client_for, "lead")
    read_only = lead.patch(
        f"/api/v1/tickets/{ticket_id}/fields", {"fields": {"days": 9}}, content_type="application/json"
    )
    assert read_only.status_code == 422
    assert error_of(read_only)["details"][0]["type"] == "not_editable"
    stranger = alice.patch(
        f"/api/v1/tickets/{ticket_id}/fields", {"fields": {"days": 9}}, content_type="application/json"
    )
    assert stranger.status_code == 409
    with schema_context("it"):
        assert Ticket.objects.get(pk=ticket_id).values["days"] == 5


def test_close_and_force_state_are_for_admins(submitted, client_for, login):
    ticket_id, alice = submitted
    assert post_json(alice, f"/api/v1/tickets/{ticket_id}/close", {}).status_code == 403
    admin = login("it", "boss", admin=True)
    forced = post_json(admin, f"/api/v1/tickets/{ticket_id}/force-state", {"state": "hr_review"})
    assert forced.json()["state"] == "hr_review"
    assert [kind for _user, kind in _handlers(ticket_id)] == ["candidate", "candidate"]
    assert (
        post_json(admin, f"/api/v1/tickets/{ticket_id}/force-state", {"state": "nowhere"}).status_code == 422
    )
    closed = post_json(admin, f"/api/v1/tickets/{ticket_id}/close", {"comment": "duplicate"})
    assert closed.json()["status"] == "closed"
    assert _handlers(ticket_id) == []
    assert post_json(admin, f"/api/v1/tickets/{ticket_id}/close", {}).status_code == 409
    assert _actions(ticket_id)[-2:] == ["force_state", "close"]


def test_comments_need_visibility(submitted, client_for):
    ticket_id, alice = submitted
    assert (
        post_json(alice, f"/api/v1/tickets/{ticket_id}/comments", {"comment": "any news?"}).status_code == 201
    )
    bob = login_client(client_for, "bob")
    assert post_json(bob, f"/api/v1/tickets/{ticket_id}/comments", {"comment": "hi"}).status_code == 404
    assert post_json(alice, f"/api/v1/tickets/{ticket_id}/comments", {"comment": ""}).status_code == 422
    assert _actions(ticket_id)[-1] == "comment"
