"""Tenant figures (`tenants.figures`): the scheduler reads them after a visit to a busy tenant, at most
once per TENANT_FIGURES_SECONDS, and with the hourly housekeeping; all-tenant readers take them from
the one public table."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone
from django_tenants.utils import schema_context

from core import wakeups
from core.access.models import User
from core.redis import get_redis
from engine.tickets.models import OutboxEvent
from engine.tickets.services import ticket_create
from engine.workflows.models import Workflow
from engine.workflows.tests.factories import user_principal
from integrations.scheduler.loop import Loop
from integrations.tests.factories import published
from integrations.webhooks.tests.factories import review_document
from tenants.figures import figures_refresh
from tenants.models import TenantFigures

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_tenant_figures")]


def _figures(schema: str) -> TenantFigures:
    return TenantFigures.objects.get(tenant__schema_name=schema)


def _started_loop() -> Loop:
    """A scheduler past its first pass (which reads every tenant's figures, none being stored)."""
    loop = Loop(threads=1, handoff=False)
    loop.start()
    loop.step()
    assert loop.rotation.rushing == 0
    return loop


def _file_ticket(schema: str, capture: Any) -> None:
    with schema_context(schema), capture(execute=True):
        workflow = Workflow.objects.filter(key="figures").first() or published(
            "figures", review_document("FG")
        )
        ticket_create(workflow=workflow, principal=user_principal("alice"), values={}, transition="submit")
        OutboxEvent.objects.update(processed_at=timezone.now())  # as the worker would


def test_the_first_pass_reads_every_tenants_figures(hr):
    with schema_context("hr"):
        people = User.objects.filter(is_active=True).count()
    _started_loop()
    figures = _figures("hr")
    assert (figures.people, figures.tickets, figures.outbox_backlog) == (people, {}, 0)
    assert _figures("it").read_at is not None


def test_a_busy_tenant_is_read_again_after_its_visit_and_an_idle_one_is_not(
    hr, django_capture_on_commit_callbacks, settings
):
    settings.TENANT_FIGURES_SECONDS = 30
    loop = _started_loop()
    it_read = _figures("it").read_at
    _file_ticket("hr", django_capture_on_commit_callbacks)
    assert get_redis().zscore(wakeups.KEY, "hr") is not None
    now = timezone.now() + timedelta(seconds=40)  # the relay's wake-up is due
    report = loop.step(now=now)
    assert report.visited == ["hr"]
    figures = _figures("hr")
    assert figures.tickets == {"in_progress": 1}
    assert figures.workflows == 1
    assert figures.read_at == now
    assert _figures("it").read_at == it_read  # never visited


def test_a_visit_sooner_than_the_period_comes_back_when_it_is_over(
    hr, django_capture_on_commit_callbacks, settings
):
    settings.TENANT_FIGURES_SECONDS = 30
    loop = _started_loop()
    first = timezone.now() + timedelta(seconds=40)
    _file_ticket("hr", django_capture_on_commit_callbacks)
    loop.step(now=first)
    _file_ticket("hr", django_capture_on_commit_callbacks)  # 10 s later, say
    soon = first + timedelta(seconds=10)
    wakeups.wake("hr", soon)
    assert loop.step(now=soon).visited == ["hr"]
    assert _figures("hr").tickets == {"in_progress": 1}  # not read again yet
    # ...but the tenant is woken when the period is over, and read then.
    assert get_redis().zscore(wakeups.KEY, "hr") == pytest.approx((first + timedelta(seconds=30)).timestamp())
    assert loop.step(now=first + timedelta(seconds=30)).visited == ["hr"]
    assert _figures("hr").tickets == {"in_progress": 2}


def test_people_added_wake_the_scheduler_for_the_figures(hr, django_capture_on_commit_callbacks, settings):
    from core.directory.services import user_create

    settings.TENANT_FIGURES_SECONDS = 30
    loop = _started_loop()
    before = _figures("hr").people
    with schema_context("hr"), django_capture_on_commit_callbacks(execute=True):
        user_create(username="newcomer", display_name="Newcomer")
    # Woken at once; read at the end of the period that began with the first pass's read.
    assert loop.step(now=timezone.now() + timedelta(seconds=1)).visited == ["hr"]
    assert _figures("hr").people == before
    assert loop.step(now=timezone.now() + timedelta(seconds=31)).visited == ["hr"]
    assert _figures("hr").people == before + 1


def test_the_housekeeping_rotation_reads_idle_tenants_again(hr, settings):
    settings.SCHEDULER_SAFETY_SWEEP_SECONDS = 1
    settings.ATTACHMENT_SWEEP_SECONDS = 0
    loop = _started_loop()
    with schema_context("hr"):
        workflow = published("figures", review_document("FG"))
        # Committed by a process killed before its publish: no wake-up.
        ticket_create(workflow=workflow, principal=user_principal("alice"), values={}, transition="submit")
    loop.rotation.last = 0.0  # a period ago: this step's slice is every tenant
    later = timezone.now() + timedelta(seconds=5)
    loop.step(now=later)
    figures = _figures("hr")
    assert figures.tickets == {"in_progress": 1}
    assert figures.read_at == later


def test_a_restarted_scheduler_remembers_when_figures_were_read(hr):
    with schema_context("hr"):
        read_at = figures_refresh()
    loop = Loop(threads=1, handoff=False)
    loop.start()
    assert loop.figured["hr"] == read_at


def test_the_stored_figures_count_unfinished_jobs_and_stored_bytes(hr):
    from engine.tickets.models import Attachment
    from integrations.notifications.models import Notification, NotificationChannel

    with schema_context("hr"):
        channel = NotificationChannel.objects.create(code="mail", name="mail", kind="email")
        for status in ("pending", "failed", "failed", "succeeded"):
            Notification.objects.create(channel=channel, rule_index=0, subject="s", body="b", status=status)
        Attachment.objects.create(
            id=uuid.uuid4(), name="a.txt", size=1234, content_type="text/plain", sha256="0"
        )
        read_at = figures_refresh()
    figures = _figures("hr")
    assert figures.jobs == {"notification": {"pending": 1, "failed": 2}}  # succeeded ones are left out
    assert (figures.attachment_bytes, figures.outbox_backlog, figures.outbox_oldest_at) == (1234, 0, None)
    assert figures.read_at == read_at


def test_figures_that_cannot_be_read_do_not_stop_the_tenants_work(
    hr, django_capture_on_commit_callbacks, monkeypatch
):
    from integrations.scheduler import loop as loop_module

    loop = _started_loop()
    _file_ticket("hr", django_capture_on_commit_callbacks)

    def broken(**_kwargs: Any) -> None:
        raise RuntimeError("figures table missing")

    monkeypatch.setattr(loop_module, "figures_refresh", broken)
    with schema_context("hr"):
        OutboxEvent.objects.update(processed_at=None)  # work the visit must still do
    get_redis().delete("lf:lane:events:hr")  # their messages are gone from the queue: lost
    report = loop.step(now=timezone.now() + timedelta(seconds=40))
    assert report.visited == ["hr"]
    assert report.resent == {"outbox": 3}
