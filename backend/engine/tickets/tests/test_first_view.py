"""A ticket's first view: the document of `/tickets/<id>` draws the top of the ticket for someone who may
see it, with the page's API answers; a ticket they may not see gets the plain document."""

from __future__ import annotations

import pytest

from core.tests.factories import answers_of as answers
from core.tests.factories import first_view_of as first_view
from engine.tickets.tests.factories import create_ticket


def test_the_handler_gets_the_tickets_top_drawn_with_the_pages_answers(world, as_user, console_build):
    ticket = create_ticket(world["leave"])
    response = as_user("lead").get(f"/tickets/{ticket.pk}", HTTP_ACCEPT_LANGUAGE="en")
    drawn = first_view(response)
    assert drawn is not None
    assert f"<span>{ticket.title}</span>" in drawn
    assert ticket.serial in drawn
    assert "Leave request · v1" in drawn
    assert "Waiting for" in drawn
    assert ">In progress<" in drawn
    base = f"/api/v1/tickets/{ticket.pk}"
    got = answers(response)
    for handler in got[base]["handlers"]:
        assert (handler["display_name"] or handler["username"]) in drawn
    assert set(got) >= {base, f"{base}/actions", f"{base}/flow-log", f"{base}/steps", "/api/v1/me"}
    assert got[base] == as_user("lead").get(base).json()
    # The bar's buttons are the actions offered (transitions are the console's handle panel).
    offered = {action["action"] for action in got[f"{base}/actions"]}
    assert ("Comment" in drawn) == ("comment" in offered)


def test_a_ticket_one_may_not_see_is_not_drawn_nor_answered(world, as_user, console_build):
    ticket = create_ticket(world["leave"])
    response = as_user("bob").get(f"/tickets/{ticket.pk}")
    assert response.status_code == 200
    assert first_view(response) is None
    assert b"first-view-answers" not in response.content
    assert ticket.title.encode() not in response.content


@pytest.mark.parametrize(
    "path", ["/tickets/999999", "/tickets/0", "/tickets/99999999999999999999999", "/tickets/1x"]
)
def test_unknown_or_malformed_ids_get_the_plain_document(world, as_user, console_build, path):
    create_ticket(world["leave"])
    response = as_user("lead").get(path)
    assert response.status_code == 200
    assert first_view(response) is None
