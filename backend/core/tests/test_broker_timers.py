"""A worker holds more due timers than other messages and looks for them sooner (core.broker)."""

from __future__ import annotations

from typing import Any

from core.broker import LoonflowBroker


def test_timers_are_fetched_deeper_and_polled_sooner(settings: Any) -> None:
    settings.WORKER_TIMERS_PREFETCH, settings.WORKER_TIMERS_POLL_MS = 64, 100
    broker = LoonflowBroker(url=settings.REDIS_URL, namespace="loonflow-test")
    try:
        timers = broker.consume("timers", prefetch=8, timeout=1000)
        events = broker.consume("events", prefetch=8, timeout=1000)
        assert (timers.prefetch, timers.timeout) == (64, 100)
        assert (events.prefetch, events.timeout) == (8, 1000)  # Dramatiq's defaults elsewhere
        # A deployment that asks for more (or a shorter poll) keeps it.
        wide = broker.consume("timers", prefetch=200, timeout=50)
        assert (wide.prefetch, wide.timeout) == (200, 50)
    finally:
        broker.close()
