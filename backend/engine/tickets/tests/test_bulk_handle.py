"""`POST /tickets/bulk-handle`: several tickets, one request, per-ticket results; each ticket in its
own transaction under its own lock, so a refusal leaves only that ticket as it was."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from django.db import connection
from django_tenants.utils import schema_context

from conftest import error_of
from core.errors import ApplicationError
from engine.tickets.bulk import tickets_bulk_handle
from engine.tickets.models import FlowLog, Ticket
from engine.tickets.schemas import BulkHandleIn
from engine.tickets.services import ticket_create, ticket_handle
from engine.tickets.tests.factories import create_ticket, handle_ticket, reloaded
from engine.workflows.tests.factories import LEAVE, post_json, seed_samples, unseed_samples, user_principal

URL = "/api/v1/tickets/bulk-handle"


def _bulk(client: Any, body: dict[str, Any], **headers: Any) -> Any:
    return post_json(client, URL, body, **headers)


def _partial_run(world: Any, as_user: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """lead approves three of their tickets, one already done, an unknown id, a stale one and a
    repeat in one request: the tickets by name and the answer."""
    mine = [create_ticket(world["leave"], days=2) for _ in range(3)]
    done = create_ticket(world["leave"], days=2)
    handle_ticket(done, "lead", "lead_approve")
    stale = create_ticket(world["leave"], days=2)
    items = [{"id": ticket.pk} for ticket in [*mine, done]]
    items += [{"id": 999_999}, {"id": stale.pk, "row_version": 1}, {"id": mine[0].pk}]
    response = _bulk(as_user("lead"), {"tickets": items, "attribute": "agree", "comment": "ok by me"})
    assert response.status_code == 200, response.content
    return {"mine": mine, "done": done, "stale": stale}, response.json()


@pytest.mark.django_db
def test_approve_several_each_ok_with_its_flow_log(world, as_user):
    tickets, body = _partial_run(world, as_user)
    results = {result["id"]: result for result in body["results"]}
    assert len(body["results"]) == 6  # a ticket sent twice is handled once
    assert (body["succeeded"], body["failed"]) == (3, 3)
    for ticket in tickets["mine"]:
        result = results[ticket.pk]
        assert (result["ok"], result["state"], result["status"]) == (True, "approved", "finished")
        assert result["transition"] == "lead_approve"
    with schema_context("it"):
        logged = FlowLog.objects.filter(
            ticket__in=tickets["mine"], action="transition", from_state="lead_review"
        )
        assert sorted(logged.values_list("comment", flat=True)) == ["ok by me"] * 3


@pytest.mark.django_db
def test_the_refused_ones_say_why_and_stay_as_they_were(world, as_user):
    tickets, body = _partial_run(world, as_user)
    results = {result["id"]: result for result in body["results"]}
    assert results[tickets["done"].pk]["error"]["code"] == "ticket_closed"
    assert results[tickets["done"].pk]["error"]["status"] == 409
    assert results[999_999]["error"] == {
        "code": "not_found",
        "message": "No ticket with id 999999.",
        "status": 404,
    }
    stale = tickets["stale"]
    assert results[stale.pk]["error"]["status"] == 412
    assert reloaded(stale).state_key == "lead_review"
    with schema_context("it"):
        assert FlowLog.objects.filter(ticket=stale).count() == 2  # created + submitted only


@pytest.mark.django_db
def test_reject_by_attribute_and_by_transition_key(world, as_user):
    first, second = create_ticket(world["leave"]), create_ticket(world["leave"])
    lead = as_user("lead")
    rejected = _bulk(lead, {"tickets": [{"id": first.pk}], "attribute": "reject"})
    assert rejected.json()["results"][0]["transition"] == "lead_reject"
    assert reloaded(first).state_key == "rejected"
    taken = _bulk(lead, {"tickets": [{"id": second.pk}], "transition": "lead_approve"})
    assert taken.json()["results"][0]["state"] == "hr_review"  # days > 3


@pytest.mark.django_db
def test_someone_else_cannot_act_and_nothing_changes(world, as_user):
    ticket = create_ticket(world["leave"])
    response = _bulk(as_user("bob"), {"tickets": [{"id": ticket.pk}], "attribute": "agree"})
    assert response.json()["results"][0]["error"]["code"] in {"not_a_handler", "not_found"}
    assert reloaded(ticket).row_version == ticket.row_version


@pytest.mark.django_db
def test_bad_requests_are_422_and_change_nothing(world, as_user):
    ticket = create_ticket(world["leave"])
    lead = as_user("lead")
    one = [{"id": ticket.pk}]
    for body in (
        {"tickets": one},  # neither transition nor attribute
        {"tickets": one, "transition": "lead_approve", "attribute": "agree"},
        {"tickets": [], "attribute": "agree"},
        {"tickets": [{"id": n} for n in range(1, 102)], "attribute": "agree"},  # over the cap
        {"tickets": one, "attribute": "maybe"},
        {"tickets": [{"id": "x"}], "attribute": "agree"},
    ):
        response = _bulk(lead, body)
        assert response.status_code == 422, (body, response.content)
        error_of(response)
    assert reloaded(ticket).row_version == ticket.row_version


@pytest.mark.django_db
def test_idempotency_key_replays_the_first_answer(world, as_user):
    tickets = [create_ticket(world["leave"], days=2) for _ in range(2)]
    body = {"tickets": [{"id": ticket.pk} for ticket in tickets], "attribute": "agree"}
    lead = as_user("lead")
    first = _bulk(lead, body, HTTP_IDEMPOTENCY_KEY="bulk-1")
    second = _bulk(lead, body, HTTP_IDEMPOTENCY_KEY="bulk-1")
    assert first.content == second.content
    assert second["Idempotent-Replay"] == "true"
    assert first.json()["succeeded"] == 2
    with schema_context("it"):
        assert FlowLog.objects.filter(ticket__in=tickets, from_state="lead_review").count() == 2


@pytest.mark.django_db
def test_todo_rows_offer_the_quick_transitions_without_more_queries(world, as_user):
    create_ticket(world["leave"])
    lead = as_user("lead")
    item = lead.get("/api/v1/tickets?view=todo").json()["items"][0]
    step = item["my_steps"][0]
    assert [(quick["key"], quick["attribute"]) for quick in step["quick"]] == [
        ("lead_approve", "agree"),
        ("lead_reject", "reject"),
    ]
    assert step["on_behalf_of"] is None
    # The creator's start state asks for required fields: a draft offers no quick submit.
    create_ticket(world["leave"], "alice", submit=False)
    drafts = as_user("alice").get("/api/v1/tickets?view=created").json()["items"]
    assert all(step["quick"] == [] for item in drafts for step in item["my_steps"])


def test_bulk_and_single_presses_at_once_take_each_ticket_once(django_db_setup, django_db_blocker):
    """Ten bulk requests and ten single presses race over the same five tickets: each ticket moves
    once (its row lock), each move logged once, and every other attempt is refused for that ticket
    only."""
    with django_db_blocker.unblock(), schema_context("it"):
        try:
            workflows = seed_samples()
            tickets = [
                ticket_create(
                    workflow=workflows["leave"],
                    principal=user_principal("alice"),
                    values={**LEAVE, "days": 2},
                    transition="submit",
                )
                for _ in range(5)
            ]
            ids = [ticket.pk for ticket in tickets]

            def press(index: int) -> int:
                try:
                    with schema_context("it"):
                        lead = user_principal("lead")
                        if index % 2:
                            payload = BulkHandleIn.model_validate(
                                {"tickets": [{"id": pk} for pk in ids], "attribute": "agree"}
                            )
                            result = tickets_bulk_handle(principal_for=lambda _pk: lead, payload=payload)
                            return int(result["succeeded"])
                        ticket_handle(ticket_id=ids[index % 5], principal=lead, transition="lead_approve")
                        return 1
                except ApplicationError:  # the loser of a race for a ticket
                    return 0
                finally:
                    connection.close()

            connection.close()
            with ThreadPoolExecutor(max_workers=10) as pool:
                moved = sum(pool.map(press, range(20)))
            assert moved == 5
            assert Ticket.objects.filter(pk__in=ids, state_key="approved").count() == 5
            logged = FlowLog.objects.filter(ticket_id__in=ids, action="transition", from_state="lead_review")
            assert logged.count() == 5
        finally:
            unseed_samples()


@pytest.mark.django_db
def test_an_app_acting_for_a_person_is_checked_per_ticket_workflow(world, client_for, make_app):
    app, token = make_app("it", name="leave-bot", scopes=["workflows"])
    with schema_context("it"):
        from core.access.models import AppGrant

        AppGrant.objects.create(app=app, workflow_key="leave")
    leave, access = create_ticket(world["leave"], days=2), create_ticket(world["it-permission"])
    bot = client_for("it", HTTP_AUTHORIZATION=f"Bearer {token}")
    body = {"tickets": [{"id": leave.pk}, {"id": access.pk}], "attribute": "agree"}
    response = _bulk(bot, body, HTTP_X_ACTING_USER="lead")
    assert response.status_code == 200, response.content
    first, second = response.json()["results"]
    assert (first["id"], first["ok"]) == (leave.pk, True)
    assert (second["id"], second["ok"], second["error"]["code"]) == (access.pk, False, "acting_not_granted")
    with schema_context("it"):
        row = FlowLog.objects.filter(ticket=leave).order_by("-id").select_related("actor")[0]
        assert (row.actor.username if row.actor else "", row.via_app) == ("lead", "leave-bot")
    assert reloaded(access).row_version == access.row_version
