"""Fair lanes (core/lanes.py): a tenant's messages past its share of a queue are parked, in order, and
sent as its places come back; other tenants' go to the queue at once; delayed retries take the
overflow lane. (The effect on a quiet tenant's latency during another's flood is measured by
`make bench-worker BENCH_ARGS="--flood 2000"`.)"""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

import pytest
from django_tenants.utils import schema_context
from metrics.tests.factories import sample, scrape

from core import lanes
from core.redis import get_redis
from integrations.webhooks.tasks import deliver_webhook

pytestmark = pytest.mark.django_db


def _queued(queue: str = "webhooks") -> list[dict[str, Any]]:
    """The messages waiting in a broker queue, oldest first."""
    client: Any = get_redis()
    ids = [raw.decode() for raw in client.lrange(f"loonflow:{queue}", 0, -1)]
    stored = client.hgetall(f"loonflow:{queue}.msgs")
    messages = {key.decode(): json.loads(value) for key, value in stored.items()}
    return [messages[message_id] for message_id in ids]


def _rows(messages: list[dict[str, Any]], schema: str) -> list[int]:
    return [m["args"][0] for m in messages if m["options"]["tenant_schema"] == schema]


def _finish(message: dict[str, Any]) -> None:
    """What the worker's LaneMiddleware does when it is done with the message."""
    proxy = SimpleNamespace(options=message["options"])
    lanes.LaneMiddleware().after_process_message(None, proxy)  # type: ignore[arg-type]


def test_a_burst_past_the_share_is_parked_and_sent_in_order_as_places_come_back(settings: Any) -> None:
    settings.JOB_LANE_SHARE = 5
    with schema_context("it"):
        for row_id in range(12):
            deliver_webhook.send(row_id)
    with schema_context("hr"):
        deliver_webhook.send(99)  # another tenant's message: its own places, straight to the queue
    queued = _queued()
    assert _rows(queued, "it") == [0, 1, 2, 3, 4]
    assert _rows(queued, "hr") == [99]
    assert queued[-1]["args"] == [99]  # behind five of the burst, not twelve
    assert get_redis().llen("lf:lane:park:webhooks:it") == 7
    # A place comes back when the worker is done with a message: the oldest parked one is sent.
    _finish(queued[0])
    _finish(queued[1])
    assert _rows(_queued(), "it") == [0, 1, 2, 3, 4, 5, 6]
    # A new message of the tenant waits behind its parked ones.
    with schema_context("it"):
        deliver_webhook.send(12)
    _finish(queued[2])
    assert _rows(_queued(), "it") == [0, 1, 2, 3, 4, 5, 6, 7]
    parked = [json.loads(raw)["args"][0] for raw in get_redis().lrange("lf:lane:park:webhooks:it", 0, -1)]
    assert parked == [8, 9, 10, 11, 12]
    assert sample(scrape(), "loonflow_queue_messages", queue="webhooks", state="parked") == 5


def test_a_sent_message_keeps_its_tenant_and_actor() -> None:
    with schema_context("it"):
        deliver_webhook.send(7)
    [message] = _queued()
    assert (message["actor_name"], message["queue_name"], message["options"]["tenant_schema"]) == (
        "deliver_webhook",
        "webhooks",
        "it",
    )
    assert message["options"][lanes.LANE_OPTION].startswith("webhooks it ")


def test_delayed_retries_take_the_overflow_lane_without_a_place(settings: Any) -> None:
    settings.JOB_LANE_SHARE = 1
    with schema_context("it"):
        deliver_webhook.send_with_options(args=(1,), delay=60_000)
        deliver_webhook.send(2)
    assert get_redis().hlen("loonflow:webhooks-overflow.DQ.msgs") == 1
    assert _rows(_queued(), "it") == [2]  # the retry held no place


def test_places_forgotten_after_a_killed_worker_let_the_scheduler_send_parked_messages(
    settings: Any, monkeypatch: Any
) -> None:
    settings.JOB_LANE_SHARE = 1
    with schema_context("it"):
        deliver_webhook.send(1)
        deliver_webhook.send(2)  # parked
    assert lanes.promote_parked() == 0  # its place is taken (the worker may still be at it)
    later = lanes._now() + settings.JOB_LEASE_SECONDS + 1
    monkeypatch.setattr(lanes, "_now", lambda: later)  # the worker died: its place is forgotten
    assert lanes.promote_parked() == 1
    assert _rows(_queued(), "it") == [1, 2]
    assert not get_redis().sismember("lf:lane:parked:webhooks", "it")


def test_the_overflow_lane_is_the_same_work_at_a_lower_priority() -> None:
    main, overflow = deliver_webhook.main, deliver_webhook.overflow
    assert (main.queue_name, overflow.queue_name) == ("webhooks", "webhooks-overflow")
    assert overflow.fn is main.fn
    assert overflow.priority > main.priority
    assert overflow.options["time_limit"] == main.options["time_limit"]
    assert deliver_webhook.actor_name == "deliver_webhook"  # queued messages keep naming it


