# ruff: noqa: RUF001 (Chinese punctuation is what these texts are written with)
"""Emails are written in each recipient's language (`User.language`; none chosen: English): the
built-in subjects and bodies, the daily digest, and the words they fill in (a ticket's status)."""

from __future__ import annotations

import pytest

from core.access.models import User
from engine.tickets.services import ticket_comment, ticket_create
from engine.workflows.tests.factories import LEAVE, PERMISSION, user_principal
from integrations.inbox.models import NotificationPreference
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


def _speaks(username: str, language: str) -> None:
    User.objects.filter(username=username).update(language=language)


def _submit(world, capture):
    ticket = ticket_create(
        workflow=world["leave"], principal=user_principal("alice"), values=LEAVE, transition="submit"
    )
    ticket.refresh_from_db()
    return ticket, process(ticket, capture)


def test_a_chinese_reader_gets_the_to_do_mail_in_chinese(world, smtp, django_capture_on_commit_callbacks):
    email_channel(smtp.port)
    _speaks("lead", "zh-hans")
    ticket, rows = _submit(world, django_capture_on_commit_callbacks)
    [row] = rows
    assert (row.recipients, row.language) == (["lead"], "zh-hans")
    # The workflow's rule keeps the built-in template, so it is written in Chinese, status and all.
    assert row.subject == f"[{ticket.serial}] {ticket.title}：Leader review"
    assert row.body == f"Leave request {ticket.serial} from alice waits for you."  # the tenant's text
    assert send_all(rows) == [SUCCEEDED]
    [(to, mail)] = smtp.mailbox.messages()
    assert to == ["lead@example.com"]
    assert str(mail["Subject"]).strip() == row.subject


def test_an_english_reader_gets_it_in_english(world, smtp, django_capture_on_commit_callbacks):
    email_channel(smtp.port)
    _speaks("lead", "en")
    ticket, rows = _submit(world, django_capture_on_commit_callbacks)
    [row] = rows
    assert (row.recipients, row.language) == (["lead"], "en")
    assert row.subject == f"[{ticket.serial}] {ticket.title}: Leader review"
    assert send_all(rows) == [SUCCEEDED]
    [(_to, mail)] = smtp.mailbox.messages()
    assert str(mail["Subject"]).strip() == row.subject


def test_a_mention_is_written_in_the_language_of_the_one_mentioned(
    world, smtp, django_capture_on_commit_callbacks
):
    email_channel(smtp.port, code="mail", is_default=True)
    ticket, rows = _submit(world, django_capture_on_commit_callbacks)
    send_all(rows)
    _speaks("lead", "zh-hans")
    ticket_comment(ticket_id=ticket.pk, principal=user_principal("alice"), comment="@lead look")
    rows = process(ticket, django_capture_on_commit_callbacks)
    [row] = [row for row in rows if row.rule_index == PERSONAL_RULE_BASE + 1]
    assert (row.language, row.recipients) == ("zh-hans", ["lead"])
    assert row.subject == f"[{ticket.serial}] alice 提到了你：{ticket.title}"
    assert row.body.startswith(f"alice 在 {ticket.serial}（{ticket.title}）上提到了你：\n\n@lead look")
    assert send_all(rows) == [SUCCEEDED] * len(rows)


def test_readers_of_two_languages_get_one_mail_each_in_theirs(
    world, smtp, django_capture_on_commit_callbacks
):
    """A workflow without rules of its own: the built-in "to handle" text, per reader's language."""
    email_channel(smtp.port, code="mail", is_default=True)
    _speaks("lead", "zh-hans")
    _speaks("carol", "en")
    ticket = ticket_create(
        workflow=world["it-permission"],
        principal=user_principal("alice"),
        values=PERMISSION,
        transition="submit",
    )
    ticket.refresh_from_db()
    rows = process(ticket, django_capture_on_commit_callbacks)
    url = f"https://it.localhost/tickets/{ticket.pk}"
    texts = sorted((row.language, row.recipients, row.subject, row.body) for row in rows)
    assert texts == [
        (
            "en",
            ["carol"],
            f"You have a ticket to handle: {ticket.title}",
            f"alice asks you to handle {ticket.serial} (IT permission request), now in Security review."
            f"\n{url}",
        ),
        (
            "zh-hans",
            ["lead"],
            f"你有一个待处理的工单：{ticket.title}",
            f"alice 请你处理 {ticket.serial}（IT permission request），当前状态：Security review。\n{url}",
        ),
    ]
    assert send_all(rows) == [SUCCEEDED, SUCCEEDED]
    subjects = sorted((to, str(mail["Subject"]).strip()) for to, mail in smtp.mailbox.messages())
    assert subjects == [
        (["carol@example.com"], f"You have a ticket to handle: {ticket.title}"),
        (["lead@example.com"], f"你有一个待处理的工单：{ticket.title}"),
    ]


def test_the_digest_follows_its_reader(world, smtp, django_capture_on_commit_callbacks):
    email_channel(smtp.port, code="mail", is_default=True)
    _speaks("lead", "zh-hans")
    NotificationPreference.objects.create(user=User.objects.get(username="lead"), digest=True)
    ticket, rows = _submit(world, django_capture_on_commit_callbacks)
    send_all(rows)
    later = next_digest_morning()
    with django_capture_on_commit_callbacks(execute=False):
        assert send_due_digests(now=later) == 1
    [digest] = Notification.objects.filter(rule_index=DIGEST_RULE)
    assert digest.language == "zh-hans"
    assert digest.subject.startswith("你的 Loonflow ")
    assert digest.subject.endswith("：1 条更新")
    assert f"[{ticket.serial}] {ticket.title} — 轮到你了" in digest.body
    assert deliver(notification_id=digest.pk, now=later) == SUCCEEDED
