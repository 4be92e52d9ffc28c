"""Background work of the tickets area: the outbox relay and the event fan-out.

`relay_events` runs after the ticket change commits and hands each outbox id to the broker; if
Redis is down it only logs: the rows stay, and `sweep_outbox` (run by the scheduler) sends them
again later. `process_event` hands one event to every subscriber (`events.py`), which turn it into
durable jobs — one per webhook target, notification rule, hook call or script — each unique per
event, so an event processed twice (a sweep racing a slow worker) adds nothing the second time.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import dramatiq
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from core.connection_lanes import tenant_lane
from core.lanes import fair_actor, has_parked, oldest_in_flight
from core.wakeups import wake_here
from engine.tickets import events
from engine.tickets.documents import ticket_document
from engine.tickets.models import OutboxEvent

logger = logging.getLogger(__name__)

SWEEP_BATCH = 500
RESEND_CHUNK = 50  # event ids per re-sent message
# How long a relay may come after its event's row was written (the transaction still running, the
# commit, the relay): an event younger than this before the tenant's oldest message in the queue may
# be in the queue itself.
IN_FLIGHT_MARGIN = timedelta(seconds=10)


def relay_grace() -> timedelta:
    """An unprocessed event older than this is presumed lost in transit and sent again (and then
    not again for twice as long). `OUTBOX_RESEND_AFTER_SECONDS`, 30 s by default."""
    return timedelta(seconds=settings.OUTBOX_RESEND_AFTER_SECONDS)


def relay_events(ids: list[int]) -> None:
    """Hand a committed transaction's outbox rows to the broker, as one message (one Redis round
    trip per ticket change); a broker outage leaves them for the sweep. Either way the scheduler
    is woken for when the sweep would find them unprocessed (`core.wakeups`)."""
    try:
        process_events.send(ids)
    except Exception:
        logger.warning("outbox relay failed for events %s; the sweep will resend them", ids, exc_info=True)
    wake_here(timezone.now() + relay_grace())


# On fair lanes (`core.lanes`): one tenant's burst of ticket changes does not hold back the fan-out of
# everyone else's.
@fair_actor(queue="events", max_retries=20, min_backoff=1_000, max_backoff=300_000, time_limit=120_000)
def process_events(event_ids: list[int]) -> None:
    """Fan out several events in order, each in its own transaction (a retry skips the done ones)."""
    with tenant_lane():
        for event_id in event_ids:
            _process(event_id)


@dramatiq.actor(
    queue_name="events", max_retries=20, min_backoff=1_000, max_backoff=300_000, time_limit=60_000
)
def process_event(event_id: int) -> None:
    """Fan one event out."""
    with tenant_lane():
        _process(event_id)


# Before any other message a worker holds (lower is sooner; every other actor has 0): in a burst
# the timers fire on time and the fan-out of their events waits, not the other way round.
@dramatiq.actor(
    queue_name="timers",
    max_retries=3,
    min_backoff=1_000,
    max_backoff=30_000,
    time_limit=120_000,
    priority=-10,
)
def fire_timers(timer_ids: list[int]) -> None:
    """Fire due timers the scheduler handed over, each in its own transaction (`timer_fire` is
    idempotent: a timer already fired, cancelled or taken by another worker right now is skipped)."""
    from engine.tickets.runtime.background import timer_fire  # it imports this module's relay

    with tenant_lane():
        for timer_id in timer_ids:
            timer_fire(timer_id=timer_id)


def _process(event_id: int) -> None:
    """Fan the event out (once: the row lock and `processed_at` make repeats no-ops)."""
    with transaction.atomic():
        # Lock the event row only: locking the joined ticket and version too would make a
        # concurrent event of the same ticket or workflow version skip its row as "taken".
        event = (
            OutboxEvent.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("ticket__version")
            .filter(pk=event_id, processed_at=None)
            .first()
        )
        if event is None:
            return  # done already, or another worker has it right now
        ticket = event.ticket
        document = ticket_document(ticket)
        for subscriber in events.subscribers():
            subscriber.fan_out(event, document)
        event.processed_at = timezone.now()
        event.attempts += 1
        event.save(update_fields=["processed_at", "attempts"])


def sweep_outbox(*, now: datetime | None = None) -> int:
    """Re-send events that were never processed (in the current tenant); returns how many. Events
    that may only be waiting in the broker behind the tenant's other events are left alone: while
    the fan-out lags (a burst), re-sending them would only queue each a second time."""
    now = now or timezone.now()
    with transaction.atomic():
        stale = list(
            OutboxEvent.objects.select_for_update(skip_locked=True)
            .filter(processed_at=None, created_at__lt=now - relay_grace())
            .exclude(relayed_at__gt=now - 2 * relay_grace())
            .order_by("created_at")
            .values_list("pk", "created_at")[:SWEEP_BATCH]
        )
        if not stale:
            return 0
        # Looked at now: the next look is twice the grace later, sent or not.
        OutboxEvent.objects.filter(pk__in=[pk for pk, _created in stale]).update(relayed_at=now)
    queue = process_events.queue_name
    if has_parked(queue):
        return 0  # the tenant's events wait in its parked list (core.lanes), they are not lost
    # A message of the tenant's still in the queue was sent at `oldest` or later: an event created
    # well before that (its relay would have come first) is not in the queue any more, so lost.
    oldest = oldest_in_flight(queue)
    cut = None if oldest is None else oldest - IN_FLIGHT_MARGIN.total_seconds()
    lost = [pk for pk, created in stale if cut is None or created.timestamp() < cut]
    for start in range(0, len(lost), RESEND_CHUNK):
        # A broker error propagates: the scheduler retries on its next tick.
        process_events.send(lost[start : start + RESEND_CHUNK])
    return len(lost)