def test_without_redis_to_count_places_the_overflow_lane_is_used(monkeypatch: Any) -> None:
    import redis as redis_module

    class Down:
        def eval(self, *_args: Any) -> None:
            raise redis_module.ConnectionError("down")

    sent: list[Any] = []
    monkeypatch.setattr(lanes, "get_redis", lambda: Down())
    monkeypatch.setattr(deliver_webhook.overflow, "send_with_options", lambda **options: sent.append(options))
    with schema_context("it"):
        deliver_webhook.send(5)
    assert [options["args"] for options in sent] == [(5,)]


def test_the_sweeps_leave_a_tenants_parked_work_alone() -> None:
    """Work waiting in a tenant's parked list is not lost in transit: the outbox and job sweeps do
    not send it again (duplicates would only queue behind it), but still look at it only now and then."""
    from datetime import timedelta

    from django.utils import timezone

    from engine.tickets.models import OutboxEvent
    from engine.tickets.services import ticket_create
    from engine.tickets.tasks import sweep_outbox
    from engine.workflows.tests.factories import LEAVE, seed_samples, user_principal
    from integrations.notifications.models import Notification, NotificationChannel
    from integrations.notifications.tasks import sweep_notifications

    long_ago = timezone.now() - timedelta(minutes=10)
    with schema_context("it"):
        channel = NotificationChannel.objects.create(code="mail", name="mail", kind="email")
        Notification.objects.create(channel=channel, rule_index=0, subject="s", body="b", status="pending")
        Notification.objects.update(created_at=long_ago)
        leave = seed_samples()["leave"]
        ticket_create(workflow=leave, principal=user_principal("alice"), values=LEAVE, transition="submit")
        OutboxEvent.objects.update(created_at=long_ago)
        events = OutboxEvent.objects.count()
        get_redis().rpush(lanes.park_list("events", "it"), b"(an events message)")
        get_redis().rpush(lanes.park_list("notifications", "it"), b"(a notifications message)")
        assert sweep_outbox() == 0
        assert sweep_notifications() == 0
        # Looked at, so not again before the grace is over (no visit every second meanwhile).
        assert not OutboxEvent.objects.filter(relayed_at=None).exists()
        assert Notification.objects.get().next_attempt_at is not None
        get_redis().delete(lanes.park_list("events", "it"), lanes.park_list("notifications", "it"))
        later = timezone.now() + timedelta(minutes=2)
        assert sweep_outbox(now=later) == events
        assert sweep_notifications(now=later) == 1


def test_the_outbox_sweep_leaves_events_that_may_wait_behind_the_tenants_queued_ones() -> None:
    """While the fan-out lags, a tenant's unprocessed events are mostly only queued: the sweep
    re-sends those created well before the tenant's oldest message still in the queue (their own
    would have come first, so it is gone) and not the later ones."""
    from datetime import timedelta

    from django.utils import timezone

    from engine.tickets.models import OutboxEvent
    from engine.tickets.services import ticket_create
    from engine.tickets.tasks import process_events, sweep_outbox
    from engine.workflows.tests.factories import LEAVE, seed_samples, user_principal

    now = timezone.now()
    with schema_context("it"):
        leave = seed_samples()["leave"]
        for _ in range(2):
            ticket_create(
                workflow=leave, principal=user_principal("alice"), values=LEAVE, transition="submit"
            )
        old, young = list(OutboxEvent.objects.order_by("pk").values_list("pk", flat=True))[:2]
        OutboxEvent.objects.exclude(pk__in=[old, young]).update(processed_at=now)
        OutboxEvent.objects.filter(pk=old).update(created_at=now - timedelta(minutes=10))
        OutboxEvent.objects.filter(pk=young).update(created_at=now - timedelta(minutes=1))
        # The tenant's oldest message in the events queue was sent a minute and a half ago.
        sent_at = (now - timedelta(seconds=90)).timestamp()
        get_redis().zadd("lf:lane:events:it", {"a-token": sent_at})
        assert lanes.oldest_in_flight("events") == sent_at
        get_redis().delete(
            f"loonflow:{process_events.queue_name}.msgs", f"loonflow:{process_events.queue_name}"
        )
        assert sweep_outbox(now=now) == 1
        [message] = _queued("events")
        assert message["args"] == [[old]]
        # Both were looked at: not again before twice the grace (the young one's message is queued).
        assert OutboxEvent.objects.filter(pk__in=[old, young], relayed_at=now).count() == 2
        # With nothing of the tenant's in the queue any more, the next look re-sends it.
        get_redis().delete("lf:lane:events:it")
        assert lanes.oldest_in_flight("events") is None
        assert sweep_outbox(now=now + timedelta(minutes=5)) == 2
