"""Ticket lists over HTTP: the views, paging, filters, counts, the `all` view, query counts, tenants."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tenants.utils import schema_context

from conftest import error_of
from core.access.models import User
from engine.tickets.documents import forget_parsed_documents
from engine.tickets.models import Ticket
from engine.tickets.tests.factories import create_ticket, handle_ticket

pytestmark = pytest.mark.django_db


def _ids(client: Any, query: str = "", status: int = 200) -> list[int]:
    response = client.get(f"/api/v1/tickets?{query}")
    assert response.status_code == status, response.content
    return [item["id"] for item in response.json()["items"]]


@pytest.fixture
def submitted_and_draft(world):
    """Alice's leave, submitted (with the lead now), and her draft."""
    return create_ticket(world["leave"]), create_ticket(world["leave"], submit=False)


def test_views_before_anyone_acts(submitted_and_draft, as_user):
    submitted, draft = submitted_and_draft
    alice, lead = as_user("alice"), as_user("lead")
    assert _ids(alice, "view=created") == [draft.pk, submitted.pk]
    assert _ids(alice, "view=todo") == []
    assert _ids(lead, "view=todo") == [submitted.pk]
    assert _ids(lead, "view=handled") == []
    assert _ids(lead, "view=related") == [submitted.pk]


def test_a_list_item_tells_the_callers_role_the_state_and_the_workflow(world, submitted_and_draft, as_user):
    item = as_user("lead").get("/api/v1/tickets?view=todo").json()["items"][0]
    assert item["my_role"] == "handler"
    assert item["state"] == {"key": "lead_review", "name": "Leader review"}
    assert item["workflow"] == {"id": world["leave"].pk, "key": "leave", "name": "Leave request"}
    assert item["creator"]["username"] == "alice"
    assert item["status"] == "in_progress"
    assert set(item) >= {"serial", "title", "created_at", "updated_at", "row_version"}


def test_views_follow_who_handles_and_handled(submitted_and_draft, as_user):
    submitted, draft = submitted_and_draft
    alice, lead = as_user("alice"), as_user("lead")
    handle_ticket(submitted, "lead", "lead_approve")
    assert _ids(lead, "view=todo") == []
    assert _ids(lead, "view=handled") == [submitted.pk]
    assert _ids(lead, "view=related") == [submitted.pk]
    carol_todo = as_user("carol").get("/api/v1/tickets?view=todo").json()["items"]
    assert [(i["id"], i["my_role"]) for i in carol_todo] == [(submitted.pk, "candidate")]
    # The creator's own submit counts as handling (an action other than create).
    assert _ids(alice, "view=handled") == [submitted.pk]
    assert _ids(alice, "view=related") == [draft.pk, submitted.pk]
    assert _ids(alice) == [draft.pk, submitted.pk]  # related is the default view
    assert _ids(as_user("bob"), "view=related") == []


def test_pages_walk_every_ticket_once(world, as_user):
    created = [create_ticket(world["leave"], days=1 + index % 3).pk for index in range(7)]
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
    annual = create_ticket(world["leave"])
    sick = create_ticket(world["leave"], leave_type="sick", days=2)
    draft = create_ticket(world["leave"], submit=False)
    access = create_ticket(world["it-permission"])
    handle_ticket(sick, "lead", "lead_approve")  # 2 days: straight to approved
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
    create_ticket(world["leave"])
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
    leave = create_ticket(world["leave"])
    access = create_ticket(world["it-permission"])
    assert _ids(as_user("root"), "view=all") == [access.pk, leave.pk]
    refused = as_user("bob").get("/api/v1/tickets?view=all")
    assert refused.status_code == 403
    error_of(refused)
    with schema_context("it"):
        world["leave"].admins.add(User.objects.get(username="bob"))
    assert _ids(as_user("bob"), "view=all") == [leave.pk]


def test_all_view_through_the_viewers_audience(world, as_user):
    """A role listed as the version's viewers sees that workflow's tickets, and only those."""
    leave = create_ticket(world["leave"])
    create_ticket(world["it-permission"])
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


