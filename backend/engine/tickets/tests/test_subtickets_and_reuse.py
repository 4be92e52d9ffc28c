"""Sub-tickets advance their parent when all finish; a state can go back to its last handler."""

from __future__ import annotations

from typing import Any

import pytest
from django_tenants.utils import schema_context

from engine.tickets.models import FlowLog, Ticket, TicketHandler
from engine.tickets.services import ticket_create, ticket_handle
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.models import Workflow
from engine.workflows.samples import field, reject, roles, state, transition, variable
from engine.workflows.services import workflow_create, workflow_publish
from engine.workflows.tests.factories import LEAVE, one_step_document, seed_samples, user_principal

pytestmark = pytest.mark.django_db

PROJECT = one_step_document(
    "PRJ",
    # Its handler files the sub-tickets while it waits (with none filed yet it would move on at once).
    state(
        "waiting",
        "Waiting for sub-tickets",
        participant=variable("creator"),
        subprocess={"when_none": "wait"},
    ),
    transition("all_done", "All done", "waiting", "done", kind="subtickets"),
    fields=[field("topic", "Topic", "string")],
)
REVIEW = one_step_document(
    "RV",
    state("review", "Review", reuse_last_handler=True, participant=roles("approver")),
    reject("send_back", "Send back", "review", "draft"),
    transition("approve", "Approve", "review", "done"),
    fields=[field("text", "Text", "text")],
)


def _publish(key: str, document: dict[str, Any]) -> Workflow:
    workflow = workflow_create(key=key, name=key, document=WorkflowDocument.model_validate(document))
    workflow_publish(workflow=workflow, actor=None)
    return workflow


def _seeded_with_a_project() -> tuple[dict[str, Workflow], Ticket]:
    """The samples seeded and PROJECT published (in the current schema); alice's project submitted,
    waiting for its sub-tickets."""
    workflows = seed_samples()
    project = _publish("project", PROJECT)
    parent = ticket_create(
        workflow=project, principal=user_principal("alice"), values={"topic": "Move"}, transition="submit"
    )
    return workflows, parent


def test_the_parent_moves_on_when_its_last_sub_ticket_finishes(db):
    with schema_context("it"):
        workflows, parent = _seeded_with_a_project()
        children = [
            ticket_create(
                workflow=workflows["leave"],
                principal=user_principal("alice"),
                values={**LEAVE, "days": 1},
                transition="submit",
                parent_id=parent.pk,
            )
            for _ in range(2)
        ]
        ticket_handle(ticket_id=children[0].pk, principal=user_principal("lead"), transition="lead_approve")
        parent.refresh_from_db()
        assert parent.state_key == "waiting"
        ticket_handle(ticket_id=children[1].pk, principal=user_principal("lead"), transition="lead_approve")
        parent.refresh_from_db()
        assert (parent.state_key, parent.status) == ("done", "finished")
        last = FlowLog.objects.filter(ticket=parent).last()
        assert last is not None
        assert (last.transition_key, last.actor_id) == ("all_done", None)


def test_reuse_last_handler_sends_it_back_to_who_reviewed_it(db):
    with schema_context("it"):
        seed_samples()
        review = _publish("review", REVIEW)
        ticket = ticket_create(
            workflow=review, principal=user_principal("alice"), values={"text": "v1"}, transition="submit"
        )
        assert sorted(
            TicketHandler.objects.filter(ticket=ticket).values_list("user__username", flat=True)
        ) == [
            "carol",
            "lead",
        ]
        ticket_handle(ticket_id=ticket.pk, principal=user_principal("carol"), transition="send_back")
        ticket.refresh_from_db()
        assert ticket.status == Ticket.Status.RETURNED
        ticket_handle(
            ticket_id=ticket.pk, principal=user_principal("alice"), transition="submit", values={"text": "v2"}
        )
        assert list(TicketHandler.objects.filter(ticket=ticket).values_list("user__username", flat=True)) == [
            "carol"
        ]


def _row(ticket: Ticket) -> tuple[Any, ...]:
    ticket.refresh_from_db()
    return (ticket.row_version, ticket.state_key, ticket.status, ticket.updated_at)


