"""Field history: every flow-log row that changes field values keeps old → new (`field_changes`),
on every path (create, handle, votes, field updates, background results), the move events carry
it, and the flow-log read leaves out the fields hidden from the caller, in both columns."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context

from core.access.models import User
from engine.tickets.models import FlowLog, OutboxEvent, Ticket
from engine.tickets.runtime.background import ticket_background_result
from engine.tickets.services import (
    ticket_accept,
    ticket_create,
    ticket_deliver,
    ticket_force_state,
    ticket_update_fields,
)
from engine.tickets.tests.factories import create_ticket, handle_ticket
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.models import Workflow
from engine.workflows.samples import countersign, field, state, transition, users
from engine.workflows.services import workflow_create, workflow_publish
from engine.workflows.tests.factories import one_step_document, user_principal

pytestmark = pytest.mark.django_db

SECRET = "HR only: salary review pending"


def _rows(ticket: Ticket, action: str) -> list[FlowLog]:
    with schema_context("it"):
        return list(FlowLog.objects.filter(ticket=ticket, action=action).order_by("id"))


def _log(client: Any, ticket: Ticket) -> list[dict[str, Any]]:
    response = client.get(f"/api/v1/tickets/{ticket.pk}/flow-log")
    assert response.status_code == 200, response.content
    return list(response.json())


def _update(ticket: Ticket, username: str, **values: Any) -> None:
    with schema_context("it"):
        ticket_update_fields(ticket_id=ticket.pk, principal=user_principal(username), values=values)


# ---- what is recorded ----------------------------------------------------------------------------


def test_create_records_every_first_value_from_nothing(world):
    ticket = create_ticket(world["leave"], submit=False, reason="Trip")
    [created] = _rows(ticket, "create")
    assert created.field_changes == [
        {"field": "leave_type", "old": None, "new": "annual"},
        {"field": "start_date", "old": None, "new": "2026-12-01"},
        {"field": "days", "old": None, "new": 5},
        {"field": "reason", "old": None, "new": "Trip"},
    ]
    assert created.changed_fields == {change["field"]: change["new"] for change in created.field_changes}


def test_update_fields_records_old_and_new(world):
    ticket = create_ticket(world["leave"], submit=False)
    _update(ticket, "alice", days=8, reason="Family visit", start_date="2026-12-02")
    [updated] = _rows(ticket, "update_fields")
    # Unchanged values (reason) are not changes; the order is the fields' order.
    assert updated.field_changes == [
        {"field": "start_date", "old": "2026-12-01", "new": "2026-12-02"},
        {"field": "days", "old": 5, "new": 8},
    ]
    assert updated.changed_fields == {"start_date": "2026-12-02", "days": 8}


def test_handle_with_fields_records_them_and_the_move_events_carry_them(world):
    ticket = create_ticket(world["leave"])
    handle_ticket(ticket, "lead", "lead_approve")  # 5 days: on to HR
    with schema_context("it"):
        ticket_accept(ticket_id=ticket.pk, principal=user_principal("carol"))
    handle_ticket(ticket, "carol", "hr_approve", values={"hr_note": "ok"})
    [*_earlier, approved] = _rows(ticket, "transition")
    expected = [{"field": "hr_note", "old": None, "new": "ok"}]
    assert (approved.transition_key, approved.field_changes) == ("hr_approve", expected)
    with schema_context("it"):
        events = OutboxEvent.objects.filter(ticket=ticket, data__transition="hr_approve")
        by_event = {event.event: event.data for event in events}
    assert set(by_event) == {"transition", "state_entered", "finished"}
    assert all(data["field_changes"] == expected for data in by_event.values())
    assert by_event["transition"]["changed_fields"] == {"hr_note": "ok"}


def _countersigned() -> Workflow:
    review = state(
        "review",
        "Review",
        participant=users("lead", "carol"),
        distribution=countersign("all"),
        field_permissions={"note": "optional"},
    )
    document = one_step_document(
        "VT",
        review,
        transition("approve", "Approve", "review", "done"),
        fields=[field("note", "Note", "text", required=False)],
    )
    with schema_context("it"):
        workflow = workflow_create(
            key="votes", name="Votes", document=WorkflowDocument.model_validate(document)
        )
        workflow_publish(workflow=workflow, actor=None)
    return workflow


def test_a_vote_with_fields_records_them(world):
    workflow = _countersigned()
    with schema_context("it"):
        ticket = ticket_create(
            workflow=workflow, principal=user_principal("alice"), values={"note": "a"}, transition="submit"
        )
    handle_ticket(ticket, "lead", "approve", values={"note": "b"})
    [vote] = _rows(ticket, "vote")
    assert vote.field_changes == [{"field": "note", "old": "a", "new": "b"}]
    assert vote.changed_fields == {"note": "b"}


def test_a_background_result_records_old_and_new(world):
    ticket = create_ticket(world["leave"])
    with schema_context("it"):
        visit = Ticket.objects.get(pk=ticket.pk).state_entry
        ticket_background_result(ticket_id=ticket.pk, state_entry=visit, action="script", fields={"days": 2})
    [scripted] = _rows(ticket, "script")
    assert scripted.field_changes == [{"field": "days", "old": 5, "new": 2}]


def test_actions_without_field_changes_record_none(world):
    ticket = create_ticket(world["leave"])
    with schema_context("it"):
        ticket_deliver(ticket_id=ticket.pk, principal=user_principal("lead"), to="carol")
    [submitted] = _rows(ticket, "transition")
    [delivered] = _rows(ticket, "deliver")
    assert (submitted.field_changes, submitted.changed_fields) == ([], {})
    assert (delivered.field_changes, delivered.changed_fields) == ([], {"to": "carol"})


# ---- who reads it --------------------------------------------------------------------------------


def _with_hidden_note(world: dict[str, Workflow]) -> Ticket:
    """A leave request whose HR note was written in HR review, then forced back to the draft,
    where the note is hidden (from all but the workflow's managers)."""
    ticket = create_ticket(world["leave"])
    handle_ticket(ticket, "lead", "lead_approve")
    with schema_context("it"):
        ticket_accept(ticket_id=ticket.pk, principal=user_principal("carol"))
    _update(ticket, "carol", hr_note="draft note")
    _update(ticket, "carol", hr_note=SECRET)
    with schema_context("it"):
        ticket_force_state(ticket_id=ticket.pk, principal=user_principal("root"), state="draft")
    return ticket


def _note_changes(log: list[dict[str, Any]]) -> list[tuple[Any, Any]]:
    return [
        (change["old"], change["new"])
        for row in log
        for change in row["field_changes"]
        if change["field"] == "hr_note"
    ]


@pytest.mark.parametrize("username", ["alice", "lead", "carol"])
def test_a_hidden_field_never_reaches_who_cannot_see_it(world, as_user, username):
    ticket = _with_hidden_note(world)
    client = as_user(username)
    detail = client.get(f"/api/v1/tickets/{ticket.pk}")
    log = client.get(f"/api/v1/tickets/{ticket.pk}/flow-log")
    assert detail.status_code == log.status_code == 200
    assert "hr_note" not in {field["key"] for field in detail.json()["fields"]}
    # Neither its old nor its new value, in neither column, in any row.
    for body in (detail.content, log.content):
        assert b"hr_note" not in body
        assert SECRET.encode() not in body
        assert b"draft note" not in body
    # The rest of the history is still there.
    assert any(change["field"] == "days" for row in log.json() for change in row["field_changes"])


def test_tenant_admins_see_the_hidden_field_and_its_history(world, as_user):
    ticket = _with_hidden_note(world)
    root = as_user("root")
    log = _log(root, ticket)
    assert _note_changes(log) == [(None, "draft note"), ("draft note", SECRET)]
    assert [row["changed_fields"] for row in log if row["action"] == "update_fields"] == [
        {"hr_note": "draft note"},
        {"hr_note": SECRET},
    ]
    fields = {field["key"]: field for field in root.get(f"/api/v1/tickets/{ticket.pk}").json()["fields"]}
    assert (fields["hr_note"]["value"], fields["hr_note"]["permission"]) == (SECRET, "hidden")


def test_workflow_admins_see_the_hidden_field_history(world, as_user):
    ticket = _with_hidden_note(world)
    with schema_context("it"):
        world["leave"].admins.add(User.objects.get(username="bob"))
    assert _note_changes(_log(as_user("bob"), ticket)) == [(None, "draft note"), ("draft note", SECRET)]


def test_who_may_see_the_field_in_the_current_state_gets_its_history(world, as_user):
    ticket = create_ticket(world["leave"])
    handle_ticket(ticket, "lead", "lead_approve")
    with schema_context("it"):
        ticket_accept(ticket_id=ticket.pk, principal=user_principal("carol"))
    _update(ticket, "carol", hr_note=SECRET)
    # In HR review the note is optional (editable) for everyone who may see the ticket.
    assert _note_changes(_log(as_user("alice"), ticket)) == [(None, SECRET)]


def test_non_field_data_is_not_filtered(world, as_user):
    ticket = create_ticket(world["leave"])
    with schema_context("it"):
        ticket_deliver(ticket_id=ticket.pk, principal=user_principal("lead"), to="carol")
    [delivered] = [row for row in _log(as_user("alice"), ticket) if row["action"] == "deliver"]
    assert (delivered["changed_fields"], delivered["field_changes"]) == ({"to": "carol"}, [])


def test_the_flow_log_read_does_not_grow_with_its_rows(world, as_user):
    ticket = _with_hidden_note(world)
    alice = as_user("alice")

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            _log(alice, ticket)
        # (A schema_context in between makes the next request set its search_path again.)
        return len([query for query in captured if not query["sql"].startswith("SET ")])

    before = queries()
    for days in range(6, 12):
        _update(ticket, "alice", days=days)
    assert queries() == before
