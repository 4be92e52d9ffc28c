"""One ticket over HTTP: its detail (fields filtered by permission), actions, flow log and steps."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context

from conftest import error_of
from engine.tickets.models import Ticket
from engine.tickets.services import ticket_accept
from engine.tickets.tests.factories import create_ticket, handle_ticket
from engine.workflows.tests.factories import user_principal

pytestmark = pytest.mark.django_db


def _fields(body: dict[str, Any]) -> dict[str, Any]:
    return {field["key"]: field for field in body["fields"]}


def test_detail_of_a_draft_for_its_creator(world, as_user):
    draft = create_ticket(world["leave"], submit=False)
    response = as_user("alice").get(f"/api/v1/tickets/{draft.pk}")
    assert response.status_code == 200, response.content
    body = response.json()
    assert response["ETag"] == f'"{body["row_version"]}"'
    assert body["version"] == 1
    assert body["parent_id"] is None
    assert body["handlers"] == []
    assert body["my_role"] is None


def test_detail_fields_follow_the_state_and_carry_their_definition(world, as_user):
    draft = create_ticket(world["leave"], submit=False)
    body = as_user("alice").get(f"/api/v1/tickets/{draft.pk}").json()
    fields = _fields(body)
    assert "hr_note" not in fields
    days_definition = fields["days"].pop("field")
    assert fields["days"] == {
        "key": "days",
        "label": "Days",
        "type": "int",
        "value": 5,
        "permission": "required",
    }
    # The whole definition comes along, so a form can validate and edit the value.
    assert days_definition["key"] == "days"
    assert days_definition["type"] == "int"
    assert days_definition["validation"]["min"] is not None
    assert fields["reason"]["permission"] == "optional"
    assert [field["key"] for field in body["fields"]] == ["leave_type", "start_date", "days", "reason"]


def test_detail_fields_by_permission_for_admins_and_handlers(world, as_user):
    draft = create_ticket(world["leave"], submit=False)
    admin_fields = _fields(as_user("root").get(f"/api/v1/tickets/{draft.pk}").json())
    assert admin_fields["hr_note"]["permission"] == "hidden"

    submitted = create_ticket(world["leave"])
    lead_view = as_user("lead").get(f"/api/v1/tickets/{submitted.pk}").json()
    assert lead_view["my_role"] == "handler"
    assert [(h["username"], h["kind"]) for h in lead_view["handlers"]] == [("lead", "handler")]
    assert {f["key"]: f["permission"] for f in lead_view["fields"]}["hr_note"] == "read_only"


def test_strangers_get_404(world, as_user):
    ticket = create_ticket(world["leave"])
    bob = as_user("bob")
    for suffix in ("", "/actions", "/flow-log", "/steps"):
        response = bob.get(f"/api/v1/tickets/{ticket.pk}{suffix}")
        assert response.status_code == 404, suffix
        error_of(response)
    assert as_user("alice").get("/api/v1/tickets/999999").status_code == 404
    # The lead acted on it once; after it moves on he still sees it (he is in the flow log).
    handle_ticket(ticket, "lead", "lead_approve")
    assert as_user("lead").get(f"/api/v1/tickets/{ticket.pk}").status_code == 200


def _actions(client: Any, ticket: Ticket) -> list[Any]:
    response = client.get(f"/api/v1/tickets/{ticket.pk}/actions")
    assert response.status_code == 200, response.content
    return [
        item["action"] if item["action"] != "handle" else ("handle", item["transition"])
        for item in response.json()
    ]


def test_actions_per_caller(world, as_user):
    ticket = create_ticket(world["leave"])
    draft = create_ticket(world["leave"], submit=False)
    lead, alice, root = as_user("lead"), as_user("alice"), as_user("root")
    assert _actions(lead, ticket) == [
        ("handle", "lead_approve"),
        ("handle", "lead_reject"),
        "deliver",
        "consult",
        "comment",
    ]
    reject = next(
        a
        for a in lead.get(f"/api/v1/tickets/{ticket.pk}/actions").json()
        if a.get("transition") == "lead_reject"
    )
    assert reject == {
        "action": "handle",
        "transition": "lead_reject",
        "name": "Reject",
        "attribute": "reject",
        "confirm_text": "Reject this leave?",
        "check_required_fields": False,
        "branch": None,  # a single path: no branch to name
    }
    assert _actions(alice, ticket) == ["withdraw", "comment"]
    assert _actions(alice, draft) == [("handle", "submit"), "comment"]
    assert _actions(root, ticket) == ["close", "force_state", "comment"]
    assert as_user("bob").get(f"/api/v1/tickets/{ticket.pk}/actions").status_code == 404

    handle_ticket(ticket, "lead", "lead_approve")
    assert _actions(as_user("carol"), ticket) == ["accept", "comment"]
    assert _actions(alice, ticket) == ["comment"]  # hr_review cannot be withdrawn
    assert _actions(lead, ticket) == ["comment"]
    with schema_context("it"):
        ticket_accept(ticket_id=ticket.pk, principal=user_principal("carol"))
    handle_ticket(ticket, "carol", "hr_approve")
    assert _actions(root, ticket) == ["comment"]
    assert _actions(alice, ticket) == ["comment"]


def test_flow_log_in_order(world, as_user):
    ticket = create_ticket(world["leave"])
    handle_ticket(ticket, "lead", "lead_approve", comment="enjoy")
    response = as_user("alice").get(f"/api/v1/tickets/{ticket.pk}/flow-log")
    assert response.status_code == 200
    log = response.json()
    assert [(row["action"], row["transition"], row["from_state"], row["to_state"]) for row in log] == [
        ("create", "", "", "draft"),
        ("transition", "submit", "draft", "lead_review"),
        ("transition", "lead_approve", "lead_review", "hr_review"),
    ]
    assert [row["actor"]["username"] for row in log] == ["alice", "alice", "lead"]
    assert log[2]["comment"] == "enjoy"
    assert log[0]["changed_fields"]["days"] == 5
    assert set(log[0]) == {
        "id",
        "action",
        "actor",
        "on_behalf_of",
        "via_app",
        "transition",
        "from_state",
        "to_state",
        "comment",
        "comment_code",
        "branch",
        "changed_fields",
        "field_changes",
        "created_at",
    }
    assert set(log[0]["actor"]) == {"id", "username", "display_name"}
    assert [row["id"] for row in log] == sorted(row["id"] for row in log)


def test_steps_mark_current_visited_and_path(world, as_user):
    ticket = create_ticket(world["leave"])
    handle_ticket(ticket, "lead", "lead_approve")
    response = as_user("alice").get(f"/api/v1/tickets/{ticket.pk}/steps")
    assert response.status_code == 200
    body = response.json()
    states = {s["key"]: s for s in body["states"]}
    assert [s["key"] for s in body["states"]] == ["draft", "lead_review", "approved", "hr_review", "rejected"]
    assert [k for k, s in states.items() if s["current"]] == ["hr_review"]
    assert {k for k, s in states.items() if s["visited"]} == {"draft", "lead_review", "hr_review"}
    assert states["approved"] == {
        "key": "approved",
        "name": "Approved",
        "type": "end",
        "current": False,
        "visited": False,
        "position": {"x": 750.0, "y": 0.0},
    }
    assert body["path"] == ["draft", "lead_review", "hr_review"]
    assert {"key": "submit", "name": "Submit", "source": "draft", "target": "lead_review"} in body[
        "transitions"
    ]


def test_detail_log_and_steps_query_counts_are_bounded(world, as_user):
    ticket = create_ticket(world["leave"])
    handle_ticket(ticket, "lead", "lead_approve")
    alice = as_user("alice")
    for suffix in ("", "/flow-log", "/steps", "/actions"):
        with CaptureQueriesContext(connection) as captured:
            assert alice.get(f"/api/v1/tickets/{ticket.pk}{suffix}").status_code == 200
        assert len(captured) <= 12, (suffix, [q["sql"] for q in captured])
