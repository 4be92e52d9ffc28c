"""Fair lanes for background jobs: one tenant's flood does not queue ahead of everyone else's.

Every job actor (`jobs.actor`) is registered twice on the broker: its main lane (queue `webhooks`,
say) and an overflow lane (`webhooks-overflow`, the same function at a lower Dramatiq priority). A
tenant's first `JOB_LANE_SHARE` messages per second on a queue go to the main lane; the rest of a
burst goes to the overflow lane. The main lane therefore holds at most a few seconds' share of each
tenant, so a quiet tenant's message waits behind shares, not behind a flood; workers take the
overflow lane when the main one is empty (and, among messages already fetched, after the main
lane's, by priority), so a flood still drains at full speed when nobody else needs the workers.

The count is one Redis round trip per message (a counter per tenant, queue and second). Without
Redis nothing could be enqueued anyway; if the count alone fails the message takes the main lane.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import dramatiq
import redis
from django.conf import settings

from core.redis import get_redis
from core.tenancy import current_schema

logger = logging.getLogger(__name__)

OVERFLOW_SUFFIX = "-overflow"
# Dramatiq runs lower numbers first among the messages a worker has fetched (its default is 0).
OVERFLOW_PRIORITY = 100

# KEYS: the tenant's counter for this queue and second. ARGV: its lifetime (s). Returns the count.
_COUNT = """
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return n
"""


def overflow_queue(queue: str) -> str:
    return f"{queue}{OVERFLOW_SUFFIX}"


def _second() -> int:
    return int(time.time())


def in_share(queue: str) -> bool:
    """Count one message of the current tenant on `queue`; True while it is within its share."""
    key = f"lf:lane:{queue}:{current_schema()}:{_second()}"
    try:
        count = int(get_redis().eval(_COUNT, 1, key, 2))
    except redis.RedisError:
        logger.warning("lane count unavailable (Redis); the main lane is used", exc_info=True)
        return True
    return count <= settings.JOB_LANE_SHARE


class FairActor:
    """What a job kind's code sends to: the main lane's actor, or its overflow twin past the share.
    Everything else (the function, its name, calling it directly) is the main actor's."""

    def __init__(self, main: dramatiq.Actor[Any, Any], overflow: dramatiq.Actor[Any, Any]) -> None:
        self.main = main
        self.overflow = overflow

    def lane(self) -> dramatiq.Actor[Any, Any]:
        return self.main if in_share(self.main.queue_name) else self.overflow

    def send(self, *args: Any, **kwargs: Any) -> dramatiq.Message[Any]:
        return self.lane().send_with_options(args=args, kwargs=kwargs)

    def send_with_options(self, **options: Any) -> dramatiq.Message[Any]:
        return self.lane().send_with_options(**options)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.main(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.main, name)


def fair_actor(*, queue: str, **options: Any) -> Callable[[Callable[..., Any]], FairActor]:
    """Register `fn` on `queue` and on its overflow lane (named `<fn>_overflow`)."""

    register: Any = dramatiq.actor  # its overloads do not take **options

    def decorate(fn: Callable[..., Any]) -> FairActor:
        main = register(fn, queue_name=queue, **options)
        overflow = register(
            fn,
            actor_name=f"{fn.__name__}_overflow",
            queue_name=overflow_queue(queue),
            priority=OVERFLOW_PRIORITY,
            **options,
        )
        return FairActor(main, overflow)

    return decorate
