"""Sub-tickets advance their parent when all finish; a state can go back to its last handler."""

from __future__ import annotations

from typing import Any

import pytest
from django_tenants.utils import schema_context

from engine.definitions.schema import WorkflowDocument
from engine.models import FlowLog, Ticket, TicketHandler, Workflow
from engine.runtime.actions import ticket_create, ticket_handle
from engine.services import workflow_create, workflow_publish
from engine.tests.test_actions import LEAVE, _as, _seed

pytestmark = pytest.mark.django_db

PROJECT = {
    "serial_prefix": "PRJ",
    "fields": [{"key": "topic", "label": "Topic", "type": "string"}],
    "states": [
        {"key": "draft", "name": "Draft", "type": "start"},
        {
            "key": "waiting",
            "name": "Waiting for sub-tickets",
            "participant": {"kind": "variable", "variable": "creator"},
        },
        {"key": "done", "name": "Done", "type": "end"},
    ],
    "transitions": [
        {"key": "submit", "name": "Submit", "source": "draft", "target": "waiting"},
        {"key": "all_done", "name": "All done", "source": "waiting", "target": "done", "kind": "subtickets"},
    ],
}

REVIEW = {
    "serial_prefix": "RV",
    "fields": [{"key": "text", "label": "Text", "type": "text"}],
    "states": [
        {"key": "draft", "name": "Draft", "type": "start"},
        {
            "key": "review",
            "name": "Review",
            "reuse_last_handler": True,
            "participant": {"kind": "roles", "roles": ["approver"]},
        },
        {"key": "done", "name": "Done", "type": "end"},
    ],
    "transitions": [
        {"key": "submit", "name": "Submit", "source": "draft", "target": "review"},
        {
            "key": "send_back",
            "name": "Send back",
            "source": "review",
            "target": "draft",
            "attribute": "reject",
            "check_required_fields": False,
        },
        {"key": "approve", "name": "Approve", "source": "review", "target": "done"},
    ],
}


def _publish(key: str, document: dict[str, Any]) -> Workflow:
    workflow = workflow_create(key=key, name=key, document=WorkflowDocument.model_validate(document))
    workflow_publish(workflow=workflow, actor=None)
    return workflow


def test_the_parent_moves_on_when_its_last_sub_ticket_finishes(db):
    with schema_context("it"):
        workflows = _seed()
        project = _publish("project", PROJECT)
        parent = ticket_create(
            workflow=project, principal=_as("alice"), values={"topic": "Move"}, transition="submit"
        )
        children = [
            ticket_create(
                workflow=workflows["leave"],
                principal=_as("alice"),
                values={**LEAVE, "days": 1},
                transition="submit",
                parent=parent,
            )
            for _ in range(2)
        ]
        ticket_handle(ticket_id=children[0].pk, principal=_as("lead"), transition="lead_approve")
        parent.refresh_from_db()
        assert parent.state_key == "waiting"
        ticket_handle(ticket_id=children[1].pk, principal=_as("lead"), transition="lead_approve")
        parent.refresh_from_db()
        assert (parent.state_key, parent.status) == ("done", "finished")
        last = FlowLog.objects.filter(ticket=parent).last()
        assert last is not None
        assert (last.transition_key, last.actor_id) == ("all_done", None)


def test_reuse_last_handler_sends_it_back_to_who_reviewed_it(db):
    with schema_context("it"):
        _seed()
        review = _publish("review", REVIEW)
        ticket = ticket_create(
            workflow=review, principal=_as("alice"), values={"text": "v1"}, transition="submit"
        )
        assert sorted(
            TicketHandler.objects.filter(ticket=ticket).values_list("user__username", flat=True)
        ) == [
            "carol",
            "lead",
        ]
        ticket_handle(ticket_id=ticket.pk, principal=_as("carol"), transition="send_back")
        ticket.refresh_from_db()
        assert ticket.status == Ticket.Status.RETURNED
        ticket_handle(ticket_id=ticket.pk, principal=_as("alice"), transition="submit", values={"text": "v2"})
        assert list(TicketHandler.objects.filter(ticket=ticket).values_list("user__username", flat=True)) == [
            "carol"
        ]
