# ruff: noqa: RUF001 (Chinese punctuation is what these texts are written with)
"""The notes timers leave in the flow log (an SLA's auto-transition, a timer that could not act)
are stored with a code and parameters and read in each reader's language."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from engine.tickets.models import FlowLog, OutboxEvent, Timer
from engine.tickets.runtime.background import timer_fire
from engine.tickets.services import ticket_create
from engine.workflows.tests.factories import user_principal
from integrations import scheduler
from integrations.tests.factories import notes_read, published, readers
from integrations.webhooks.tests.factories import review_document

pytestmark = pytest.mark.django_db

EXPIRE = {"key": "expire", "name": "Expire", "source": "review", "target": "expired", "kind": "timer"}


def _submit(key: str, *, sla: dict | None = None):
    review = {"sla": sla} if sla is not None else None
    transitions = ({**EXPIRE, "timer_seconds": 3600},)
    workflow = published(
        key, review_document("TM", review=review, ends=("expired",), transitions=transitions)
    )
    return ticket_create(workflow=workflow, principal=user_principal("alice"), values={}, transition="submit")


def test_an_sla_auto_transition_is_told_in_each_readers_language(world, login):
    sla = {"duration_seconds": 60, "action": "auto_transition", "transition": "approve"}
    ticket = _submit("auto", sla=sla)
    scheduler.tick(now=timezone.now() + timedelta(minutes=5))

    seen = notes_read(readers(login), ticket, "sla")

    assert seen["en"] == [("sla.breached", "SLA breached.")]
    assert seen["zh-hans"] == [("sla.breached", "已超出 SLA 时限。")]
    # Webhooks get the move's note with its code too.
    [entered] = OutboxEvent.objects.filter(ticket=ticket, event="state_entered", state_key="done")
    assert (entered.data["comment"], entered.data["comment_code"]) == ("SLA breached.", "sla.breached")


def test_a_timer_that_could_not_act_is_told_in_each_readers_language(world, login):
    ticket = _submit("timed")
    timer = Timer.objects.get(ticket=ticket, kind="transition")
    Timer.objects.filter(pk=timer.pk).update(transition_key="gone")  # its transition was renamed away
    assert timer_fire(timer_id=timer.pk).startswith("failed")
    [row] = FlowLog.objects.filter(ticket=ticket, action="timer_failed")
    problem = row.comment_params["problem"]
    assert problem == "No transition 'gone' here."

    seen = notes_read(readers(login), ticket, "timer_failed")

    assert seen["en"] == [("timer.failed", f"The timer could not act: {problem}")]
    assert seen["zh-hans"] == [("timer.failed", f"定时器未能执行：{problem}")]
