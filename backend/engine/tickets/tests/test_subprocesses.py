"""Sub-processes: a state waits for the sub-tickets filed under the ticket, decided from their
statuses at every change (finish, close, withdraw, force) and on entry into the waiting state."""

from __future__ import annotations

from typing import Any

import pytest
from django_tenants.utils import schema_context

from core.access.models import User
from engine.tickets.models import Ticket
from engine.tickets.services import (
    ticket_close,
    ticket_create,
    ticket_force_state,
    ticket_handle,
    ticket_withdraw,
)
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.models import Workflow
from engine.workflows.samples import field, state, transition, variable
from engine.workflows.services import workflow_create, workflow_publish
from engine.workflows.tests.factories import LEAVE, one_step_document, seed_samples, user_principal

pytestmark = pytest.mark.django_db


def project(**subprocess: Any) -> dict[str, Any]:
    """draft → waiting (the creator's turn; `subtickets` → done), with `subprocess` settings if any."""
    extra = {"subprocess": subprocess} if subprocess else {}
    return one_step_document(
        "PRJ",
        state("waiting", "Waiting for sub-tickets", participant=variable("creator"), **extra),
        transition("all_done", "All done", "waiting", "done", kind="subtickets"),
        fields=[field("topic", "Topic", "string")],
    )


def publish(key: str, document: dict[str, Any]) -> Workflow:
    workflow = workflow_create(key=key, name=key, document=WorkflowDocument.model_validate(document))
    workflow_publish(workflow=workflow, actor=None)
    return workflow


def file_leave(workflows: dict[str, Workflow], parent: Ticket, username: str = "alice") -> Ticket:
    return ticket_create(
        workflow=workflows["leave"],
        principal=user_principal(username),
        values={**LEAVE, "days": 1},
        transition="submit",
        parent_id=parent.pk,
    )


def where(ticket: Ticket) -> tuple[str, str]:
    ticket.refresh_from_db()
    return ticket.state_key, ticket.status


def submit(ticket: Ticket) -> None:
    ticket_handle(ticket_id=ticket.pk, principal=user_principal("alice"), transition="submit")


def test_sub_tickets_that_finished_before_the_parent_waited_count(db):
    with schema_context("it"):
        workflows = seed_samples()
        parent = ticket_create(
            workflow=publish("project", project()), principal=user_principal("alice"), values={"topic": "x"}
        )
        child = file_leave(workflows, parent)  # the creator acts on the parent in its start state
        ticket_handle(ticket_id=child.pk, principal=user_principal("lead"), transition="lead_approve")
        assert where(parent) == ("draft", "draft")
        submit(parent)
        assert where(parent) == ("done", "finished")


def test_a_waiting_state_with_no_sub_tickets_continues_at_once(db):
    with schema_context("it"):
        seed_samples()
        parent = ticket_create(
            workflow=publish("project", project()),
            principal=user_principal("alice"),
            values={"topic": "x"},
            transition="submit",
        )
        assert where(parent) == ("done", "finished")


def test_when_none_wait_waits_for_the_first_sub_ticket(db):
    with schema_context("it"):
        workflows = seed_samples()
        parent = ticket_create(
            workflow=publish("project", project(when_none="wait")),
            principal=user_principal("alice"),
            values={"topic": "x"},
            transition="submit",
        )
        assert where(parent) == ("waiting", "in_progress")
        child = file_leave(workflows, parent)
        ticket_handle(ticket_id=child.pk, principal=user_principal("lead"), transition="lead_approve")
        assert where(parent) == ("done", "finished")


def _waiting_on_two(first: dict[str, Any] | None = None) -> tuple[Ticket, list[Ticket]]:
    workflows = seed_samples()
    parent = ticket_create(
        workflow=publish("project", project(when_none="wait", **(first or {}))),
        principal=user_principal("alice"),
        values={"topic": "x"},
        transition="submit",
    )
    children = [file_leave(workflows, parent), file_leave(workflows, parent)]
    ticket_handle(ticket_id=children[0].pk, principal=user_principal("lead"), transition="lead_approve")
    assert where(parent) == ("waiting", "in_progress")
    User.objects.filter(username="carol").update(is_tenant_admin=True)
    return parent, children


def test_closing_the_last_sub_ticket_moves_the_parent_on(db):
    with schema_context("it"):
        parent, children = _waiting_on_two()
        ticket_close(ticket_id=children[1].pk, principal=user_principal("carol"))
        assert where(parent) == ("done", "finished")


def test_forcing_the_last_sub_ticket_to_an_end_state_moves_the_parent_on(db):
    with schema_context("it"):
        parent, children = _waiting_on_two()
        ticket_force_state(ticket_id=children[1].pk, principal=user_principal("carol"), state="approved")
        assert where(parent) == ("done", "finished")


def test_forcing_a_sub_ticket_elsewhere_keeps_the_parent_waiting(db):
    with schema_context("it"):
        parent, children = _waiting_on_two()
        ticket_force_state(ticket_id=children[1].pk, principal=user_principal("carol"), state="lead_review")
        assert where(parent) == ("waiting", "in_progress")


def test_a_withdrawn_sub_ticket_is_settled(db):
    """Withdrawn is no longer running: it counts as settled (not finished, not rejected)."""
    with schema_context("it"):
        parent, children = _waiting_on_two()
        ticket_withdraw(ticket_id=children[1].pk, principal=user_principal("alice"))
        assert where(children[1]) == ("draft", "withdrawn")
        assert where(parent) == ("done", "finished")
