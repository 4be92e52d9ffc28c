"""The inbox API: my notifications page by page (cursor, unread filter) without N+1, the unread
count, mark read (mine only), mark all read, and my preferences; bad input changes nothing."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from engine.tickets.services import ticket_comment
from engine.workflows.tests.factories import login_client, post_json, user_principal
from integrations.inbox.models import InboxItem, NotificationPreference
from integrations.inbox.tests.factories import INBOX, filed, process

pytestmark = pytest.mark.django_db


def _tickets(world, count):
    return [filed(world, days=2) for _ in range(count)]


def test_the_inbox_pages_newest_first_with_a_bounded_number_of_queries(people_world, client_for):
    tickets = _tickets(people_world, 5)
    lead = login_client(client_for, "lead")
    with CaptureQueriesContext(connection) as first:
        page = lead.get(INBOX, {"limit": 2}).json()
    assert [item["ticket"]["serial"] for item in page["items"]] == [tickets[4].serial, tickets[3].serial]
    item = page["items"][0]
    assert (item["kind"], item["actor"], item["state_name"], item["read"]) == (
        "turn",
        "alice",
        "Leader review",
        False,
    )
    seen = [i["ticket"]["id"] for i in page["items"]]
    while page["next_cursor"]:
        page = lead.get(INBOX, {"limit": 2, "cursor": page["next_cursor"]}).json()
        seen += [i["ticket"]["id"] for i in page["items"]]
    assert seen == [t.pk for t in reversed(tickets)]
    with CaptureQueriesContext(connection) as bigger:
        lead.get(INBOX, {"limit": 5})
    assert len(bigger) == len(first)  # one query for the page however long it is
    assert login_client(client_for, "carol").get(INBOX).json()["items"] == []  # only mine


def test_unread_count_mark_read_and_mark_all_read(people_world, client_for):
    _tickets(people_world, 3)
    lead = login_client(client_for, "lead")
    assert lead.get(f"{INBOX}/unread-count").json() == {"unread": 3}
    newest = lead.get(INBOX).json()["items"][0]
    answer = lead.post(f"{INBOX}/{newest['id']}/read")
    assert answer.status_code == 200, answer.content
    assert answer.json()["read"] is True
    assert lead.post(f"{INBOX}/{newest['id']}/read").status_code == 200  # again: no change
    assert lead.get(f"{INBOX}/unread-count").json() == {"unread": 2}
    unread = lead.get(INBOX, {"unread": "true"}).json()["items"]
    assert newest["id"] not in [item["id"] for item in unread]
    assert len(unread) == 2
    assert lead.post(f"{INBOX}/read-all").json() == {"marked": 2}
    assert lead.get(f"{INBOX}/unread-count").json() == {"unread": 0}


def test_nobody_reads_or_marks_anyone_elses_notifications(people_world, client_for):
    filed(people_world)
    item = InboxItem.objects.get(user__username="lead")
    carol = login_client(client_for, "carol")
    answer = carol.post(f"{INBOX}/{item.pk}/read")
    assert answer.status_code == 404
    assert carol.post(f"{INBOX}/read-all").json() == {"marked": 0}
    item.refresh_from_db()
    assert item.read_at is None
    assert client_for("it").get(INBOX).status_code == 401  # signed out


def test_preferences_default_to_every_channel_and_are_saved(people_world, client_for):
    lead = login_client(client_for, "lead")
    default = lead.get(f"{INBOX}/preferences").json()
    assert default["digest"] is False
    assert default["channels"]["turn"] == ["in_app", "email", "chat"]
    body = {"channels": {"comment": ["in_app"], "moved": []}, "digest": True}
    saved = lead.put(f"{INBOX}/preferences", body, content_type="application/json")
    assert saved.status_code == 200, saved.content
    assert saved.json()["channels"]["comment"] == ["in_app"]
    assert saved.json()["channels"]["moved"] == []
    assert saved.json()["channels"]["turn"] == ["in_app", "email", "chat"]
    assert lead.get(f"{INBOX}/preferences").json() == saved.json()
    # Comments now reach lead in the app only; nothing of "moved".
    ticket = filed(people_world)
    ticket_comment(ticket_id=ticket.pk, principal=user_principal("alice"), comment="hi")
    process(ticket)
    assert set(InboxItem.objects.filter(user__username="lead").values_list("kind", flat=True)) == {
        "turn",
        "comment",
    }


@pytest.mark.parametrize(
    "body",
    [
        {"channels": {"nonsense": ["in_app"]}},
        {"channels": {"turn": ["pigeon"]}},
        {"channels": {"turn": "in_app"}},
        {"digest": "yes"},
        {"extra": 1},
        [],
    ],
)
def test_bad_preferences_are_refused_and_change_nothing(people_world, client_for, body):
    lead = login_client(client_for, "lead")
    answer = lead.put(f"{INBOX}/preferences", body, content_type="application/json")
    assert answer.status_code in (400, 422), answer.content
    assert not NotificationPreference.objects.exists()


def test_bad_list_queries_are_refused(people_world, client_for):
    lead = login_client(client_for, "lead")
    assert lead.get(INBOX, {"cursor": "garbage"}).status_code == 400
    assert lead.get(INBOX, {"limit": 0}).status_code == 422
    assert post_json(lead, f"{INBOX}/abc/read", {}).status_code == 422
