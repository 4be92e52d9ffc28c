"""Fair lanes (core/lanes.py): a tenant's messages past its share of a main lane go to the overflow
lane, other tenants' stay in the main lane, a place comes back when its message is done, and the
overflow lane is the same work at a lower priority. (The effect on a quiet tenant's latency during
another's flood is measured by `make bench-worker BENCH_ARGS="--flood 2000"`.)"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from django_tenants.utils import schema_context

from core import lanes
from integrations.webhooks.tasks import deliver_webhook


@pytest.fixture
def sent(monkeypatch: Any) -> dict[str, list[tuple[str, Any]]]:
    """What each lane of deliver_webhook was given (no message reaches Redis)."""
    record: dict[str, list[tuple[str, Any]]] = {"main": [], "overflow": []}
    places: list[str] = []
    record["places"] = places  # type: ignore[assignment]
    for lane in ("main", "overflow"):
        actor = getattr(deliver_webhook, lane)

        def remember(which: str = lane, **options: Any) -> None:
            from core.tenancy import current_schema

            record[which].append((current_schema(), options["args"][0]))
            places.append(options.get(lanes.LANE_OPTION, ""))

        monkeypatch.setattr(actor, "send_with_options", remember)
    return record


def test_a_burst_past_the_share_takes_the_overflow_lane(sent: Any, settings: Any, db: None) -> None:
    settings.JOB_LANE_SHARE = 5
    with schema_context("it"):
        for row_id in range(12):
            deliver_webhook.send(row_id)
    with schema_context("hr"):
        deliver_webhook.send(99)  # another tenant's message: its own share, the main lane
    assert [row for schema, row in sent["main"] if schema == "it"] == [0, 1, 2, 3, 4]
    assert [row for _schema, row in sent["overflow"]] == list(range(5, 12))
    assert ("hr", 99) in sent["main"]
    # A place comes back when the worker is done with its message: the next one takes the main lane.
    [place] = [p for p in sent["places"] if p][:1]
    message = SimpleNamespace(options={lanes.LANE_OPTION: place})
    lanes.LaneMiddleware().after_process_message(None, message)  # type: ignore[arg-type]
    with schema_context("it"):
        deliver_webhook.send(12)
    assert sent["main"][-1] == ("it", 12)


def test_the_overflow_lane_is_the_same_work_at_a_lower_priority() -> None:
    main, overflow = deliver_webhook.main, deliver_webhook.overflow
    assert (main.queue_name, overflow.queue_name) == ("webhooks", "webhooks-overflow")
    assert overflow.fn is main.fn
    assert overflow.priority > main.priority
    assert overflow.options["time_limit"] == main.options["time_limit"]
    assert deliver_webhook.actor_name == "deliver_webhook"  # queued messages keep naming it


def test_without_redis_the_main_lane_is_used(monkeypatch: Any, db: None) -> None:
    import redis as redis_module

    class Down:
        def eval(self, *_args: Any) -> None:
            raise redis_module.ConnectionError("down")

    monkeypatch.setattr(lanes, "get_redis", lambda: Down())
    with schema_context("it"):
        assert lanes.take_place("webhooks") == ""  # the main lane, untracked
