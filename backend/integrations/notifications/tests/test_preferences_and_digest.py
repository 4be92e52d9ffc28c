"""The notification sending honours each person's preferences (which kinds reach them by email or
chat; the daily digest instead of single mails), and the digest goes out once a day per person."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.access.models import User
from engine.tickets.services import ticket_comment, ticket_consult, ticket_create
from engine.workflows.tests.factories import LEAVE, user_principal
from integrations.inbox.models import InboxItem, NotificationPreference
from integrations.notifications.digest import send_due_digests
from integrations.notifications.links import DIGEST_RULE
from integrations.notifications.models import Notification
from integrations.notifications.personal import PERSONAL_RULE_BASE
from integrations.notifications.tasks import deliver
from integrations.notifications.tests.factories import (
    SUCCEEDED,
    email_channel,
    next_digest_morning,
    process,
    send_all,
)

pytestmark = pytest.mark.django_db


def _submit(world, capture):
    ticket = ticket_create(
        workflow=world["leave"], principal=user_principal("alice"), values=LEAVE, transition="submit"
    )
    ticket.refresh_from_db()
    return ticket, process(ticket, capture)


def test_email_off_for_a_kind_sends_that_person_nothing(world, smtp, django_capture_on_commit_callbacks):
    email_channel(smtp.port)
    lead = User.objects.get(username="lead")
    NotificationPreference.objects.create(user=lead, channels={"turn": ["in_app"]})
    _ticket, rows = _submit(world, django_capture_on_commit_callbacks)
    assert send_all(rows) == [SUCCEEDED]  # nobody wanted it by email: done, nothing sent
    assert smtp.mailbox.messages() == []
    assert InboxItem.objects.filter(user=lead, kind="turn").count() == 1  # still in the app


def test_a_digest_replaces_single_mails_and_goes_once_a_day(world, smtp, django_capture_on_commit_callbacks):
    email_channel(smtp.port, code="mail", is_default=True)
    email_channel(smtp.port)
    lead = User.objects.get(username="lead")
    NotificationPreference.objects.create(user=lead, digest=True)
    ticket, rows = _submit(world, django_capture_on_commit_callbacks)
    assert send_all(rows) == [SUCCEEDED]
    assert smtp.mailbox.messages() == []  # no single mail for a digest reader

    morning = next_digest_morning()  # a little after the ticket, at nine in the tenant's time zone
    assert send_due_digests(now=morning - timedelta(hours=2)) == 0  # before the digest hour
    with django_capture_on_commit_callbacks(execute=False):
        assert send_due_digests(now=morning) == 1
        assert send_due_digests(now=morning + timedelta(hours=9)) == 0  # once a day
    [digest] = Notification.objects.filter(rule_index=DIGEST_RULE)
    assert digest.recipients == ["lead"]
    assert ticket.serial in digest.body
    assert deliver(notification_id=digest.pk, now=morning) == SUCCEEDED
    [(to, mail)] = smtp.mailbox.messages()
    assert to == ["lead@example.com"]
    assert mail["Subject"].endswith(": 1 update(s)")
    # The next day lists only what came after: nothing new, no mail.
    assert send_due_digests(now=morning + timedelta(days=1)) == 0


def test_comments_mentions_and_consultations_are_mailed_to_those_who_want_them(
    world, smtp, django_capture_on_commit_callbacks
):
    email_channel(smtp.port, code="mail", is_default=True)
    email_channel(smtp.port)
    ticket, rows = _submit(world, django_capture_on_commit_callbacks)
    send_all(rows)
    NotificationPreference.objects.create(
        user=User.objects.get(username="carol"), channels={"consult": ["in_app"]}
    )
    ticket_comment(ticket_id=ticket.pk, principal=user_principal("alice"), comment="Please, @lead")
    rows = process(ticket, django_capture_on_commit_callbacks)
    ticket_consult(ticket_id=ticket.pk, principal=user_principal("lead"), to="carol", comment="Your view?")
    assert process(ticket, django_capture_on_commit_callbacks) == []
    # lead is mentioned by email; carol wants consultations in the app only: no mail for her.
    assert [(row.rule_index, row.recipients) for row in rows] == [(PERSONAL_RULE_BASE + 1, ["lead"])]
    assert rows[0].subject == f"[{ticket.serial}] alice mentioned you: {ticket.title}"
    assert "Please, @lead" in rows[0].body
    assert send_all(rows) == [SUCCEEDED]
    assert smtp.mailbox.messages()[-1][0] == ["lead@example.com"]
    assert process(ticket, django_capture_on_commit_callbacks) == []  # once per event
