"""Ticket reads over HTTP: lists and their filters, counts, detail, actions, flow log, steps."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tenants.utils import schema_context

from conftest import PASSWORD, error_of
from core.access.models import User
from engine.tickets.documents import forget_parsed_documents
from engine.tickets.models import Ticket
from engine.tickets.services import ticket_accept, ticket_create, ticket_handle
from engine.workflows.models import Workflow
from engine.workflows.tests.factories import LEAVE, seed_samples, user_principal

pytestmark = pytest.mark.django_db

PERMISSION = {"system": "gitlab", "access_level": "write", "justification": "Need to push the release"}


@pytest.fixture
def world(make_user):
    with schema_context("it"):
        workflows = seed_samples()
        for user in User.objects.all():
            user.set_password(PASSWORD)
            user.save()
    make_user("it", "root", admin=True)
    return workflows


@pytest.fixture
def as_user(client_for):
    clients: dict[tuple[str, str], Any] = {}

    def make(username: str, tenant: str = "it") -> Any:
        if (tenant, username) not in clients:
            client = client_for(tenant)
            response = client.post(
                "/api/v1/auth/login",
                {"username": username, "password": PASSWORD},
                content_type="application/json",
            )
            assert response.status_code == 200, response.content
            clients[(tenant, username)] = client
        return clients[(tenant, username)]

    return make


def _create(workflow: Workflow, username: str = "alice", *, submit: bool = True, **values: Any) -> Ticket:
    with schema_context("it"):
        base = PERMISSION if workflow.key == "it-permission" else LEAVE
        return ticket_create(
            workflow=workflow,
            principal=user_principal(username),
            values={**base, **values},
            transition="submit" if submit else None,
        )


def _handle(ticket: Ticket, username: str, transition: str, **kwargs: Any) -> None:
    with schema_context("it"):
        ticket_handle(
            ticket_id=ticket.pk, principal=user_principal(username), transition=transition, **kwargs
        )


def _ids(client: Any, query: str = "", status: int = 200) -> list[int]:
    response = client.get(f"/api/v1/tickets?{query}")
    assert response.status_code == status, response.content
    return [item["id"] for item in response.json()["items"]]


def test_views_follow_who_created_handles_and_handled(world, as_user):
    submitted = _create(world["leave"])
    draft = _create(world["leave"], submit=False)
    alice, lead, carol = as_user("alice"), as_user("lead"), as_user("carol")

    assert _ids(alice, "view=created") == [draft.pk, submitted.pk]
    assert _ids(alice, "view=todo") == []
    todo = lead.get("/api/v1/tickets?view=todo").json()["items"]
    assert [item["id"] for item in todo] == [submitted.pk]
    item = todo[0]
    assert item["my_role"] == "handler"
    assert item["state"] == {"key": "lead_review", "name": "Leader review"}
    assert item["workflow"] == {"id": world["leave"].pk, "key": "leave", "name": "Leave request"}
    assert item["creator"]["username"] == "alice"
    assert item["status"] == "in_progress"
    assert set(item) >= {"serial", "title", "created_at", "updated_at", "row_version"}
    assert _ids(lead, "view=handled") == []
    assert _ids(lead, "view=related") == [submitted.pk]

    _handle(submitted, "lead", "lead_approve")
    assert _ids(lead, "view=todo") == []
    assert _ids(lead, "view=handled") == [submitted.pk]
    assert _ids(lead, "view=related") == [submitted.pk]
    carol_todo = carol.get("/api/v1/tickets?view=todo").json()["items"]
    assert [(i["id"], i["my_role"]) for i in carol_todo] == [(submitted.pk, "candidate")]
    # The creator's own submit counts as handling (an action other than create).
    assert _ids(alice, "view=handled") == [submitted.pk]
    assert _ids(alice, "view=related") == [draft.pk, submitted.pk]
    assert _ids(alice) == [draft.pk, submitted.pk]  # related is the default view
    assert _ids(as_user("bob"), "view=related") == []


def test_pages_walk_every_ticket_once(world, as_user):
    created = [_create(world["leave"], days=1 + index % 3).pk for index in range(7)]
    alice = as_user("alice")
    seen: list[int] = []
    cursor = None
    pages = 0
    while True:
        query = "view=created&limit=3" + (f"&cursor={cursor}" if cursor else "")
        body = alice.get(f"/api/v1/tickets?{query}").json()
        seen += [item["id"] for item in body["items"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert pages == 3
    assert seen == sorted(created, reverse=True)
    assert len(set(seen)) == 7


def test_filters(world, as_user):
    annual = _create(world["leave"])
    sick = _create(world["leave"], leave_type="sick", days=2)
    draft = _create(world["leave"], submit=False)
    access = _create(world["it-permission"])
    _handle(sick, "lead", "lead_approve")  # 2 days: straight to approved
    with schema_context("it"):
        Ticket.objects.filter(pk=annual.pk).update(created_at=timezone.now() - timedelta(days=10))
        annual.refresh_from_db()
        sick.refresh_from_db()
    alice = as_user("alice")
    base = "view=created&"
    assert _ids(alice, base + f"workflow={world['it-permission'].pk}") == [access.pk]
    assert _ids(alice, base + "state=draft") == [draft.pk]
    assert _ids(alice, base + "status=finished") == [sick.pk]
    assert set(_ids(alice, base + "status=in_progress")) == {annual.pk, access.pk}
    assert _ids(alice, base + f"serial={sick.serial}") == [sick.pk]
    assert set(_ids(alice, base + "serial=LV-")) == {annual.pk, sick.pk, draft.pk}
    assert _ids(alice, base + "title=SICK") == [sick.pk]
    cutoff = (timezone.now() - timedelta(days=1)).isoformat().replace("+", "%2B")
    assert _ids(alice, base + f"created_before={cutoff}") == [annual.pk]
    assert annual.pk not in _ids(alice, base + f"created_after={cutoff}")
    assert _ids(alice, base + "field=days:2") == [sick.pk]
    assert _ids(alice, base + "field=leave_type:sick") == [sick.pk]
    assert _ids(alice, base + "field=days:2&field=leave_type:annual") == []
    assert _ids(alice, base + "field=system:gitlab") == [access.pk]
    assert _ids(alice, base + 'field=days:"2"') == []  # stored as an int


def test_bad_filters_are_4xx_with_the_error_shape(world, as_user):
    _create(world["leave"])
    alice = as_user("alice")
    for query, status in [
        ("view=nope", 422),
        ("status=bogus", 422),
        ("workflow=abc", 422),
        ("created_after=yesterday", 422),
        ("created_after=2026-01-02T00:00:00Z&created_before=2026-01-01T00:00:00Z", 422),
        ("field=days", 422),
        ("field=bad-key:1", 422),
        ("limit=0", 422),  # the bounds are in the OpenAPI schema
        ("limit=1000", 422),
        ("cursor=!!garbage!!", 400),
        ("limit=abc", 422),
    ]:
        response = alice.get(f"/api/v1/tickets?{query}")
        assert response.status_code == status, (query, response.content)
        error_of(response)


def test_all_view_for_admins_and_workflow_managers_only(world, as_user):
    leave = _create(world["leave"])
    access = _create(world["it-permission"])
    assert _ids(as_user("root"), "view=all") == [access.pk, leave.pk]
    refused = as_user("bob").get("/api/v1/tickets?view=all")
    assert refused.status_code == 403
    error_of(refused)
    with schema_context("it"):
        world["leave"].admins.add(User.objects.get(username="bob"))
    assert _ids(as_user("bob"), "view=all") == [leave.pk]


def test_all_view_through_the_viewers_audience(world, as_user):
    """A role listed as the version's viewers sees that workflow's tickets, and only those."""
    leave = _create(world["leave"])
    _create(world["it-permission"])
    with schema_context("it"):
        from engine.workflows.models import WorkflowVersion

        version = WorkflowVersion.objects.get(workflow=world["leave"], status="published")
        viewers = {"everyone": False, "users": [], "departments": [], "roles": ["ops"]}
        WorkflowVersion.objects.filter(pk=version.pk).update(
            document={**version.document, "viewers": viewers}
        )
        forget_parsed_documents()  # published documents are cached per process
    assert _ids(as_user("bob"), "view=all") == [leave.pk]
    assert as_user("bob").get(f"/api/v1/tickets/{leave.pk}").status_code == 200
    assert as_user("dave").get("/api/v1/tickets?view=all").status_code == 403


def test_counts(world, as_user):
    first = _create(world["leave"])
    _create(world["leave"])
    _create(world["leave"], submit=False)
    _handle(first, "lead", "lead_approve")
    assert as_user("alice").get("/api/v1/tickets/counts").json() == {
        "todo": 0,
        "created": 3,
        "handled": 2,
        "related": 3,
    }
    assert as_user("lead").get("/api/v1/tickets/counts").json() == {
        "todo": 1,
        "created": 0,
        "handled": 1,
        "related": 2,
    }
    assert as_user("carol").get("/api/v1/tickets/counts").json()["todo"] == 1


def test_detail_filters_fields_by_permission(world, as_user):
    draft = _create(world["leave"], submit=False)
    response = as_user("alice").get(f"/api/v1/tickets/{draft.pk}")
    assert response.status_code == 200, response.content
    body = response.json()
    assert response["ETag"] == f'"{body["row_version"]}"'
    assert body["version"] == 1
    assert body["parent_id"] is None
    assert body["handlers"] == []
    assert body["my_role"] is None
    fields = {field["key"]: field for field in body["fields"]}
    assert "hr_note" not in fields
    days_definition = fields["days"].pop("field")
    assert fields["days"] == {
        "key": "days",
        "label": "Days",
        "type": "int",
        "value": 5,
        "permission": "required",
    }
    # The whole definition comes along, so a form can validate and edit the value.
    assert days_definition["key"] == "days"
    assert days_definition["type"] == "int"
    assert days_definition["validation"]["min"] is not None
    assert fields["reason"]["permission"] == "optional"
    assert [field["key"] for field in body["fields"]] == ["leave_type", "start_date", "days", "reason"]

    admin_fields = {f["key"]: f for f in as_user("root").get(f"/api/v1/tickets/{draft.pk}").json()["fields"]}
    assert admin_fields["hr_note"]["permission"] == "hidden"

    submitted = _create(world["leave"])
    lead_view = as_user("lead").get(f"/api/v1/tickets/{submitted.pk}").json()
    assert lead_view["my_role"] == "handler"
    assert [(h["username"], h["kind"]) for h in lead_view["handlers"]] == [("lead", "handler")]
    assert {f["key"]: f["permission"] for f in lead_view["fields"]}["hr_note"] == "read_only"


def test_strangers_get_404(world, as_user):
    ticket = _create(world["leave"])
    bob = as_user("bob")
    for suffix in ("", "/actions", "/flow-log", "/steps"):
        response = bob.get(f"/api/v1/tickets/{ticket.pk}{suffix}")
        assert response.status_code == 404, suffix
        error_of(response)
    assert as_user("alice").get("/api/v1/tickets/999999").status_code == 404
    # The lead acted on it once; after it moves on he still sees it (he is in the flow log).
    _handle(ticket, "lead", "lead_approve")
    assert as_user("lead").get(f"/api/v1/tickets/{ticket.pk}").status_code == 200


def _actions(client: Any, ticket: Ticket) -> list[Any]:
    response = client.get(f"/api/v1/tickets/{ticket.pk}/actions")
    assert response.status_code == 200, response.content
    return [
        item["action"] if item["action"] != "handle" else ("handle", item["transition"])
        for item in response.json()
    ]


def test_actions_per_caller(world, as_user):
    ticket = _create(world["leave"])
    draft = _create(world["leave"], submit=False)
    lead, alice, root = as_user("lead"), as_user("alice"), as_user("root")
    assert _actions(lead, ticket) == [
        ("handle", "lead_approve"),
        ("handle", "lead_reject"),
        "deliver",
        "consult",
        "comment",
    ]
    reject = next(
        a
        for a in lead.get(f"/api/v1/tickets/{ticket.pk}/actions").json()
        if a.get("transition") == "lead_reject"
    )
    assert reject == {
        "action": "handle",
        "transition": "lead_reject",
        "name": "Reject",
        "attribute": "reject",
        "confirm_text": "Reject this leave?",
        "check_required_fields": False,
    }
    assert _actions(alice, ticket) == ["withdraw", "comment"]
    assert _actions(alice, draft) == [("handle", "submit"), "comment"]
    assert _actions(root, ticket) == ["close", "force_state", "comment"]
    assert as_user("bob").get(f"/api/v1/tickets/{ticket.pk}/actions").status_code == 404

    _handle(ticket, "lead", "lead_approve")
    assert _actions(as_user("carol"), ticket) == ["accept", "comment"]
    assert _actions(alice, ticket) == ["comment"]  # hr_review cannot be withdrawn
    assert _actions(lead, ticket) == ["comment"]
    with schema_context("it"):
        ticket_accept(ticket_id=ticket.pk, principal=user_principal("carol"))
    _handle(ticket, "carol", "hr_approve")
    assert _actions(root, ticket) == ["comment"]
    assert _actions(alice, ticket) == ["comment"]


def test_flow_log_in_order(world, as_user):
    ticket = _create(world["leave"])
    _handle(ticket, "lead", "lead_approve", comment="enjoy")
    response = as_user("alice").get(f"/api/v1/tickets/{ticket.pk}/flow-log")
    assert response.status_code == 200
    log = response.json()
    assert [(row["action"], row["transition"], row["from_state"], row["to_state"]) for row in log] == [
        ("create", "", "", "draft"),
        ("transition", "submit", "draft", "lead_review"),
        ("transition", "lead_approve", "lead_review", "hr_review"),
    ]
    assert [row["actor"]["username"] for row in log] == ["alice", "alice", "lead"]
    assert log[2]["comment"] == "enjoy"
    assert log[0]["changed_fields"]["days"] == 5
    assert set(log[0]) == {
        "id",
        "action",
        "actor",
        "via_app",
        "transition",
        "from_state",
        "to_state",
        "comment",
        "changed_fields",
        "created_at",
    }
    assert set(log[0]["actor"]) == {"id", "username", "display_name"}
    assert [row["id"] for row in log] == sorted(row["id"] for row in log)


def test_steps_mark_current_visited_and_path(world, as_user):
    ticket = _create(world["leave"])
    _handle(ticket, "lead", "lead_approve")
    response = as_user("alice").get(f"/api/v1/tickets/{ticket.pk}/steps")
    assert response.status_code == 200
    body = response.json()
    states = {s["key"]: s for s in body["states"]}
    assert [s["key"] for s in body["states"]] == ["draft", "lead_review", "approved", "hr_review", "rejected"]
    assert [k for k, s in states.items() if s["current"]] == ["hr_review"]
    assert {k for k, s in states.items() if s["visited"]} == {"draft", "lead_review", "hr_review"}
    assert states["approved"] == {
        "key": "approved",
        "name": "Approved",
        "type": "end",
        "current": False,
        "visited": False,
        "position": {"x": 750.0, "y": 0.0},
    }
    assert body["path"] == ["draft", "lead_review", "hr_review"]
    assert {"key": "submit", "name": "Submit", "source": "draft", "target": "lead_review"} in body[
        "transitions"
    ]


def _list_queries(client: Any, query: str) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(f"/api/v1/tickets?{query}")
    assert response.status_code == 200, response.content
    # A SET search_path is sent only when the connection last served another schema.
    statements = [q for q in captured.captured_queries if not q["sql"].startswith("SET search_path")]
    return len(statements), len(response.json()["items"])


def test_list_query_count_does_not_grow_with_the_page(world, as_user):
    for _ in range(5):
        _create(world["leave"])
        _create(world["it-permission"])
    alice, lead, root = as_user("alice"), as_user("lead"), as_user("root")
    small = {
        "created": _list_queries(alice, "view=created&limit=5"),
        "todo": _list_queries(lead, "view=todo&limit=5"),
        "related": _list_queries(lead, "view=related&limit=5"),
        "all": _list_queries(root, "view=all&limit=5"),
    }
    for _ in range(15):
        _create(world["leave"])
        _create(world["it-permission"])
    large = {
        "created": _list_queries(alice, "view=created&limit=30"),
        "todo": _list_queries(lead, "view=todo&limit=30"),
        "related": _list_queries(lead, "view=related&limit=30"),
        "all": _list_queries(root, "view=all&limit=30"),
    }
    for view in small:
        assert small[view][1] == 5, view
        assert large[view][1] == 30, view
        assert small[view][0] == large[view][0], (view, small[view][0], large[view][0])
        assert large[view][0] <= 12, view


def test_detail_log_and_steps_query_counts_are_bounded(world, as_user):
    ticket = _create(world["leave"])
    _handle(ticket, "lead", "lead_approve")
    alice = as_user("alice")
    for suffix in ("", "/flow-log", "/steps", "/actions"):
        with CaptureQueriesContext(connection) as captured:
            assert alice.get(f"/api/v1/tickets/{ticket.pk}{suffix}").status_code == 200
        assert len(captured) <= 12, (suffix, [q["sql"] for q in captured])


def test_tenants_are_isolated(world, as_user, make_user):
    ticket = _create(world["leave"])
    make_user("hr", "alice")
    hr_alice = as_user("alice", tenant="hr")
    for view in ("todo", "created", "handled", "related"):
        assert _ids(hr_alice, f"view={view}") == []
    assert hr_alice.get("/api/v1/tickets/counts").json() == {
        "todo": 0,
        "created": 0,
        "handled": 0,
        "related": 0,
    }
    assert hr_alice.get(f"/api/v1/tickets/{ticket.pk}").status_code == 404
    # The hr session cookie is worthless on the it host (last: the it host drops the unknown cookie).
    assert hr_alice.get(f"/api/v1/tickets/{ticket.pk}", HTTP_HOST="it.localhost").status_code == 401
    assert hr_alice.get("/api/v1/tickets", HTTP_HOST="it.localhost").status_code == 401


def test_an_app_without_a_person_is_refused(world, make_app, client_for):
    _create(world["leave"])
    _app, token = make_app("it", scopes=["admin"])
    client = client_for("it", HTTP_AUTHORIZATION=f"Bearer {token}")
    for path in ("/api/v1/tickets", "/api/v1/tickets/counts", "/api/v1/tickets?view=all"):
        response = client.get(path)
        assert response.status_code == 403, path
        assert error_of(response)["code"] == "person_required"


def test_unauthenticated_is_401(world, client_for):
    assert client_for("it").get("/api/v1/tickets").status_code == 401
