# ruff: noqa: RUF001 (Chinese punctuation is what these texts are written with)
"""Why a notification or a channel test failed is stored with a code and parameters, and read in
each reader's language (the worker wrote it for nobody in particular)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from conftest import free_port
from engine.tickets.services import ticket_create
from engine.workflows.tests.factories import LEAVE, user_principal
from integrations.notifications.models import ChannelTest, Notification, NotificationChannel
from integrations.notifications.tasks import deliver
from integrations.notifications.tests.factories import CHANNELS, email_channel, process
from integrations.tests.factories import readers

pytestmark = pytest.mark.django_db


def test_a_notification_of_an_inactive_channel_is_told_in_each_readers_language(
    world, login, django_capture_on_commit_callbacks
):
    channel = email_channel(free_port())
    ticket = ticket_create(
        workflow=world["leave"], principal=user_principal("alice"), values=LEAVE, transition="submit"
    )
    [row] = process(ticket, django_capture_on_commit_callbacks)
    NotificationChannel.objects.filter(pk=channel.pk).update(is_active=False)
    assert deliver(notification_id=row.pk) is None
    assert Notification.objects.get(pk=row.pk).status == "failed"
    clients = readers(login)

    for language, text in (("en", "The channel is inactive."), ("zh-hans", "该渠道已停用。")):
        [item] = clients[language].get("/api/v1/notifications", {"ticket_id": ticket.pk}).json()["items"]
        assert (item["last_error_code"], item["last_error"]) == ("notification.channel_inactive", text)


def test_a_channel_test_that_never_ran_is_told_in_each_readers_language(world, login):
    channel = email_channel(free_port())
    test = ChannelTest.objects.create(channel=channel, recipients=["alice"], language="en")
    ChannelTest.objects.filter(pk=test.pk).update(created_at=timezone.now() - timedelta(hours=1))
    clients = readers(login)
    path = f"{CHANNELS}/{channel.pk}/tests/{test.pk}"

    english, chinese = clients["en"].get(path).json(), clients["zh-hans"].get(path).json()

    assert (english["status"], english["error_code"], chinese["error_code"]) == (
        "failed",
        "channel_test.expired",
        "channel_test.expired",
    )
    assert english["error"] == "The test did not run in time; try again later."
    assert chinese["error"] == "测试没有按时运行；请稍后重试。"
