"""What the engine announces and who listens: the registry of event subscribers.

Every ticket change writes its events to the transactional outbox (`OutboxEvent`, see
`runtime/effects.py`); `tasks.process_events` then hands each event to every subscriber's
`fan_out`, in the order they subscribed, inside the event's transaction. Subscribers turn events
into their own durable jobs (webhook deliveries, notifications, hook calls, script runs) and offer a
`sweep` the scheduler runs to re-send work that was lost in transit.

The engine owns this registry and never imports its subscribers: the integrations app fills it from
its `AppConfig.ready()`, so dependencies point one way (integrations → engine).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from engine.tickets.models import OutboxEvent
from engine.workflows.definitions.schema import WorkflowDocument

# Events for people rather than integrations (the in-app inbox): not WorkflowEvents, so no workflow
# document, webhook or script subscribes to them.
COMMENTED = "commented"  # data: comment
CONSULTED = "consulted"  # data: to (the username asked), comment

FanOut = Callable[[OutboxEvent, WorkflowDocument], None]
Sweep = Callable[..., int]  # sweep(now: datetime | None = None) -> how many jobs it re-sent


@dataclass(frozen=True)
class Subscriber:
    name: str  # what the scheduler's log and metrics call its sweep, e.g. "webhook_deliveries"
    fan_out: FanOut
    sweep: Sweep


_subscribers: dict[str, Subscriber] = {}


def subscribe(subscriber: Subscriber) -> None:
    """Add (or, under the same name, replace) a subscriber. Called at app start-up."""
    _subscribers[subscriber.name] = subscriber


def subscribers() -> tuple[Subscriber, ...]:
    return tuple(_subscribers.values())
