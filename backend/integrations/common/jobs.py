"""The life of a background job row (a webhook delivery, notification, hook call, script run or
channel test), which every kind shares:

- created and handed to the broker after the commit (`create_rows`, `send_rows`), one message per
  row id to the kind's actor (`actor`);
- claimed by a worker under a row lock for one attempt (`claim`, `claim_with`): RUNNING until a
  lease runs out, so that a dead worker's row can be found again;
- its outcome recorded if the row is still the worker's (`settle`): done, failed, or PENDING again
  after a backoff (`Retries`), with a note in the ticket's flow log when something went wrong;
- rows the broker never got, and RUNNING rows whose lease ran out, sent again by the scheduler's
  sweep (`resend_lost`).

What an attempt does, and what else it records, stays in each kind's tasks module."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any, TypeVar

from django.conf import settings
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from core.lanes import FairActor, fair_actor, has_parked
from core.stored_text import Text, columns
from core.wakeups import wake_here
from integrations.common.models import Job
from integrations.common.outcomes import Outcome

logger = logging.getLogger(__name__)

Status = Job.Status
J = TypeVar("J", bound=Job)
T = TypeVar("T")
# Sends row ids to a kind's actor: `enqueue(ids)`, or `enqueue(ids, delay=...)` for a retry.
Enqueue = Callable[..., None]

# A PENDING row due this long ago was lost in transit (Redis was down): the sweep sends it again.
# The grace keeps the sweep from racing the delayed message that is about to arrive anyway.
SWEEP_GRACE = timedelta(seconds=settings.JOB_RESEND_AFTER_SECONDS)
SWEEP_BATCH = 500
# A message may arrive a little before the retry time it was delayed to (clock skew).
EARLY = timedelta(seconds=5)
ERROR_CHARS = 2000  # Job.last_error
_DONE = (Status.SUCCEEDED, Status.FAILED)


def actor(
    *, queue: str, time_limit_ms: int, retry_errors: bool = True
) -> Callable[[Callable[..., Any]], FairActor]:
    """The Dramatiq actor of a job kind, on its main lane and its overflow lane (`lanes`, so one
    tenant's flood does not hold back the others); it takes a row id and keeps the function's name
    (queued messages name it). With `retry_errors` Dramatiq retries an infrastructure error (the
    database) a few times; a failed attempt is retried by the job itself (`Retries`)."""
    if retry_errors:
        return fair_actor(
            queue=queue, time_limit=time_limit_ms, max_retries=3, min_backoff=5_000, max_backoff=300_000
        )
    return fair_actor(queue=queue, time_limit=time_limit_ms, max_retries=0)


def backoff(attempts: int, *, base: timedelta, cap: timedelta, jitter: float = 0.0) -> timedelta:
    """The wait after the `attempts`-th failed attempt: base · 2^(n-1), ±jitter, at most `cap`."""
    exponent = min(max(attempts, 1) - 1, 20)  # 2^20 · base is far past any cap already
    spread = random.uniform(1 - jitter, 1 + jitter) if jitter else 1.0  # noqa: S311 (spreading, not secrecy)
    return min(base * 2**exponent * spread, cap)


@dataclass(frozen=True)
class Retries:
    """How often a kind of job is attempted, and how long it waits between attempts."""

    max_attempts: int
    base: timedelta = timedelta(0)
    cap: timedelta = timedelta(0)
    jitter: float = 0.0

    def delay(self, attempts: int) -> timedelta:
        return backoff(attempts, base=self.base, cap=self.cap, jitter=self.jitter)

    def after_failure(
        self, row: Job, error: Text, *, what: str, retryable: bool = True, note: Text = ""
    ) -> Outcome:
        """A failed attempt: PENDING again after the backoff, or FAILED (with `note` for the flow
        log) when retrying would not help or that was the last attempt."""
        if not retryable or row.attempts >= self.max_attempts:
            return Outcome(Status.FAILED, error=error, note=note)
        retry_in = self.delay(row.attempts)
        logger.info(
            "%s %s attempt %s failed, retrying in %s: %s", what, row.pk, row.attempts, retry_in, error
        )
        return Outcome(Status.PENDING, error=error, retry_in=retry_in)


def send_rows(actor: Any, ids: Sequence[int], *, what: str, delay: timedelta | None = None) -> None:
    """Hand rows to the broker (after `delay`); if Redis is down they stay PENDING and the sweep
    sends them, so a failure here only logs (and stops: the rest would fail the same way). Either
    way the scheduler is woken for when its sweep would take a lost row back (`core.wakeups`);
    what happens to a row later (a claim, a lease) it reads from the table when it visits."""
    if not ids:
        return
    for row_id in ids:
        try:
            if delay is None:
                actor.send(row_id)
            else:
                actor.send_with_options(args=(row_id,), delay=int(delay.total_seconds() * 1000))
        except Exception:
            logger.warning("could not enqueue %s %s; the sweep will resend it", what, row_id, exc_info=True)
            break
    wake_here(timezone.now() + (delay or timedelta(0)) + SWEEP_GRACE)


def create_rows(rows: Sequence[Job], enqueue: Enqueue, *, created: QuerySet[Any]) -> None:
    """Insert `rows` (one that exists already is skipped) and hand the rows `created` finds (the
    new ones) to the broker after the commit."""
    if not rows:
        return
    type(rows[0])._default_manager.bulk_create(rows, ignore_conflicts=True)
    transaction.on_commit(partial(enqueue, list(created.values_list("pk", flat=True))))


def claim(rows: QuerySet[J], pk: int, *, now: datetime, lease: timedelta | None = None) -> J | None:
    """The row, locked and marked RUNNING for one more attempt, if it is PENDING and due (None:
    nothing to do now). `lease`: how long the attempt may take before the sweep takes it back."""
    return claim_with(rows, pk, _as_is, now=now, lease=lease)


def claim_with(
    rows: QuerySet[J],
    pk: int,
    prepare: Callable[[J, datetime], T | None],
    *,
    now: datetime,
    lease: timedelta | None = None,
) -> T | None:
    """As `claim`, returning what `prepare` makes of the locked row before the attempt starts;
    `prepare` returns None when the row cannot be attempted (it records why itself)."""
    with transaction.atomic():
        row = (
            rows.select_for_update(skip_locked=True, of=("self",))
            .filter(pk=pk, status=Status.PENDING)
            .first()
        )
        if row is None:
            return None  # done already, failed for good, waiting, or another worker has it now
        if row.next_attempt_at is not None and row.next_attempt_at > now + EARLY:
            return None  # a retry is scheduled later; this message is an early duplicate
        prepared = prepare(row, now)
        if prepared is None:
            return None
        row.status = Status.RUNNING
        row.attempts += 1
        fields = ["status", "attempts"]
        if lease is not None:
            row.next_attempt_at = now + lease
            fields.append("next_attempt_at")
        row.save(update_fields=fields)
    return prepared


def _as_is(row: J, now: datetime) -> J:
    return row


def outcome_fields(outcome: Outcome, now: datetime) -> dict[str, Any]:
    """The job columns an outcome sets."""
    return {
        "status": outcome.status,
        **columns("last_error", outcome.error, limit=ERROR_CHARS),
        "next_attempt_at": now + outcome.retry_in if outcome.retry_in is not None else None,
        "finished_at": now if outcome.status in _DONE else None,
    }


def finish(row: Job, outcome: Outcome, now: datetime, /, **extra: Any) -> None:
    """Write an outcome (and the kind's `extra` columns, which may have any name) to the row, whose
    lock the caller holds."""
    type(row)._default_manager.filter(pk=row.pk).update(**outcome_fields(outcome, now), **extra)


def settle(
    row: Job,
    decide: Callable[[], Outcome],
    *,
    now: datetime | None = None,
    extra: Mapping[str, Any] | None = None,
    requeue: Enqueue | None = None,
    note: Callable[..., object] | None = None,
) -> str | None:
    """Decide the attempt's outcome and record it, if the row is still RUNNING: the sweep may have
    taken it back after its lease ran out, and then the attempt it started decides (None).

    `decide` runs in the transaction that records its outcome (it may act on the ticket); a note
    goes to `note(message=...)` (the flow log), a retry to `requeue` after the commit."""
    with transaction.atomic():
        ours = type(row)._default_manager.select_for_update().filter(pk=row.pk, status=Status.RUNNING)
        if not ours.exists():
            return None
        outcome = decide()
        finish(row, outcome, now or timezone.now(), **(extra or {}))
        if outcome.note and note is not None:
            note(message=outcome.note)
        if outcome.retry_in is not None and requeue is not None:
            transaction.on_commit(partial(requeue, [row.pk], delay=outcome.retry_in))
    return outcome.status


def lost_in_transit(now: datetime) -> Q:
    """PENDING rows that should have been picked up by now."""
    return Q(status=Status.PENDING) & (
        Q(next_attempt_at__lte=now - SWEEP_GRACE) | Q(next_attempt_at=None, created_at__lte=now - SWEEP_GRACE)
    )


def resend_lost(
    model: type[Job],
    actor: Any,
    *,
    now: datetime,
    take_back: Callable[[list[int], datetime], Iterable[int]] | None = None,
) -> int:
    """Re-send (in the current tenant) rows lost in transit and RUNNING rows whose lease ran out
    (their worker died); returns how many. `take_back`, given the ids of the latter, deals with
    them as the kind must and returns those to send again (default: all of them)."""
    with transaction.atomic():
        rows = list(
            model._default_manager.select_for_update(skip_locked=True)
            .filter(lost_in_transit(now) | Q(status=Status.RUNNING, next_attempt_at__lt=now))
            .order_by("pk")
            .values_list("pk", "status")[:SWEEP_BATCH]
        )
        stalled = [pk for pk, status in rows if status == Status.RUNNING]
        again = set(take_back(stalled, now) if take_back is not None and stalled else stalled)
        ids = [pk for pk, status in rows if status != Status.RUNNING or pk in again]
        if not ids:
            return 0
        # Due now: the next sweep leaves them alone for SWEEP_GRACE.
        model._default_manager.filter(pk__in=ids).update(status=Status.PENDING, next_attempt_at=now)
    if isinstance(actor, FairActor) and has_parked(actor.queue_name):
        # The tenant's pending rows of this kind wait in its parked list (core.lanes): only the
        # rows taken back from dead workers are sent.
        ids = [pk for pk in ids if pk in again]
    for row_id in ids:
        actor.send(row_id)  # a broker error propagates: the scheduler retries on its next tick
    return len(ids)
