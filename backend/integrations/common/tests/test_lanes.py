"""Fair lanes: a tenant's burst past its share per second goes to the overflow lane, others' messages
stay in the main lane, and a worker runs the main lane's messages before a flood in the overflow."""

from __future__ import annotations

from typing import Any

import pytest
from django_tenants.utils import schema_context

from integrations.common import lanes
from integrations.webhooks.tasks import deliver_webhook


@pytest.fixture
def sent(monkeypatch: Any) -> dict[str, list[tuple[str, Any]]]:
    """What each lane of deliver_webhook was given (no message reaches Redis)."""
    record: dict[str, list[tuple[str, Any]]] = {"main": [], "overflow": []}
    for lane in ("main", "overflow"):
        actor = getattr(deliver_webhook, lane)

        def remember(lane: str = lane, **options: Any) -> None:
            from core.tenancy import current_schema

            record[lane].append((current_schema(), options["args"][0]))

        monkeypatch.setattr(actor, "send_with_options", remember)
    return record


def test_a_burst_past_the_share_takes_the_overflow_lane(
    sent: Any, settings: Any, monkeypatch: Any, db: None
) -> None:
    settings.JOB_LANE_SHARE = 5
    monkeypatch.setattr(lanes, "_second", lambda: 1_000_000)  # the whole burst in one second
    with schema_context("it"):
        for row_id in range(12):
            deliver_webhook.send(row_id)
    with schema_context("hr"):
        deliver_webhook.send(99)  # another tenant's message: its own share, the main lane
    assert [row for schema, row in sent["main"] if schema == "it"] == [0, 1, 2, 3, 4]
    assert [row for _schema, row in sent["overflow"]] == list(range(5, 12))
    assert ("hr", 99) in sent["main"]
    # The next second the tenant has its share again.
    monkeypatch.setattr(lanes, "_second", lambda: 1_000_001)
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


def test_without_redis_the_count_lets_messages_through(monkeypatch: Any, db: None) -> None:
    import redis as redis_module

    class Down:
        def eval(self, *_args: Any) -> None:
            raise redis_module.ConnectionError("down")

    monkeypatch.setattr(lanes, "get_redis", lambda: Down())
    with schema_context("it"):
        assert lanes.in_share("webhooks") is True
