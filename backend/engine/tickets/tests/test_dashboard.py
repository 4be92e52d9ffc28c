"""Statistics across workflows (GET /statistics and its CSVs): counts, backlog, breaches, slowest
states, who may read them, the period's limits, and a query count that does not grow with workflows."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tenants.utils import schema_context

from conftest import error_of
from engine.tickets.models import FlowLog, Ticket, TicketHandler
from engine.tickets.services import ticket_create, ticket_handle
from engine.workflows.models import Workflow
from engine.workflows.tests.factories import LEAVE, PERMISSION, seed_samples, user_principal

pytestmark = pytest.mark.django_db


def _tickets(workflows: dict[str, Workflow]) -> dict[str, Ticket]:
    """Two leave requests (one approved after an hour with the leader), one permission request."""
    alice = user_principal("alice")
    done = ticket_create(
        workflow=workflows["leave"], principal=alice, values={**LEAVE, "days": 2}, transition="submit"
    )
    waiting = ticket_create(workflow=workflows["leave"], principal=alice, values=LEAVE, transition="submit")
    FlowLog.objects.filter(ticket=done).update(created_at=timezone.now() - timedelta(hours=1))
    ticket_handle(ticket_id=done.pk, principal=user_principal("lead"), transition="lead_approve")
    access = ticket_create(
        workflow=workflows["it-permission"], principal=alice, values=PERMISSION, transition="submit"
    )
    return {"done": done, "waiting": waiting, "access": access}


def _breach(ticket: Ticket, state: str, days_ago: int) -> None:
    row = FlowLog.objects.create(ticket=ticket, action="sla_breached", from_state=state, to_state=state)
    FlowLog.objects.filter(pk=row.pk).update(created_at=timezone.now() - timedelta(days=days_ago))


@pytest.fixture
def week(login: Any) -> dict[str, Any]:
    """The `it` tenant's last 7 days as its admin reads them: `_tickets`, and SLA breaches of the
    waiting leave request today, yesterday and 40 days ago."""
    admin = login("it", "boss", admin=True)
    with schema_context("it"):
        workflows = seed_samples()
        tickets = _tickets(workflows)
        for days_ago in (0, 1, 40):
            _breach(tickets["waiting"], "lead_review", days_ago)
    today = timezone.localdate()
    response = admin.get(f"/api/v1/statistics?from={today - timedelta(days=6)}&to={today}")
    assert response.status_code == 200, response.content
    return {"body": response.json(), "leave": workflows["leave"].pk, "today": today}


def test_opened_finished_and_breaches_of_the_period(week):
    body, today = week["body"], week["today"]
    assert (body["from_day"], body["to_day"]) == (str(today - timedelta(days=6)), str(today))
    assert len(body["per_day"]) == 7
    assert body["per_day"][-1] == {"day": str(today), "opened": 3, "finished": 1}
    assert body["summary"] == {"opened": 3, "finished": 1, "open_now": 2, "sla_breaches": 2}
    assert body["sla_breaches"] == [{"workflow_id": week["leave"], "workflow": "Leave request", "count": 2}]


def test_the_backlog_by_state_and_by_person(week):
    body = week["body"]
    by_state = {(row["workflow_id"], row["state"]): row for row in body["backlog_by_state"]}
    assert by_state[(week["leave"], "lead_review")]["count"] == 1
    assert by_state[(week["leave"], "lead_review")]["state_name"] == "Leader review"
    assert sum(row["count"] for row in body["backlog_by_state"]) == 2
    people = {row["username"]: row["count"] for row in body["backlog_by_person"]}
    with schema_context("it"):
        waiting_on = TicketHandler.objects.filter(ticket__status=Ticket.Status.IN_PROGRESS)
        assert people == {
            username: waiting_on.filter(user__username=username).values("ticket").distinct().count()
            for username in waiting_on.values_list("user__username", flat=True)
        }
    assert people["lead"] == 2  # the waiting leave request and the access request


def test_the_slowest_states(week):
    slow = next(row for row in week["body"]["slowest_states"] if row["state"] == "lead_review")
    assert (slow["workflow"], slow["state_name"], slow["visits"]) == ("Leave request", "Leader review", 1)
    assert 3500 < slow["median_seconds"] < 3700
    assert slow["p90_seconds"] == pytest.approx(slow["median_seconds"])


def test_the_period_defaults_to_30_days_and_is_bounded(login):
    admin = login("it", "boss", admin=True)
    today = timezone.localdate()
    body = admin.get("/api/v1/statistics").json()
    assert len(body["per_day"]) == 30
    assert body["to_day"] == str(today)
    assert body["summary"] == {"opened": 0, "finished": 0, "open_now": 0, "sla_breaches": 0}

    too_long = admin.get(f"/api/v1/statistics?from={today - timedelta(days=366)}&to={today}")
    assert too_long.status_code == 422
    assert "366" in error_of(too_long)["message"]
    assert admin.get(f"/api/v1/statistics?from={today - timedelta(days=365)}&to={today}").status_code == 200
    backwards = admin.get(f"/api/v1/statistics?from={today}&to={today - timedelta(days=1)}")
    assert backwards.status_code == 422
    assert admin.get("/api/v1/statistics?from=yesterday").status_code == 422


def test_people_see_the_workflows_whose_statistics_they_may_read(login, make_user):
    with schema_context("it"):
        workflows = seed_samples()
        _tickets(workflows)
    bob = login("it", "bob2")
    assert bob.get("/api/v1/statistics").status_code == 403
    with schema_context("it"):
        from core.access.models import User

        workflows["it-permission"].admins.add(User.objects.get(username="bob2"))
    body = bob.get("/api/v1/statistics").json()
    assert body["summary"]["opened"] == 1  # only the access request
    assert {row["workflow_id"] for row in body["backlog_by_state"]} == {workflows["it-permission"].pk}
    assert bob.get("/api/v1/statistics/per_day/csv").status_code == 200


def _count_queries(client: Any) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/api/v1/statistics").status_code == 200
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_workflows_or_tickets(login):
    admin = login("it", "boss", admin=True)
    with schema_context("it"):
        workflows = seed_samples()
        ticket_create(
            workflow=workflows["leave"], principal=user_principal("alice"), values=LEAVE, transition="submit"
        )
    before = _count_queries(admin)
    with schema_context("it"):
        _tickets(workflows)
    assert _count_queries(admin) == before
    assert before <= 12  # session, user, the five charts


def _csv(response: Any) -> list[list[str]]:
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_each_chart_downloads_as_csv(login):
    admin = login("it", "boss", admin=True)
    with schema_context("it"):
        workflows = seed_samples()
        _tickets(workflows)
        Workflow.objects.filter(pk=workflows["leave"].pk).update(name="=HYPERLINK(1)")
    today = timezone.localdate()
    query = f"from={today - timedelta(days=2)}&to={today}"

    response = admin.get(f"/api/v1/statistics/per_day/csv?{query}")
    assert f"statistics-per_day-{today - timedelta(days=2)}-{today}.csv" in response["Content-Disposition"]
    assert _csv(response)[0] == ["day", "opened", "finished"]
    assert _csv(admin.get(f"/api/v1/statistics/per_day/csv?{query}"))[-1] == [str(today), "3", "1"]
    by_state = _csv(admin.get(f"/api/v1/statistics/backlog_by_state/csv?{query}"))
    assert by_state[0] == ["workflow_id", "workflow", "state", "state_name", "count"]
    assert by_state[[row[2] for row in by_state].index("lead_review")][1:3] == [
        "'=HYPERLINK(1)",
        "lead_review",
    ]
    for chart in ("backlog_by_person", "sla_breaches", "slowest_states"):
        assert len(_csv(admin.get(f"/api/v1/statistics/{chart}/csv?{query}"))) >= 1
    assert admin.get(f"/api/v1/statistics/nonsense/csv?{query}").status_code == 422
    assert admin.get("/api/v1/statistics/per_day/csv?from=2020-01-01&to=2026-01-01").status_code == 422


def test_statistics_stay_in_their_tenant(login):
    with schema_context("it"):
        _tickets(seed_samples())
    hr_admin = login("hr", "boss", admin=True)
    assert hr_admin.get("/api/v1/statistics").json()["summary"]["opened"] == 0
