"""The notification log names each row's ticket (serial, title) and workflow (key, name), is
filtered by the serial and the workflow key, and reads them in the page's one query."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from engine.tickets.services import ticket_create
from engine.workflows.tests.factories import LEAVE, user_principal
from integrations.notifications.tests.factories import email_channel, process

pytestmark = pytest.mark.django_db

LIST = "/api/v1/notifications"


@pytest.fixture
def notified(world, smtp, django_capture_on_commit_callbacks):
    email_channel(smtp.port)
    tickets = []
    for _ in range(3):
        ticket = ticket_create(
            workflow=world["leave"], principal=user_principal("alice"), values=LEAVE, transition="submit"
        )
        process(ticket, django_capture_on_commit_callbacks)
        ticket.refresh_from_db()
        tickets.append(ticket)
    return tickets


def test_rows_name_their_ticket_and_workflow(notified, login):
    admin = login("it", "root", admin=True)
    items = admin.get(LIST).json()["items"]
    assert len(items) == 3
    by_id = {ticket.pk: ticket for ticket in notified}
    for item in items:
        ticket = by_id[item["ticket_id"]]
        assert (item["ticket_serial"], item["ticket_title"]) == (ticket.serial, ticket.title)
        assert (item["workflow_key"], item["workflow_name"]) == (ticket.workflow.key, ticket.workflow.name)


def test_filter_by_serial_and_workflow_key(notified, login):
    admin = login("it", "root", admin=True)
    serial = notified[1].serial
    assert [item["ticket_serial"] for item in admin.get(LIST, {"ticket_serial": serial}).json()["items"]] == [
        serial
    ]
    assert len(admin.get(LIST, {"workflow_key": notified[0].workflow.key}).json()["items"]) == 3
    assert admin.get(LIST, {"workflow_key": "nope"}).json()["items"] == []


def test_the_references_cost_no_query(notified, login):
    admin = login("it", "root", admin=True)

    def queries(limit: int) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert admin.get(LIST, {"limit": limit}).status_code == 200
        return len(captured)

    assert admin.get(LIST, {"limit": 1}).status_code == 200  # switches the schema: not counted
    assert queries(1) == queries(3) <= 4
