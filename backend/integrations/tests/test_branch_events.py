"""What webhooks and notifications say about events inside parallel branches: the state the event
is about is the branch's (not the split the ticket waits at), the body names the branch, and the
handlers told of a branch's state are that branch's."""

from __future__ import annotations

import pytest

from engine.tickets.models import Timer
from engine.tickets.runtime.background import timer_fire
from integrations.notifications.models import Notification, NotificationChannel
from integrations.tests.factories import (
    FACILITIES_BRANCH,
    IT_BRANCH,
    onboard,
    onboarding_document,
    process_events,
    published,
)
from integrations.webhooks.models import WebhookDelivery

pytestmark = pytest.mark.django_db

RULE = {
    "events": ["state_entered"],
    "states": ["it", "facilities"],
    "channel": "email",
    "recipients": ["handlers"],
    "template": "{state} ({branch})\n{serial} waits in {state} on {branch}.",
}
SUBSCRIPTION = {"events": ["state_entered", "sla_breached"], "url": "https://receiver.example.com/events"}


def _ticket():
    NotificationChannel.objects.create(code="email", name="Mail", kind="email")  # never sent here
    sla = {"duration_seconds": 60, "action": "remind"}
    document = onboarding_document(
        {"kind": "users", "users": ["lead"]},
        it_state={"sla": sla},
        notifications=[RULE],
        webhooks=[SUBSCRIPTION],
    )
    return onboard(published("onboarding", document))


def test_a_branchs_handlers_hear_of_its_state_by_the_branchs_name(onboarding_world):
    ticket = _ticket()
    rows = Notification.objects.filter(ticket=ticket).order_by("recipients")
    assert [(row.recipients, row.subject, row.body) for row in rows] == [
        (
            ["carol"],
            "Facilities (fork:to_facilities)",
            f"{ticket.serial} waits in Facilities on fork:to_facilities.",
        ),
        (["lead"], "IT (fork:to_it)", f"{ticket.serial} waits in IT on fork:to_it."),
    ]


def test_a_webhook_names_the_events_state_and_branch_beside_the_tickets_own(onboarding_world):
    ticket = _ticket()
    entered = {
        row.payload["state"]["key"]: row.payload
        for row in WebhookDelivery.objects.filter(ticket=ticket, event_name="state_entered")
    }
    assert set(entered) == {"fork", "it", "facilities"}
    assert (entered["it"]["branch"], entered["it"]["state"]["name"]) == (IT_BRANCH, "IT")
    assert entered["facilities"]["branch"] == FACILITIES_BRANCH
    assert entered["fork"]["branch"] is None  # the ticket's own path entered the split
    # The ticket itself waits at the split while its branches run.
    assert entered["it"]["ticket"]["state"] == {"key": "fork", "name": "Fork"}
    assert entered["it"]["data"]["branch"] == IT_BRANCH


def test_an_sla_breached_in_a_branch_names_the_branch(onboarding_world):
    ticket = _ticket()
    timer = Timer.objects.get(ticket=ticket, kind="sla")
    assert timer_fire(timer_id=timer.pk) == "SLA breached: reminded"
    process_events(ticket)
    [breached] = WebhookDelivery.objects.filter(ticket=ticket, event_name="sla_breached")
    assert (breached.payload["state"]["key"], breached.payload["branch"]) == ("it", IT_BRANCH)
