"""The delivery log names each delivery's ticket (serial, title) and workflow (key, name), and is
filtered by the serial and the workflow key; all in the page's one query."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

LIST = "/api/v1/webhooks/deliveries"


def test_deliveries_show_the_ticket_and_workflow(admin, deliveries):
    *_, ticket, _ = deliveries
    items = admin.get(LIST).json()["items"]
    with_ticket = [item for item in items if item["ticket_id"] == ticket.pk]
    assert len(with_ticket) == 3
    for item in with_ticket:
        assert item["ticket_serial"] == ticket.serial
        assert item["ticket_title"] == ticket.title
        assert item["workflow_key"] == ticket.workflow.key
        assert item["workflow_name"] == ticket.workflow.name
    without = [item for item in items if item["ticket_id"] is None]
    assert without
    assert all(item["ticket_serial"] is None and item["workflow_key"] is None for item in without)
    detail = admin.get(f"{LIST}/{with_ticket[0]['id']}").json()
    assert detail["ticket_serial"] == ticket.serial


def test_deliveries_filter_by_serial_and_workflow_key(admin, deliveries):
    *_, ticket, _ = deliveries
    by_serial = admin.get(f"{LIST}?ticket_serial={ticket.serial}").json()["items"]
    assert {item["ticket_id"] for item in by_serial} == {ticket.pk}
    assert len(by_serial) == 3
    by_key = admin.get(f"{LIST}?workflow_key={ticket.workflow.key}").json()["items"]
    assert len(by_key) == 3
    assert admin.get(f"{LIST}?ticket_serial=NOPE-1").json()["items"] == []
    assert admin.get(f"{LIST}?workflow_key=nope&status=failed").json()["items"] == []
    assert admin.get(f"{LIST}?ticket_serial={'x' * 41}").status_code == 422


def test_the_references_cost_no_query(admin, deliveries):
    def queries(limit: int) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert admin.get(f"{LIST}?limit={limit}").status_code == 200
        return len(captured)

    assert admin.get(f"{LIST}?limit=1").status_code == 200  # switches the schema: not counted
    assert queries(1) == queries(7) <= 4
