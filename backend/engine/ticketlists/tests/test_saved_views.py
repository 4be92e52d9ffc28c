"""Saved ticket views: each person's own (others' are not found), CRUD, audited, bad input refused."""

from __future__ import annotations

import pytest
from django_tenants.utils import schema_context

from conftest import error_of
from core.audit.models import AuditRecord
from engine.ticketlists import services
from engine.ticketlists.models import SavedView

pytestmark = pytest.mark.django_db

BODY = {
    "name": "Urgent leave",
    "view": "todo",
    "query": {"q": "婚礼", "status": "in_progress", "sort": "-title"},
}


def _create(client, body=BODY):
    return client.post("/api/v1/ticket-views", body, content_type="application/json")


def test_a_person_saves_lists_changes_and_deletes_views(world, as_user):
    alice = as_user("alice")
    response = _create(alice)
    assert response.status_code == 201, response.content
    saved = response.json()
    assert (saved["name"], saved["view"]) == ("Urgent leave", "todo")
    assert saved["query"]["q"] == "婚礼"
    assert saved["query"]["sort"] == "-title"
    assert [view["id"] for view in alice.get("/api/v1/ticket-views").json()] == [saved["id"]]
    patched = alice.patch(
        f"/api/v1/ticket-views/{saved['id']}",
        {"name": "Weddings", "query": {"workflow": world["leave"].pk}},
        content_type="application/json",
    )
    assert patched.status_code == 200, patched.content
    assert patched.json()["name"] == "Weddings"
    assert patched.json()["view"] == "todo"
    assert patched.json()["query"]["workflow"] == world["leave"].pk
    assert patched.json()["query"]["q"] is None  # the query is replaced as a whole
    assert alice.delete(f"/api/v1/ticket-views/{saved['id']}").status_code == 204
    assert alice.get("/api/v1/ticket-views").json() == []
    with schema_context("it"):
        actions = list(AuditRecord.objects.order_by("id").values_list("action", "actor_name"))
    assert actions[-3:] == [
        ("ticket_view.create", "alice"),
        ("ticket_view.update", "alice"),
        ("ticket_view.delete", "alice"),
    ]


def test_views_belong_to_their_owner(world, as_user):
    saved = _create(as_user("alice")).json()
    bob = as_user("bob")
    assert bob.get("/api/v1/ticket-views").json() == []
    url = f"/api/v1/ticket-views/{saved['id']}"
    assert bob.patch(url, {"name": "Mine now"}, content_type="application/json").status_code == 404
    assert bob.delete(url).status_code == 404
    # Bob may use the same name for his own.
    assert _create(bob).status_code == 201
    with schema_context("it"):
        assert SavedView.objects.get(pk=saved["id"]).name == "Urgent leave"


@pytest.mark.parametrize(
    "body",
    [
        {"name": ""},
        {"name": "x" * 201},
        {"name": "Bad", "view": "everyone"},
        {"name": "Bad", "query": {"sort": "password"}},
        {"name": "Bad", "query": {"unknown": 1}},
        {"name": "Bad", "query": {"status": "lost"}},
        {"name": "Bad", "owner": 3},
    ],
)
def test_bad_views_are_refused_and_change_nothing(world, as_user, body):
    response = _create(as_user("alice"), body)
    assert response.status_code == 422, response.content
    with schema_context("it"):
        assert not SavedView.objects.exists()


def test_a_name_is_taken_once_per_person_and_views_are_capped(world, as_user, monkeypatch):
    alice = as_user("alice")
    assert _create(alice).status_code == 201
    again = _create(alice)
    assert again.status_code == 409
    assert error_of(again)["code"] == "view_name_taken"
    monkeypatch.setattr(services, "MAX_VIEWS", 1)
    more = _create(alice, {**BODY, "name": "Another"})
    assert more.status_code == 429
    assert error_of(more)["code"] == "too_many_views"
