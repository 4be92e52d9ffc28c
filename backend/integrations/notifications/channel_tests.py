"""Test messages through a notification channel, sent by the worker and polled for.

The API never talks to a tenant-chosen server inside a request: `channel_test_start` stores a
`ChannelTest` row and hands it to the broker after the commit (202 + a status URL), the worker
sends it (`run_channel_test`, one attempt) and records the outcome, which `channel_test_get`
returns. A tenant has at most MAX_OPEN_TESTS tests pending or running at once (counted under a
per-tenant advisory lock), so it cannot flood the notifications queue; a test the
worker never reported on within TEST_EXPIRY counts as failed and no longer as open.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import timedelta
from functools import partial

import dramatiq
from django.db import transaction
from django.utils import timezone

from core.access.models import User
from core.errors import LimitExceeded
from core.locks import advisory_xact_lock
from integrations.common import jobs
from integrations.common.models import Job
from integrations.notifications.channels import Message, render
from integrations.notifications.models import ChannelTest, NotificationChannel
from integrations.notifications.sending import DeliveryError, transmit
from integrations.notifications.tasks import SEND_TIME_LIMIT_MS

logger = logging.getLogger(__name__)

Kind = NotificationChannel.Kind
Status = Job.Status

MAX_OPEN_TESTS = 3
TEST_EXPIRY = timedelta(minutes=2)
TEST_SUBJECT = "Loonflow test message"
TEST_BODY = "This is a test message from the notification channel {name} ({code})."
EXPIRED = "The test did not run in time; try again later."
ERROR_CHARS = 2000
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
                f"At most {MAX_OPEN_TESTS} channel tests may run at once; wait for one to finish.",
                code="too_many_tests",
            )
        test = ChannelTest.objects.create(
            channel=channel,
            recipients=[user.username for user in recipients],
            requested_by=requested_by,
        )
        transaction.on_commit(partial(jobs.send_rows, run_channel_test, [test.pk], what="channel test"))
    return test


def channel_test_get(*, channel: NotificationChannel, test_id: int) -> ChannelTest | None:
    """The test with its outcome; one the worker never reported on in time is failed now."""
    test = ChannelTest.objects.filter(channel=channel, pk=test_id).first()
    if test is not None and test.status in _OPEN and test.created_at < timezone.now() - TEST_EXPIRY:
        ChannelTest.objects.filter(pk=test.pk, status__in=_OPEN).update(
            status=Status.FAILED, last_error=EXPIRED, finished_at=timezone.now()
        )
        test.refresh_from_db()
    return test


@dramatiq.actor(queue_name="notifications", max_retries=0, time_limit=SEND_TIME_LIMIT_MS)
def run_channel_test(test_id: int) -> None:
    run_test(test_id=test_id)


def run_test(*, test_id: int) -> str | None:
    """Send the test message once and record the outcome; returns the new status (None: not ours)."""
    with transaction.atomic():
        test = (
            ChannelTest.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("channel")
            .filter(pk=test_id, status=Status.PENDING)
            .first()
        )
        if test is None:
            return None
        test.status, test.attempts = Status.RUNNING, test.attempts + 1
        test.save(update_fields=["status", "attempts"])
    error = ""
    try:
        transmit(test.channel, _message(test))
    except DeliveryError as exc:
        error = str(exc)
    except Exception:  # a bug: say so without details, and keep the trace for operators
        logger.exception("channel test %s failed unexpectedly", test.pk)
        error = "The test failed unexpectedly."
    status = Status.FAILED if error else Status.SUCCEEDED
    ChannelTest.objects.filter(pk=test.pk, status=Status.RUNNING).update(
        status=status, last_error=error[:ERROR_CHARS], finished_at=timezone.now()
    )
    return status


def _message(test: ChannelTest) -> Message:
    channel = test.channel
    by_name = {user.username: user for user in User.objects.filter(username__in=test.recipients)}
    users = [by_name[name] for name in test.recipients if name in by_name]
    body = render(TEST_BODY, {"name": channel.name, "code": channel.code})
    if channel.kind == Kind.EMAIL:
        emails = [user.email for user in users if user.email]
        if not emails:
            raise DeliveryError("None of the recipients has an email address.", retryable=False)
        return Message(subject=TEST_SUBJECT, body=body, recipients=emails)
    return Message(
        subject=TEST_SUBJECT,
        body=body,
        recipients=[user.username for user in users] if channel.kind == Kind.WEBHOOK else [],
        mentions=[user.phone for user in users if user.phone],
        data={"test": True},
    )
