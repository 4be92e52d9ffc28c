"""Sub-processes: a state waits for the sub-tickets filed under the ticket, decided from their
statuses at every change (finish, close, withdraw, force) and on entry into the waiting state."""

from __future__ import annotations

from typing import Any

import pytest
from django_tenants.utils import schema_context

from core.access.models import User
from engine.tickets.models import FlowLog, Ticket
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
from engine.workflows.tests.factories import (
    LEAVE,
    TASK_DOCUMENT,
    one_step_document,
    order_document,
    seed_samples,
    user_principal,
)

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


# ---- the engine files the sub-tickets -------------------------------------------------------------

ROWS = [{"name": "desk", "qty": 2}, {"name": "chair", "qty": 4}]


def _order(rows: list[dict[str, Any]] = ROWS, **subprocess: Any) -> Ticket:
    seed_samples()
    publish("task", TASK_DOCUMENT)
    workflow = publish("order", order_document(**({"rows": "items"} | subprocess)))
    return ticket_create(
        workflow=workflow,
        principal=user_principal("alice"),
        values={"topic": "Office", "items": rows},
        transition="submit",
    )


def _children(parent: Ticket) -> list[Ticket]:
    return list(Ticket.objects.filter(parent=parent).order_by("id"))


def test_the_engine_files_one_sub_ticket_per_row_with_the_mapped_values(db):
    with schema_context("it"):
        parent = _order()
        children = _children(parent)
        assert [(c.values["item"], c.values["qty"], c.values["note"]) for c in children] == [
            ("desk", 2, "Office"),
            ("chair", 4, "Office"),
        ]
        assert {(c.state_key, c.status, c.creator.username) for c in children} == {
            ("doing", "in_progress", "alice")
        }
        created = FlowLog.objects.get(ticket=children[0], action="create")
        assert created.actor_id is None  # the engine filed it
        assert where(parent) == ("waiting", "in_progress")
        for child in children:
            ticket_handle(ticket_id=child.pk, principal=user_principal("lead"), transition="finish")
        assert where(parent) == ("done", "finished")


def test_the_engine_files_a_fixed_number_of_sub_tickets(db):
    with schema_context("it"):
        parent = _order(rows=[], count=3)
        assert [c.values["note"] for c in _children(parent)] == ["Office"] * 3
        assert where(parent) == ("waiting", "in_progress")


def test_an_empty_table_files_nothing_and_moves_on_at_once(db):
    with schema_context("it"):
        parent = _order(rows=[])
        assert _children(parent) == []
        assert where(parent) == ("done", "finished")


def test_first_rejection_takes_the_reject_way_and_a_revisit_waits_for_its_own_sub_tickets(db):
    with schema_context("it"):
        parent = _order(continue_on="first_rejection")
        first, second = _children(parent)
        ticket_handle(ticket_id=first.pk, principal=user_principal("lead"), transition="refuse")
        assert where(parent) == ("draft", "returned")
        assert (
            FlowLog.objects.filter(ticket=parent).values_list("transition_key", flat=True).last() == "refused"
        )
        ticket_handle(ticket_id=second.pk, principal=user_principal("lead"), transition="finish")
        submit(parent)  # back into the waiting state: the refused sub-ticket of the first visit is past
        assert where(parent) == ("waiting", "in_progress")
        assert len(_children(parent)) == 4
        for child in _children(parent)[2:]:
            ticket_handle(ticket_id=child.pk, principal=user_principal("lead"), transition="finish")
        assert where(parent) == ("done", "finished")


def test_all_finished_ignores_a_rejection_until_all_have_settled(db):
    with schema_context("it"):
        parent = _order()
        first, second = _children(parent)
        ticket_handle(ticket_id=first.pk, principal=user_principal("lead"), transition="refuse")
        assert where(parent) == ("waiting", "in_progress")
        ticket_handle(ticket_id=second.pk, principal=user_principal("lead"), transition="finish")
        assert where(parent) == ("done", "finished")


def test_more_rows_than_a_sub_process_files_are_refused_and_nothing_changes(db):
    from core.errors import ApplicationError

    with schema_context("it"):
        with pytest.raises(ApplicationError) as refused:
            _order(rows=[{"name": f"item {n}", "qty": 1} for n in range(51)])
        assert (refused.value.status, refused.value.code) == (409, "too_many_sub_tickets")


def test_waiting_states_that_lead_into_each_other_stop_after_a_bounded_number_of_moves(db):
    loop = one_step_document(
        "LP",
        state("ping", "Ping", participant=variable("creator")),
        transition("to_pong", "To pong", "ping", "pong", kind="subtickets"),
        transition("stop", "Stop", "ping", "done"),
        fields=[field("topic", "Topic", "string")],
    )
    loop["states"].append(state("pong", "Pong", participant=variable("creator")))
    loop["transitions"].append(transition("to_ping", "To ping", "pong", "ping", kind="subtickets"))
    with schema_context("it"):
        seed_samples()
        parent = ticket_create(
            workflow=publish("loop", loop),
            principal=user_principal("alice"),
            values={"topic": "x"},
            transition="submit",
        )
        assert where(parent)[1] == "in_progress"
        assert FlowLog.objects.filter(ticket=parent, transition_key__in=["to_ping", "to_pong"]).count() == 20


def test_a_workflow_filing_sub_tickets_of_itself_is_stopped(db):
    from core.errors import ApplicationError
    from engine.workflows.services import draft_save

    with schema_context("it"):
        seed_samples()
        plain = order_document(count=1)
        plain["states"][1].pop("subprocess")
        workflow = publish("task", plain)  # its sub-tickets are orders again
        itself = order_document(count=1)
        itself["states"][1]["subprocess"]["values"] = {"topic": "topic"}
        itself["states"][1]["subprocess"]["workflow"] = "task"
        draft_save(workflow=workflow, document=WorkflowDocument.model_validate(itself), if_match="*")
        workflow_publish(workflow=workflow, actor=None)
        with pytest.raises(ApplicationError) as refused:
            ticket_create(
                workflow=workflow,
                principal=user_principal("alice"),
                values={"topic": "x"},
                transition="submit",
            )
        assert (refused.value.status, refused.value.code) == (409, "invalid_definition")
        assert "nest deeper" in str(refused.value)
        assert not Ticket.objects.exists()
