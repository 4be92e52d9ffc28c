"""Retention: the scheduler's housekeeping deletes notifications read more than
INBOX_READ_RETENTION_DAYS ago and action links expired or used more than ACTION_LINK_RETENTION_DAYS
ago, per tenant, in small batches found through indexes; everything younger, and every unread
notification, stays."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

import pytest
from django.db import connection
from django.utils import timezone

from core.access.models import User
from integrations import scheduler
from integrations.actionlinks.models import ActionLink
from integrations.actionlinks.services import action_links_sweep
from integrations.actionlinks.tests.factories import lead_links, waiting_for_lead
from integrations.inbox.models import InboxItem
from integrations.inbox.services import inbox_sweep_read
from integrations.inbox.tests.factories import filed

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def _days_ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def _notes(world: dict[str, Any], reads: Mapping[str, datetime | None]) -> dict[str, int]:
    """One inbox row for lead per entry (its label → its read time), on one ticket."""
    ticket = filed(world)
    lead = User.objects.get(username="lead")
    rows = InboxItem.objects.bulk_create(
        InboxItem(user=lead, kind="comment", ticket=ticket, excerpt=label, read_at=read_at)
        for label, read_at in reads.items()
    )
    return {row.excerpt: row.pk for row in rows}


def _left() -> set[str]:
    return set(InboxItem.objects.exclude(excerpt="").values_list("excerpt", flat=True))


def test_notifications_read_long_ago_go_unread_and_recent_ones_stay(people_world, settings):
    settings.INBOX_READ_RETENTION_DAYS = 90
    _notes(
        people_world,
        {
            "read 91 days ago": _days_ago(91),
            "read 200 days ago": _days_ago(200),
            "read 89 days ago": _days_ago(89),
            "read today": NOW,
            "unread": None,
        },
    )
    # An unread row stays however old it is.
    InboxItem.objects.filter(excerpt="unread").update(created_at=_days_ago(400))
    assert inbox_sweep_read(now=NOW) == 2
    assert _left() == {"read 89 days ago", "read today", "unread"}
    assert inbox_sweep_read(now=NOW) == 0


def test_the_inbox_sweep_works_in_batches_and_stops_for_the_next_pass(people_world, settings):
    settings.INBOX_READ_RETENTION_DAYS = 30
    _notes(people_world, {f"old {n}": _days_ago(31 + n) for n in range(7)} | {"new": _days_ago(1)})
    assert inbox_sweep_read(now=NOW, batch=2, batches=2) == 4  # at most 2 x 2 a pass
    assert len(_left()) == 4
    assert inbox_sweep_read(now=NOW, batch=2, batches=2) == 3
    assert _left() == {"new"}


def _links(world: dict[str, Any]) -> list[ActionLink]:
    ticket = waiting_for_lead(world)
    lead_links(ticket)
    lead_links(ticket)
    return list(ActionLink.objects.order_by("pk"))


def test_action_links_expired_or_used_long_ago_go(people_world, settings):
    settings.ACTION_LINK_RETENTION_DAYS = 30
    expired_long_ago, expired_lately, used_long_ago, fresh = _links(people_world)
    ActionLink.objects.filter(pk=expired_long_ago.pk).update(expires_at=_days_ago(31))
    ActionLink.objects.filter(pk=expired_lately.pk).update(expires_at=_days_ago(29))
    # Used 31 days ago (its expiry, counted from when it was sent, is later): it goes too.
    ActionLink.objects.filter(pk=used_long_ago.pk).update(used_at=_days_ago(31), expires_at=_days_ago(28))
    assert action_links_sweep(now=NOW) == 2
    assert set(ActionLink.objects.values_list("pk", flat=True)) == {expired_lately.pk, fresh.pk}
    assert action_links_sweep(now=NOW) == 0


def test_the_scheduler_sweeps_each_tenant_in_its_housekeeping_pass(people_world, settings):
    settings.INBOX_READ_RETENTION_DAYS = 90
    settings.ACTION_LINK_RETENTION_DAYS = 30
    _notes(people_world, {"old": _days_ago(100), "kept": _days_ago(10)})
    link, *_ = _links(people_world)
    ActionLink.objects.filter(pk=link.pk).update(expires_at=_days_ago(40))
    scheduler.housekeeping.forget()
    report = scheduler.tick(now=NOW)
    assert report.deleted.get("read_notifications") == 1
    assert report.deleted.get("old_action_links") == 1
    assert _left() == {"kept"}
    # Not again until the next housekeeping pass is due.
    _notes(people_world, {"old again": _days_ago(100)})
    assert "read_notifications" not in scheduler.tick(now=NOW + timedelta(seconds=1)).deleted


@pytest.mark.parametrize(
    ("query", "index"),
    [
        # The sweeps' own queries: filtered and ordered by the column the index holds.
        (
            lambda cutoff: InboxItem.objects.filter(read_at__isnull=False, read_at__lt=cutoff).order_by(
                "read_at"
            ),
            "inbox_read_at",
        ),
        (
            lambda cutoff: ActionLink.objects.filter(expires_at__lt=cutoff).order_by("expires_at"),
            "actionlink_expires",
        ),
        (
            lambda cutoff: ActionLink.objects.filter(used_at__isnull=False, used_at__lt=cutoff).order_by(
                "used_at"
            ),
            "actionlink_used",
        ),
    ],
)
def test_the_sweeps_find_their_rows_through_an_index(people_world, query, index):
    sql, params = query(NOW).values_list("pk", flat=True)[:500].query.sql_with_params()
    with connection.cursor() as cursor:
        # The tables are tiny here: without this the planner reads them whole, as it should.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert index in plan


def test_a_swept_link_is_refused_like_any_unknown_one(people_world, client_for, settings):
    from integrations.actionlinks.tests.factories import USE, post

    settings.ACTION_LINK_RETENTION_DAYS = 30
    ticket = waiting_for_lead(people_world)
    token = lead_links(ticket)["lead_approve"]
    ActionLink.objects.update(expires_at=_days_ago(31))
    assert action_links_sweep(now=NOW) == 2
    answer = post(client_for("it"), USE, {"token": token})
    assert answer.status_code == 404
    assert answer.json()["error"]["code"] == "link_invalid"
