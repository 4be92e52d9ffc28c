"""Background jobs run in the tenant schema they were sent from, on a real Redis broker and worker."""

from __future__ import annotations

import time

import dramatiq
import pytest
from django.db import connection
from django_tenants.utils import schema_context

from core.broker import TENANT_OPTION
from core.redis import get_redis
from core.tenancy import current_schema

SEEN_KEY = "test:worker:seen"


@dramatiq.actor(queue_name="test-tenancy", max_retries=0)
def record_schema(tag: str) -> None:
    get_redis().rpush(SEEN_KEY, f"{tag}={current_schema()}")
    connection.close()


@pytest.fixture
def worker(db):
    broker = dramatiq.get_broker()
    broker.flush_all()
    worker = dramatiq.Worker(broker, worker_threads=1, worker_timeout=100)
    worker.start()
    yield worker
    worker.stop()


def _wait_for(count: int, seconds: float = 10) -> list[str]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        seen = [item.decode() for item in get_redis().lrange(SEEN_KEY, 0, -1)]
        if len(seen) >= count:
            return seen
        time.sleep(0.05)
    raise AssertionError(f"only {get_redis().lrange(SEEN_KEY, 0, -1)} after {seconds}s")


def test_messages_carry_the_sender_schema_and_run_in_it(worker):
    with schema_context("it"):
        message = record_schema.send("a")
    assert message.options[TENANT_OPTION] == "it"
    with schema_context("hr"):
        record_schema.send("b")
    record_schema.send("c")  # sent from the public schema
    assert sorted(_wait_for(3)) == ["a=it", "b=hr", "c=public"]


def test_schema_never_leaks_into_the_next_message(worker):
    # One worker thread, so these run one after another on the same connection.
    with schema_context("hr"):
        record_schema.send("first")
    _wait_for(1)
    record_schema.send("second")
    assert _wait_for(2)[1] == "second=public"


def test_message_for_a_deleted_tenant_is_skipped(worker):
    record_schema.send_with_options(args=("ghost",), **{TENANT_OPTION: "nosuchtenant"})
    record_schema.send("after")
    seen = _wait_for(1)
    time.sleep(0.3)
    assert get_redis().lrange(SEEN_KEY, 0, -1) == [b"after=public"], seen
