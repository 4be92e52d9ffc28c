"""The to-do list's first view: the document of `/tickets` draws lead's to-do rows and carries the API
answers they were drawn from; nothing for anyone else, any other list, or a build without first views."""

from __future__ import annotations

from typing import Any

import pytest
from django_tenants.utils import schema_context

from core.access.models import User
from core.tests.factories import ANTD_CLASS, write_console_build
from core.tests.factories import answers_of as answers
from core.tests.factories import first_view_of as first_view
from engine.ticketlists.tests.factories import create_ticket

HOSTILE = '</script><script>alert(1)</script><img src=x onerror="alert(2)">'


def drawn_in(response: Any) -> str:
    view = first_view(response)
    assert view is not None
    return view


def test_lead_gets_the_to_do_rows_drawn_with_the_answers_they_came_from(world, as_user, console_build):
    filed = [create_ticket(world["leave"]) for _ in range(3)]
    response = as_user("lead").get("/tickets?view=todo", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    drawn = first_view(response)
    assert drawn is not None
    assert f"{ANTD_CLASS} ant-app" in drawn
    for ticket in filed:
        assert f'href="/tickets/{ticket.pk}">{ticket.serial}</a>' in drawn
    assert drawn.count('class="ant-table-row ') == 3
    assert "To do" in drawn
    assert "Waiting for" in drawn
    assert "Approve" in drawn


def test_the_answers_come_along_and_the_document_is_the_persons_own(world, as_user, console_build):
    create_ticket(world["leave"])
    response = as_user("lead").get("/tickets?view=todo")
    # The very answers the console will ask for, keyed as it looks them up (query sorted).
    got = answers(response)
    assert set(got) == {
        "/api/v1/me",
        "/api/v1/tickets/counts",
        "/api/v1/inbox/unread-count",
        "/api/v1/tickets?limit=20&view=todo",
    }
    api = as_user("lead").get("/api/v1/tickets?view=todo&limit=20").json()
    assert got["/api/v1/tickets?limit=20&view=todo"]["items"] == api["items"]
    # The person's own data: no shared cache keeps it, and the page is told apart by the cookie.
    assert "private" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]
    # Nothing else is asked for before the first view paints.
    assert b'rel="modulepreload"' not in response.content


def test_the_first_view_speaks_the_language_the_console_will(world, as_user, console_build):
    create_ticket(world["leave"])
    lead = as_user("lead")
    assert "待办" in drawn_in(lead.get("/tickets", HTTP_ACCEPT_LANGUAGE="zh-CN"))
    lead.cookies["loonflow_language"] = "en"  # what the console last showed here wins
    assert "To do" in drawn_in(lead.get("/tickets", HTTP_ACCEPT_LANGUAGE="zh-CN"))


def test_times_are_drawn_in_the_browsers_zone(world, as_user, console_build):
    ticket = create_ticket(world["leave"])
    lead = as_user("lead")
    for zone in ("Asia/Shanghai", "America/New_York"):
        lead.cookies["loonflow_tz"] = zone
        local = ticket.updated_at.astimezone(__import__("zoneinfo").ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")
        assert local in drawn_in(lead.get("/tickets"))


@pytest.mark.parametrize(
    "zone", ["../../etc/passwd", "/etc/localtime", "Nowhere/City", "x" * 100_000, "Europe/Berlin\t"]
)
def test_a_hostile_time_zone_cookie_falls_back_to_the_servers_zone(world, as_user, console_build, zone):
    create_ticket(world["leave"])
    lead = as_user("lead")
    lead.cookies["loonflow_tz"] = zone
    response = lead.get("/tickets")
    assert response.status_code == 200
    assert first_view(response) is not None


def test_what_people_wrote_is_escaped_in_the_markup_and_in_the_answers(world, as_user, console_build):
    with schema_context("it"):
        User.objects.filter(username="alice").update(display_name=HOSTILE)
    create_ticket(world["leave"])
    response = as_user("lead").get("/tickets")
    body = response.content.decode()
    assert "<script>alert(1)" not in body
    assert "<img src=x" not in body
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in drawn_in(response)
    # The answers survive the trip intact.
    items = answers(response)["/api/v1/tickets?limit=20&view=todo"]["items"]
    assert items[0]["creator"]["display_name"] == HOSTILE


@pytest.mark.parametrize(
    "path",
    [
        "/tickets?view=all",
        "/tickets?view=todo&q=leave",
        "/tickets?view=todo&limit=50",
        "/tickets?view=todo&cursor=x",
    ],
)
def test_only_the_plain_to_do_list_is_drawn(world, as_user, console_build, path):
    create_ticket(world["leave"])
    response = as_user("lead").get(path)
    assert response.status_code == 200
    assert first_view(response) is None
    assert response["Cache-Control"] == "no-cache"


def test_nothing_is_drawn_for_an_empty_list_a_stranger_or_a_dark_console(
    world, as_user, client_for, console_build
):
    assert first_view(as_user("lead").get("/tickets")) is None  # nothing to do: the console's own empty state
    create_ticket(world["leave"])
    assert first_view(client_for("it").get("/tickets")) is None  # not signed in
    assert first_view(client_for("hr").get("/tickets")) is None  # another tenant's host
    lead = as_user("lead")
    lead.cookies["loonflow_theme"] = "dark"  # the build's styles are the light theme's
    assert first_view(lead.get("/tickets")) is None


def test_another_tenants_session_draws_nothing(world, as_user, client_for, console_build):
    create_ticket(world["leave"])
    lead = as_user("lead")
    intruder = client_for("hr")
    intruder.cookies["loonflow_session"] = lead.cookies["loonflow_session"].value
    response = intruder.get("/tickets")
    assert response.status_code == 200
    assert first_view(response) is None
    assert b"first-view-answers" not in response.content


def test_a_build_without_first_views_or_a_failing_drawing_serves_the_plain_document(
    world, as_user, console_build, monkeypatch
):
    create_ticket(world["leave"])
    lead = as_user("lead")
    (console_build / ".vite" / "first-view.json").write_text("{broken")
    response = lead.get("/tickets")
    assert response.status_code == 200
    assert first_view(response) is None
    write_console_build(console_build)

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("core.first_view.draw", broken)
    monkeypatch.setattr("engine.ticketlists.first_view.draw", broken)
    response = lead.get("/tickets")
    assert response.status_code == 200
    assert first_view(response) is None
    assert b'<div id="root">' in response.content


def test_the_document_is_compressed_for_browsers_that_accept_it(world, as_user, console_build):
    import gzip

    create_ticket(world["leave"])
    response = as_user("lead").get("/tickets", HTTP_ACCEPT_ENCODING="gzip, br")
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    body = gzip.decompress(response.content).decode()
    assert '<div id="first-view"' in body
    assert len(response.content) < len(body) / 3