def test_only_the_parents_handler_or_an_admin_may_file_a_sub_ticket(db, make_app, client_for):
    """A parent_id of someone else's ticket answers 404, exactly as for a missing ticket, and nothing
    changes (it used to answer 201 and hang the sub-ticket under any ticket of the tenant)."""
    with schema_context("it"):
        workflows, parent = _seeded_with_a_project()
        from core.access.models import AppGrant

        app, token = make_app("it", "bot", scopes=["workflows", "admin"])
        AppGrant.objects.create(app=app, workflow_key="*")
        before, tickets = _row(parent), Ticket.objects.count()

    def file_under(username: str, parent_id: int) -> Any:
        client = client_for("it", HTTP_AUTHORIZATION=f"Bearer {token}", HTTP_X_ACTING_USER=username)
        body = {"workflow_id": workflows["leave"].pk, "fields": LEAVE, "parent_id": parent_id}
        return client.post("/api/v1/tickets", body, content_type="application/json")

    for stranger in ("bob", "lead"):  # bob cannot see it; lead is no handler of its current state
        response = file_under(stranger, parent.pk)
        assert response.status_code == 404, response.content
        assert response.json()["error"]["code"] == "not_found"
    assert file_under("bob", 999_999).json()["error"]["code"] == "not_found"
    with schema_context("it"):
        assert (_row(parent), Ticket.objects.count()) == (before, tickets)
        assert not Ticket.objects.filter(parent=parent).exists()

    assert file_under("alice", parent.pk).status_code == 201  # the handler of "waiting"
    with schema_context("it"):
        from core.access.models import User

        User.objects.filter(username="carol").update(is_tenant_admin=True)
    assert file_under("carol", parent.pk).status_code == 201
    with schema_context("it"):
        assert Ticket.objects.filter(parent=parent).count() == 2


def test_a_sub_ticket_cannot_be_filed_under_a_finished_ticket(db):
    from core.errors import ApplicationError

    with schema_context("it"):
        workflows, parent = _seeded_with_a_project()
        from core.access.models import User
        from engine.tickets.services import ticket_close

        User.objects.filter(username="carol").update(is_tenant_admin=True)
        ticket_close(ticket_id=parent.pk, principal=user_principal("carol"))
        with pytest.raises(ApplicationError) as refused:
            ticket_create(
                workflow=workflows["leave"],
                principal=user_principal("carol"),
                values=LEAVE,
                parent_id=parent.pk,
            )
        assert (refused.value.status, refused.value.code) == (409, "ticket_closed")


def test_strangers_get_404_from_every_ticket_action(db, make_app, client_for):
    """Actions on a ticket the caller cannot see answer 404 (not 403/409/412, which confirm it exists);
    someone who can see it still gets the real reason."""
    with schema_context("it"):
        workflows = seed_samples()
        ticket = ticket_create(
            workflow=workflows["leave"], principal=user_principal("alice"), values=LEAVE, transition="submit"
        )
        from core.access.models import AppGrant

        app, token = make_app("it", "bot", scopes=["workflows"])
        AppGrant.objects.create(app=app, workflow_key="*")
        before = _row(ticket)

    def call(username: str, path: str, body: dict[str, Any], **headers: str) -> Any:
        client = client_for(
            "it", HTTP_AUTHORIZATION=f"Bearer {token}", HTTP_X_ACTING_USER=username, **headers
        )
        return client.post(f"/api/v1/tickets/{ticket.pk}/{path}", body, content_type="application/json")

    actions = [
        ("handle", {"transition": "lead_approve"}),
        ("accept", {}),
        ("deliver", {"to": "carol"}),
        ("consult", {"to": "carol"}),
        ("consult-reply", {"comment": "x"}),
        ("withdraw", {}),
        ("close", {}),
        ("force-state", {"state": "draft"}),
        ("comments", {"comment": "x"}),
    ]
    for path, body in actions:
        response = call("bob", path, body, HTTP_IF_MATCH='"999"')
        assert (path, response.status_code, response.json()["error"]["code"]) == (path, 404, "not_found")
    assert call("alice", "handle", {"transition": "lead_approve"}).json()["error"]["code"] == "not_a_handler"
    assert call("alice", "close", {}).status_code == 403
    with schema_context("it"):
        assert _row(ticket) == before
