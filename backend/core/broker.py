"""Dramatiq on Redis, with every message carrying the tenant schema it was sent from.

Import this module before any actor module: it installs the broker.
"""

from __future__ import annotations

import time
from typing import Any

import dramatiq
from dramatiq.brokers.redis import RedisBroker
from dramatiq.middleware import Middleware

TENANT_OPTION = "tenant_schema"
# A worker checks that a message's tenant exists once per this many seconds, not for every message
# (a query on public and two search_path changes each). A tenant deleted meanwhile: its messages
# fail on the dropped schema and are retried until the check finds it gone.
TENANT_CACHE_SECONDS = 10.0
_SEEN: dict[str, float] = {}  # schema -> when it was last found among the tenants


def _tenant_exists(schema: str) -> bool:
    from django_tenants.utils import get_tenant_model

    clock = time.monotonic()
    if clock - _SEEN.get(schema, -TENANT_CACHE_SECONDS) < TENANT_CACHE_SECONDS:
        return True
    if not get_tenant_model().objects.filter(schema_name=schema).exists():
        _SEEN.pop(schema, None)
        return False
    if len(_SEEN) > 10_000:
        _SEEN.clear()
    _SEEN[schema] = clock
    return True


class TenantMiddleware(Middleware):
    """Record the sender's schema on enqueue; run the actor inside it; always reset to public after."""

    @property
    def actor_options(self) -> set[str]:
        return set()

    def before_enqueue(self, broker: dramatiq.Broker, message: dramatiq.Message, delay: int) -> None:
        from core.tenancy import current_schema

        message.options.setdefault(TENANT_OPTION, current_schema())

    def before_process_message(self, broker: dramatiq.Broker, message: dramatiq.MessageProxy) -> None:
        from core.logging import tenant_var
        from core.tenancy import tenant_connection, use_public_schema

        schema = message.options.get(TENANT_OPTION) or "public"
        tenant_var.set(schema)
        if schema == "public":
            use_public_schema()
            return
        if not _tenant_exists(schema):
            # The tenant was deleted after the message was sent: there is nothing to do it for.
            raise dramatiq.middleware.SkipMessage(f"tenant {schema!r} no longer exists")
        # The schema only (as `schema_context` does): what reads the tenant row, its quotas, reads
        # it fresh (`core.tenancy.tenant_quota`).
        tenant_connection().set_schema(schema)

    def _reset(self) -> None:
        from core.logging import tenant_var
        from core.tenancy import use_public_schema

        use_public_schema()
        tenant_var.set("-")

    def after_process_message(
        self,
        broker: dramatiq.Broker,
        message: dramatiq.MessageProxy,
        *,
        result: Any = None,
        exception: BaseException | None = None,
    ) -> None:
        self._reset()

    def after_skip_message(self, broker: dramatiq.Broker, message: dramatiq.MessageProxy) -> None:
        self._reset()


class LoonflowBroker(RedisBroker):
    """Redis, with the timers queue fetched deeper and polled sooner than the others.

    Dramatiq fetches a queue's next messages only while fewer than its prefetch (2 per thread) are
    outstanding in the process, and a consumer that got nothing sleeps a backoff of up to the worker
    timeout (1 s). A worker's threads take the messages it holds by actor priority (timers first),
    but with timers fetched 8 at a time they held few: in a burst of due timers their threads ran
    the event fan-out while hundreds of timers waited in Redis, seconds late. Fetched
    WORKER_TIMERS_PREFETCH deep, the timers waiting are in the process, ahead of the fan-out; and
    polled at least every WORKER_TIMERS_POLL_MS, a timer after a quiet spell waits that long at most
    (two processes: 20 cheap Redis calls a second while idle). Other queues keep Dramatiq's defaults:
    a deep prefetch of webhooks would hold messages in one process while another sits idle."""

    def consume(self, queue_name: str, prefetch: int = 1, timeout: int = 5000) -> Any:
        from django.conf import settings

        if queue_name == "timers":
            prefetch = max(prefetch, settings.WORKER_TIMERS_PREFETCH)
            timeout = min(timeout, settings.WORKER_TIMERS_POLL_MS)
        return super().consume(queue_name, prefetch, timeout)


def build_broker(redis_url: str) -> RedisBroker:
    from core.lanes import LaneMiddleware

    broker = LoonflowBroker(url=redis_url, namespace="loonflow")
    broker.add_middleware(TenantMiddleware())
    broker.add_middleware(LaneMiddleware())
    return broker


def install_broker() -> dramatiq.Broker:
    from django.conf import settings

    broker = build_broker(settings.REDIS_URL)
    dramatiq.set_broker(broker)
    return broker
