"""What the background job kinds (webhook deliveries, notifications, hook calls, script runs)
share: handing rows to the broker after commit, and finding rows the broker never got."""

from __future__ import annotations

import logging
import random
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Q

from integrations.common.models import Job

logger = logging.getLogger(__name__)

Status = Job.Status
# A PENDING row due this long ago was lost in transit (Redis was down): the sweep sends it again.
# The grace keeps the sweep from racing the delayed message that is about to arrive anyway.
SWEEP_GRACE = timedelta(seconds=settings.JOB_RESEND_AFTER_SECONDS)
SWEEP_BATCH = 500
# A message may arrive a little before the retry time it was delayed to.
EARLY = timedelta(seconds=5)


def backoff(attempts: int, *, base: timedelta, cap: timedelta, jitter: float = 0.0) -> timedelta:
    """The wait after the `attempts`-th failed attempt: base · 2^(n-1), ±jitter, at most `cap`."""
    exponent = min(max(attempts, 1) - 1, 20)  # 2^20 · base is far past any cap already
    spread = random.uniform(1 - jitter, 1 + jitter) if jitter else 1.0  # noqa: S311 (spreading, not secrecy)
    return min(base * 2**exponent * spread, cap)


def send_rows(actor: Any, ids: Sequence[int], *, what: str, delay: timedelta | None = None) -> None:
    """Hand rows to the broker (after `delay`); if Redis is down they stay PENDING and the sweep
    sends them, so a failure here only logs (and stops: the rest would fail the same way)."""
    for row_id in ids:
        try:
            if delay is None:
                actor.send(row_id)
            else:
                actor.send_with_options(args=(row_id,), delay=int(delay.total_seconds() * 1000))
        except Exception:
            logger.warning("could not enqueue %s %s; the sweep will resend it", what, row_id, exc_info=True)
            return


def lost_in_transit(now: datetime) -> Q:
    """PENDING rows that should have been picked up by now."""
    return Q(status=Status.PENDING) & (
        Q(next_attempt_at__lte=now - SWEEP_GRACE) | Q(next_attempt_at=None, created_at__lte=now - SWEEP_GRACE)
    )


def resend_lost(model: Any, actor: Any, *, now: datetime) -> int:
    """Re-send (in the current tenant) rows lost in transit and RUNNING rows whose lease ran out
    (their worker died); returns how many."""
    stalled = Q(status=Status.RUNNING, next_attempt_at__lt=now)
    with transaction.atomic():
        ids = list(
            model.objects.select_for_update(skip_locked=True)
            .filter(lost_in_transit(now) | stalled)
            .order_by("pk")
            .values_list("pk", flat=True)[:SWEEP_BATCH]
        )
        if not ids:
            return 0
        # Due now: the next sweep leaves them alone for SWEEP_GRACE.
        model.objects.filter(pk__in=ids).update(status=Status.PENDING, next_attempt_at=now)
    for row_id in ids:
        actor.send(row_id)  # a broker error propagates: the scheduler retries on its next tick
    return len(ids)
