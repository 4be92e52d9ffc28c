"""The outbox relay and the event fan-out.

`relay_events` runs after the ticket change commits and hands each outbox id to the broker; if
Redis is down it only logs: the rows stay, and `sweep_outbox` (run by the scheduler) sends them
again later. `process_event` fans one event out into durable jobs — one per webhook target,
notification rule, hook call or script — each unique per event, so an event processed twice
(a sweep racing a slow worker) adds nothing the second time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

import dramatiq
from django.db import transaction
from django.utils import timezone

from engine.definitions.schema import WorkflowDocument
from engine.models import OutboxEvent
from engine.runtime.actions import cached_document, parsed_document

logger = logging.getLogger(__name__)

# An unprocessed event older than this is presumed lost in transit and sent again.
RELAY_GRACE = timedelta(seconds=30)
# …but not more often than this.
RESEND_EVERY = timedelta(seconds=60)
SWEEP_BATCH = 500

FanOut = Callable[[OutboxEvent, WorkflowDocument], None]


def fan_outs() -> list[FanOut]:
    """Every area that turns events into jobs, in the order they run."""
    from integrations import hooks, notifications, scripts, webhooks

    return [notifications.fan_out, webhooks.fan_out, hooks.fan_out, scripts.fan_out]


def sweeps() -> list[tuple[str, Callable[..., int]]]:
    """Job sweeps the scheduler runs after the outbox sweep: (name, sweep(now=…) -> count)."""
    from integrations import hooks, notifications, scripts, webhooks

    return [
        ("webhook_deliveries", webhooks.sweep_deliveries),
        ("notifications", notifications.sweep_notifications),
        ("hook_calls", hooks.sweep_hook_calls),
        ("script_runs", scripts.sweep_script_runs),
    ]


def relay_events(ids: list[int]) -> None:
    """Hand committed outbox rows to the broker; a broker outage leaves them for the sweep."""
    for event_id in ids:
        try:
            process_event.send(event_id)
        except Exception:
            logger.warning(
                "outbox relay failed for event %s; the sweep will resend it", event_id, exc_info=True
            )
            return


@dramatiq.actor(
    queue_name="events", max_retries=20, min_backoff=1_000, max_backoff=300_000, time_limit=60_000
)
def process_event(event_id: int) -> None:
    """Fan the event out (once: the row lock and `processed_at` make repeats no-ops)."""
    with transaction.atomic():
        event = (
            OutboxEvent.objects.select_for_update(skip_locked=True)
            .select_related("ticket__version")
            .filter(pk=event_id, processed_at=None)
            .first()
        )
        if event is None:
            return  # done already, or another worker has it right now
        ticket = event.ticket
        document = cached_document(ticket.version_id) or parsed_document(ticket.version)
        for fan_out in fan_outs():
            fan_out(event, document)
        event.processed_at = timezone.now()
        event.attempts += 1
        event.save(update_fields=["processed_at", "attempts"])


def sweep_outbox(*, now: datetime | None = None) -> int:
    """Re-send events that were never processed (in the current tenant); returns how many."""
    now = now or timezone.now()
    with transaction.atomic():
        stale = list(
            OutboxEvent.objects.select_for_update(skip_locked=True)
            .filter(processed_at=None, created_at__lt=now - RELAY_GRACE)
            .exclude(relayed_at__gt=now - RESEND_EVERY)
            .order_by("created_at")
            .values_list("pk", flat=True)[:SWEEP_BATCH]
        )
        if not stale:
            return 0
        OutboxEvent.objects.filter(pk__in=stale).update(relayed_at=now)
    for event_id in stale:
        process_event.send(event_id)  # a broker error propagates: the scheduler retries later
    return len(stale)
