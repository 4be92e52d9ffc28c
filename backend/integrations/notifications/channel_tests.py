"""Test messages through a notification channel, sent by the worker and polled for.

The API never talks to a tenant-chosen server inside a request: `channel_test_start` stores a
`ChannelTest` row and hands it to the broker after the commit (202 + a status URL), the worker
sends it (`run_channel_test`, one attempt) and records the outcome, which `channel_test_get`
returns. A tenant has at most MAX_OPEN_TESTS tests pending or running at once (counted under a
per-tenant advisory lock), so it cannot flood the notifications queue; a test the
worker never reported on within TEST_EXPIRY counts as failed and no longer as open.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from core.access.models import User
from core.errors import LimitExceeded
from core.locks import advisory_xact_lock
from core.stored_text import StoredText, columns
from integrations.common import jobs
from integrations.notifications.channels import Message, render
from integrations.notifications.models import ChannelTest, NotificationChannel
from integrations.notifications.tasks import SEND_TIME_LIMIT_MS, compose, send, users_named

Status = jobs.Status

MAX_OPEN_TESTS = 3
TEST_EXPIRY = timedelta(minutes=2)
# English texts (catalogue keys), written in the test's language when used.
TEST_SUBJECT = gettext_noop("Loonflow test message")
TEST_BODY = gettext_noop("This is a test message from the notification channel {name} ({code}).")
ONE_ATTEMPT = jobs.Retries(max_attempts=1)  # a test is not retried
_OPEN = (Status.PENDING, Status.RUNNING)


def channel_test_start(
    *, channel: NotificationChannel, recipients: Sequence[User], requested_by: str
) -> ChannelTest:
    """Queue a test message (sent by the worker after the commit); LimitExceeded (429) when the tenant has
    MAX_OPEN_TESTS open tests already."""
    with transaction.atomic():
        # Parallel requests of one tenant queue here (until the commit), so the count below
        # cannot be raced; other tenants take other locks.
        advisory_xact_lock("channel_tests")
        since = timezone.now() - TEST_EXPIRY
        if ChannelTest.objects.filter(status__in=_OPEN, created_at__gte=since).count() >= MAX_OPEN_TESTS:
            raise LimitExceeded(
                _("At most %(value)s channel tests may run at once; wait for one to finish.")
                % {"value": MAX_OPEN_TESTS},
                code="too_many_tests",
            )
        test = ChannelTest.objects.create(
            channel=channel,
            recipients=[user.username for user in recipients],
            requested_by=requested_by,
            language=translation.get_language() or "",
        )
        transaction.on_commit(partial(jobs.send_rows, run_channel_test, [test.pk], what="channel test"))
    return test


def channel_test_get(*, channel: NotificationChannel, test_id: int) -> ChannelTest | None:
    """The test with its outcome; one the worker never reported on in time is failed now."""
    test = ChannelTest.objects.filter(channel=channel, pk=test_id).first()
    if test is not None and test.status in _OPEN and test.created_at < timezone.now() - TEST_EXPIRY:
        ChannelTest.objects.filter(pk=test.pk, status__in=_OPEN).update(
            status=Status.FAILED,
            finished_at=timezone.now(),
            **columns("last_error", StoredText("channel_test.expired")),
        )
        test.refresh_from_db()
    return test


@jobs.actor(queue="notifications", time_limit_ms=SEND_TIME_LIMIT_MS, retry_errors=False)
def run_channel_test(test_id: int) -> None:
    run_test(test_id=test_id)


def run_test(*, test_id: int) -> str | None:
    """Send the test message once and record the outcome; returns the new status (None: not ours)."""
    test = jobs.claim(ChannelTest.objects.select_related("channel"), test_id, now=timezone.now())
    if test is None:
        return None
    # Written in the language of the admin who asked; a bug is told without details (the trace is
    # logged for operators).
    with translation.override(test.language or settings.LANGUAGE_CODE):
        outcome = send(
            test,
            partial(_message, test),
            retries=ONE_ATTEMPT,
            what="channel test",
            unexpected="channel_test.unexpected",
        )
    return jobs.settle(test, lambda: outcome)


def _message(test: ChannelTest) -> Message:
    channel = test.channel
    body = render(_(TEST_BODY), {"name": channel.name, "code": channel.code})
    return compose(
        channel, users_named(test.recipients), subject=_(TEST_SUBJECT), body=body, data={"test": True}
    )
