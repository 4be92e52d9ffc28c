"""The parallel and sub-process samples (engine/workflows/samples.py) end to end over HTTP, as the
people of the test directory (factories.DIRECTORY) use them: who sees what in their to-do list, who
acts on which branch, when the join and the sub-tickets move the ticket on.

Onboarding: alice (of it-dev, led by lead) files it; bob (role ops) prepares IT, lead (leader of
it-ops) facilities, carol (role hr) HR, in parallel; lead, alice's leader, signs off after the join.
Order: alice orders; bob (role ops) delivers each item, one order-item sub-ticket per row.
"""

from __future__ import annotations

from typing import Any

import pytest
from django_tenants.utils import schema_context

from conftest import PASSWORD
from core.access.models import User
from engine.tickets.models import Ticket
from engine.tickets.tests.factories import places
from engine.workflows.models import Workflow
from engine.workflows.tests.factories import ALL_SAMPLES, post_json, seed_samples

HIRE = {"name": "Dana Smith", "start_date": "2027-01-04", "laptop": True, "desk": "3F-12"}
ITEMS = [{"name": "Monitor", "qty": 2}, {"name": "Keyboard", "qty": 2}, {"name": "Desk lamp", "qty": 1}]


@pytest.fixture
def samples(db: None) -> dict[str, Workflow]:
    """Every sample published in `it`, every synced person with conftest.PASSWORD."""
    with schema_context("it"):
        workflows = seed_samples(ALL_SAMPLES)
        for user in User.objects.all():
            user.set_password(PASSWORD)
            user.save()
    return workflows


def file(as_user: Any, workflow: Workflow, fields: dict[str, Any], username: str = "alice") -> dict[str, Any]:
    response = post_json(
        as_user(username),
        "/api/v1/tickets",
        {"workflow_id": workflow.pk, "fields": fields, "transition": "submit"},
    )
    assert response.status_code == 201, response.content
    return dict(response.json())


def act(as_user: Any, username: str, ticket_id: int, transition: str) -> dict[str, Any]:
    response = post_json(as_user(username), f"/api/v1/tickets/{ticket_id}/handle", {"transition": transition})
    assert response.status_code == 200, response.content
    return dict(response.json())


def todo(as_user: Any, username: str, workflow: Workflow) -> list[int]:
    response = as_user(username).get(f"/api/v1/tickets?view=todo&workflow={workflow.pk}")
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["items"]]


def test_onboarding_runs_its_three_branches_then_the_manager_signs_off(samples: Any, as_user: Any) -> None:
    onboarding = samples["onboarding"]
    ticket = file(as_user, onboarding, HIRE)
    assert (ticket["state"], ticket["status"]) == ("prepare", "in_progress")
    assert ticket["title"] == "Onboarding Dana Smith, starting 2027-01-04"
    for username in ("bob", "lead", "carol"):
        assert todo(as_user, username, onboarding) == [ticket["id"]]

    act(as_user, "bob", ticket["id"], "it_ready")
    assert todo(as_user, "bob", onboarding) == []
    act(as_user, "carol", ticket["id"], "hr_ready")
    assert act(as_user, "lead", ticket["id"], "facilities_ready")["state"] == "sign_off"  # the join
    with schema_context("it"):
        assert set(places(Ticket(pk=ticket["id"])).values()) == {("ready", "done")}
    assert todo(as_user, "lead", onboarding) == [ticket["id"]]

    done = act(as_user, "lead", ticket["id"], "sign_off")
    assert (done["state"], done["status"]) == ("onboarded", "finished")
    log = as_user("alice").get(f"/api/v1/tickets/{ticket['id']}/flow-log").json()
    splits = [(row["from_state"], row["to_state"]) for row in log if row["action"] == "split"]
    assert splits == [("prepare", "it"), ("prepare", "facilities"), ("prepare", "hr")]
    assert [row["to_state"] for row in log if row["action"] == "join"] == ["sign_off"]


def test_hr_sends_an_onboarding_back_and_the_other_branches_stop(samples: Any, as_user: Any) -> None:
    onboarding = samples["onboarding"]
    ticket = file(as_user, onboarding, HIRE)
    act(as_user, "bob", ticket["id"], "it_ready")
    returned = act(as_user, "carol", ticket["id"], "hr_return")
    assert (returned["state"], returned["status"]) == ("draft", "returned")
    assert todo(as_user, "lead", onboarding) == []
    # Submitted again, all three prepare afresh.
    assert act(as_user, "alice", ticket["id"], "submit")["state"] == "prepare"
    for username in ("bob", "lead", "carol"):
        assert todo(as_user, username, onboarding) == [ticket["id"]]


def test_an_order_completes_when_every_item_is_delivered(samples: Any, as_user: Any) -> None:
    order = file(as_user, samples["order"], {"purpose": "New team room", "items": ITEMS})
    assert (order["state"], order["status"]) == ("delivery", "in_progress")
    items = todo(as_user, "bob", samples["order-item"])
    assert len(items) == 3
    details = [as_user("bob").get(f"/api/v1/tickets/{item}").json() for item in items]
    assert {(d["parent_id"], d["title"]) for d in details} == {
        (order["id"], "Monitor (2)"),
        (order["id"], "Keyboard (2)"),
        (order["id"], "Desk lamp (1)"),
    }

    for item in items[:2]:
        act(as_user, "bob", item, "deliver")
    assert as_user("alice").get(f"/api/v1/tickets/{order['id']}").json()["state"]["key"] == "delivery"
    act(as_user, "bob", items[2], "deliver")
    complete = as_user("alice").get(f"/api/v1/tickets/{order['id']}").json()
    assert (complete["state"]["key"], complete["status"]) == ("complete", "finished")


def test_an_unavailable_item_sends_the_order_back_to_its_creator(samples: Any, as_user: Any) -> None:
    order = file(as_user, samples["order"], {"purpose": "New team room", "items": ITEMS})
    first, *_rest = todo(as_user, "bob", samples["order-item"])
    act(as_user, "bob", first, "unavailable")
    returned = as_user("alice").get(f"/api/v1/tickets/{order['id']}").json()
    assert (returned["state"]["key"], returned["status"]) == ("draft", "returned")
    # Amended and submitted again, the order files one item per row again.
    assert act(as_user, "alice", order["id"], "submit")["state"] == "delivery"
    assert len(todo(as_user, "bob", samples["order-item"])) == 2 + 3
