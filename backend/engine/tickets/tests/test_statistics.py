"""Workflow statistics: per-day counts and time per state from the flow log."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from django_tenants.utils import schema_context

from engine.tickets.models import FlowLog, Ticket
from engine.tickets.services import ticket_create, ticket_handle
from engine.workflows.tests.factories import LEAVE, seed_samples, user_principal

pytestmark = pytest.mark.django_db


def test_statistics_count_days_and_time_per_state(login):
    admin = login("it", "boss", admin=True)
    with schema_context("it"):
        workflows = seed_samples()
        leave = workflows["leave"]
        done = ticket_create(
            workflow=leave,
            principal=user_principal("alice"),
            values={**LEAVE, "days": 2},
            transition="submit",
        )
        ticket_create(workflow=leave, principal=user_principal("alice"), values=LEAVE, transition="submit")
        # Pretend the leader took an hour over the first one.
        FlowLog.objects.filter(ticket=done).update(created_at=timezone.now() - timedelta(hours=1))
        ticket_handle(ticket_id=done.pk, principal=user_principal("lead"), transition="lead_approve")

    response = admin.get(f"/api/v1/workflows/{leave.pk}/statistics?days=7")
    assert response.status_code == 200, response.content
    body = response.json()
    assert len(body["per_day"]) == 7
    assert body["per_day"][-1]["created"] == 2
    assert body["per_day"][-1]["finished"] == 1
    assert body["by_status"] == {"finished": 1, "in_progress": 1}
    lead_review = next(row for row in body["per_state"] if row["state"] == "lead_review")
    assert lead_review["visits"] == 1
    assert 3500 < lead_review["mean_seconds"] < 3700
    assert lead_review["p90_seconds"] == pytest.approx(lead_review["mean_seconds"])
    with schema_context("it"):
        assert Ticket.objects.count() == 2


def test_statistics_count_sla_breaches_per_day_and_state(login):
    admin = login("it", "boss", admin=True)
    with schema_context("it"):
        leave = seed_samples()["leave"]
        ticket = ticket_create(
            workflow=leave, principal=user_principal("alice"), values=LEAVE, transition="submit"
        )
        for days_ago in (0, 0, 2, 30):
            FlowLog.objects.create(
                ticket=ticket, action="sla_breached", from_state="lead_review", to_state="lead_review"
            )
            FlowLog.objects.filter(pk=FlowLog.objects.latest("id").pk).update(
                created_at=timezone.now() - timedelta(days=days_ago)
            )

    body = admin.get(f"/api/v1/workflows/{leave.pk}/statistics?days=7").json()
    per_day = body["sla_breaches_per_day"]
    assert len(per_day) == 7
    assert per_day[-1]["count"] == 2
    assert per_day[-3]["count"] == 1
    assert sum(day["count"] for day in per_day) == 3  # the one 30 days ago is outside the period
    assert body["sla_breaches_by_state"] == [{"state": "lead_review", "count": 3}]


def test_statistics_are_for_admins_and_viewers(login):
    with schema_context("it"):
        leave = seed_samples()["leave"]
    alice = login("it", "alice2")
    assert alice.get(f"/api/v1/workflows/{leave.pk}/statistics").status_code == 403
    admin = login("it", "boss", admin=True)
    assert admin.get(f"/api/v1/workflows/{leave.pk}/statistics?days=0").status_code == 422
