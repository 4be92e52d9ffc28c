"""Action links: signed, single-use, expiring; they act as their person through the ticket service
(the flow log says so) and refuse a second use, an expired link, a ticket that moved on, anyone
else's session, a forged or unknown token; a chat link needs its person's session."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest
from django.utils import timezone
from django_tenants.utils import schema_context

from conftest import allow_private
from core.audit.models import AuditRecord
from engine.tickets.models import FlowLog, Ticket
from engine.tickets.services import ticket_handle
from engine.tickets.tasks import process_event
from engine.workflows.tests.factories import login_client, user_principal
from integrations.actionlinks.models import ActionLink
from integrations.actionlinks.services import link_use
from integrations.actionlinks.tests.factories import PREVIEW, USE, lead_links, post, waiting_for_lead
from integrations.actionlinks.tokens import new_token, token_digest
from integrations.notifications.models import Notification
from integrations.notifications.tasks import deliver
from integrations.notifications.tests.factories import email_channel, events_of, split_links

pytestmark = pytest.mark.django_db


def _code(response):
    return response.status_code, response.json()["error"]["code"]


def test_a_link_previews_what_it_would_do(people_world, client_for):
    ticket = waiting_for_lead(people_world, days=2)
    tokens = lead_links(ticket)
    anonymous = client_for("it")
    preview = post(anonymous, PREVIEW, {"token": tokens["lead_approve"]})
    assert preview.status_code == 200, preview.content
    body = preview.json()
    assert body["person"]["username"] == "lead"
    assert body["ticket"]["serial"] == ticket.serial
    assert body["transition"] == {"key": "lead_approve", "name": "Approve", "attribute": "agree"}
    assert body["requires_session"] is False
    ticket.refresh_from_db()
    assert ticket.state_key == "lead_review"  # a preview changes nothing


def test_a_link_acts_once_as_its_person_and_the_records_say_so(people_world, client_for):
    ticket = waiting_for_lead(people_world, days=2)
    tokens = lead_links(ticket)
    anonymous = client_for("it")
    used = post(anonymous, USE, {"token": tokens["lead_approve"], "comment": "Enjoy"})
    assert used.status_code == 200, used.content
    assert (used.json()["status"], used.json()["state_name"]) == ("finished", "Approved")
    log = FlowLog.objects.filter(ticket=ticket, transition_key="lead_approve").get()
    assert log.actor is not None
    assert (log.actor.username, log.via_app, log.comment) == ("lead", "action link", "Enjoy")
    record = AuditRecord.objects.order_by("-id").first()
    assert record is not None
    assert log.actor is not None
    assert (record.action, record.actor_name, record.target_id) == (
        "ticket.action_link",
        "lead",
        str(ticket.pk),
    )

    # Used: this link and its sibling are spent.
    assert _code(post(anonymous, USE, {"token": tokens["lead_approve"]})) == (409, "link_used")
    assert _code(post(anonymous, USE, {"token": tokens["lead_reject"]})) == (409, "link_used")


def test_a_ticket_that_moved_on_makes_the_link_stale(people_world, client_for):
    ticket = waiting_for_lead(people_world, days=2)
    tokens = lead_links(ticket)
    ticket_handle(ticket_id=ticket.pk, principal=user_principal("lead"), transition="lead_reject")
    anonymous = client_for("it")
    assert _code(post(anonymous, PREVIEW, {"token": tokens["lead_approve"]})) == (409, "link_stale")
    assert _code(post(anonymous, USE, {"token": tokens["lead_approve"]})) == (409, "link_stale")
    assert FlowLog.objects.filter(ticket=ticket, via_app="action link").count() == 0


def test_an_expired_link_is_refused(people_world, client_for):
    ticket = waiting_for_lead(people_world)
    tokens = lead_links(ticket)
    ActionLink.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert _code(post(client_for("it"), USE, {"token": tokens["lead_approve"]})) == (409, "link_expired")
    ticket.refresh_from_db()
    assert ticket.state_key == "lead_review"


def test_someone_elses_session_is_refused(people_world, client_for):
    ticket = waiting_for_lead(people_world)
    tokens = lead_links(ticket)
    alice = login_client(client_for, "alice")
    assert _code(post(alice, PREVIEW, {"token": tokens["lead_approve"]})) == (403, "link_not_yours")
    assert _code(post(alice, USE, {"token": tokens["lead_approve"]})) == (403, "link_not_yours")
    assert ActionLink.objects.filter(used_at__isnull=False).count() == 0
    # lead's own session is fine.
    lead = login_client(client_for, "lead")
    assert post(lead, USE, {"token": tokens["lead_reject"]}).status_code == 200
    ticket.refresh_from_db()
    assert ticket.state_key == "rejected"


def test_a_chat_link_needs_its_persons_session(people_world, client_for):
    ticket = waiting_for_lead(people_world)
    tokens = lead_links(ticket, chat=True)
    assert _code(post(client_for("it"), USE, {"token": tokens["lead_approve"]})) == (
        401,
        "link_sign_in_required",
    )
    lead = login_client(client_for, "lead")
    assert post(lead, USE, {"token": tokens["lead_approve"]}).status_code == 200


@pytest.mark.parametrize(
    "token",
    ["", "x" * 200, "not-a-token", "A" * 32 + "." + "0" * 64, new_token()[0]],
    ids=["empty", "long", "shape", "bad-signature", "unknown"],
)
def test_forged_malformed_or_unknown_tokens_are_refused(people_world, client_for, token):
    ticket = waiting_for_lead(people_world)
    lead_links(ticket)
    answer = post(client_for("it"), USE, {"token": token})
    assert answer.status_code in (404, 422), answer.content
    if answer.status_code == 404:
        assert answer.json()["error"]["code"] == "link_invalid"
    assert Ticket.objects.get(pk=ticket.pk).state_key == "lead_review"


def test_only_a_hash_of_the_token_is_stored_and_the_signature_binds_the_tenant(people_world):
    ticket = waiting_for_lead(people_world)
    token = lead_links(ticket)["lead_approve"]
    nonce = token.split(".")[0]
    stored = ActionLink.objects.get(transition="lead_approve")
    assert stored.digest == hashlib.sha256(nonce.encode()).hexdigest()
    assert token not in str(list(ActionLink.objects.values()))
    assert token_digest(token) == stored.digest
    with schema_context("public"):  # another schema's signature differs
        assert token_digest(token) is None


def test_a_turn_email_carries_links_that_work(people_world, smtp, django_capture_on_commit_callbacks):
    allow_private("it", ["127.0.0.1/32"])
    email_channel(smtp.port)
    ticket = waiting_for_lead(people_world, days=2)
    with django_capture_on_commit_callbacks(execute=False):
        for event in events_of(ticket):
            process_event.fn(event.pk)
    [row] = Notification.objects.filter(event__event="state_entered")
    deliver(notification_id=row.pk)
    [(to, mail)] = smtp.mailbox.messages()
    _text, links = split_links(mail.get_content())
    approve = dict(links)["Approve"].rsplit("/act/", 1)[1]
    link, moved = link_use(token=approve, session_user=None)
    assert (to, link.user.username, moved.state_key) == (["lead@example.com"], "lead", "approved")