def test_counts_are_what_is_still_open(world, as_user):
    first = create_ticket(world["leave"])
    create_ticket(world["leave"])
    create_ticket(world["leave"], submit=False)
    sick = create_ticket(world["leave"], leave_type="sick", days=2)
    handle_ticket(first, "lead", "lead_approve")
    handle_ticket(sick, "lead", "lead_approve")  # 2 days: finished, so counted nowhere
    assert as_user("alice").get("/api/v1/tickets/counts").json() == {
        "todo": 0,
        "created": 3,
        "handled": 2,
        "related": 3,
        "can_list_all": False,
    }
    assert as_user("lead").get("/api/v1/tickets/counts").json() == {
        "todo": 1,
        "created": 0,
        "handled": 1,
        "related": 2,
        "can_list_all": False,
    }
    assert as_user("carol").get("/api/v1/tickets/counts").json()["todo"] == 1
    assert as_user("root").get("/api/v1/tickets/counts").json()["can_list_all"] is True
    # The lists themselves still hold the finished ticket: the badge counts what waits, not history.
    assert sick.pk in _ids(as_user("alice"), "view=created")


def test_can_list_all_follows_the_all_view(world, as_user):
    """The flag says exactly whether view=all answers: a workflow's viewer may, others get 403."""
    from engine.workflows.models import WorkflowVersion

    create_ticket(world["leave"])
    assert as_user("bob").get("/api/v1/tickets/counts").json()["can_list_all"] is False
    assert as_user("bob").get("/api/v1/tickets?view=all").status_code == 403
    with schema_context("it"):
        version = WorkflowVersion.objects.get(workflow=world["leave"], status="published")
        viewers = {"everyone": False, "users": [], "departments": [], "roles": ["ops"]}
        WorkflowVersion.objects.filter(pk=version.pk).update(
            document={**version.document, "viewers": viewers}
        )
        forget_parsed_documents()
    assert as_user("bob").get("/api/v1/tickets/counts").json()["can_list_all"] is True
    assert as_user("bob").get("/api/v1/tickets?view=all").status_code == 200


def _list_queries(client: Any, query: str) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(f"/api/v1/tickets?{query}")
    assert response.status_code == 200, response.content
    # A SET search_path is sent only when the connection last served another schema.
    statements = [q for q in captured.captured_queries if not q["sql"].startswith("SET search_path")]
    return len(statements), len(response.json()["items"])


def test_list_query_count_does_not_grow_with_the_page(world, as_user):
    for _ in range(5):
        create_ticket(world["leave"])
        create_ticket(world["it-permission"])
    alice, lead, root = as_user("alice"), as_user("lead"), as_user("root")
    small = {
        "created": _list_queries(alice, "view=created&limit=5"),
        "todo": _list_queries(lead, "view=todo&limit=5"),
        "related": _list_queries(lead, "view=related&limit=5"),
        "all": _list_queries(root, "view=all&limit=5"),
    }
    for _ in range(15):
        create_ticket(world["leave"])
        create_ticket(world["it-permission"])
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


def test_tenants_are_isolated(world, as_user, make_user):
    ticket = create_ticket(world["leave"])
    make_user("hr", "alice")
    hr_alice = as_user("alice", tenant="hr")
    for view in ("todo", "created", "handled", "related"):
        assert _ids(hr_alice, f"view={view}") == []
    assert hr_alice.get("/api/v1/tickets/counts").json() == {
        "todo": 0,
        "created": 0,
        "handled": 0,
        "related": 0,
        "can_list_all": False,
    }
    assert hr_alice.get(f"/api/v1/tickets/{ticket.pk}").status_code == 404
    # The hr session cookie is worthless on the it host (last: the it host drops the unknown cookie).
    assert hr_alice.get(f"/api/v1/tickets/{ticket.pk}", HTTP_HOST="it.localhost").status_code == 401
    assert hr_alice.get("/api/v1/tickets", HTTP_HOST="it.localhost").status_code == 401


def test_an_app_without_a_person_is_refused(world, make_app, client_for):
    create_ticket(world["leave"])
    _app, token = make_app("it", scopes=["admin"])
    client = client_for("it", HTTP_AUTHORIZATION=f"Bearer {token}")
    for path in ("/api/v1/tickets", "/api/v1/tickets/counts", "/api/v1/tickets?view=all"):
        response = client.get(path)
        assert response.status_code == 403, path
        assert error_of(response)["code"] == "person_required"


def test_unauthenticated_is_401(world, client_for):
    assert client_for("it").get("/api/v1/tickets").status_code == 401
