"""Fair lanes for background work: one tenant's flood does not queue ahead of everyone else's.

The outbox fan-out (`process_events`) and every job actor (`integrations.common.jobs.actor`) are
registered twice on the broker: on their main lane (queue `webhooks`, say) and on an overflow lane
(`webhooks-overflow`, the same function at a lower Dramatiq priority). A tenant may have at most
`JOB_LANE_SHARE` messages of a queue waiting or running in its main lane; past that, its messages
take the overflow lane. The main lane therefore holds a few messages per busy tenant, so a quiet
tenant's message waits behind those, not behind a flood; workers take the overflow lane when the
main one is empty (and, among the messages a worker has fetched, after the main lane's, by
priority), so a flood still drains at full speed when nobody else needs the workers.

Each tenant's main-lane messages of a queue are a Redis sorted set of tokens scored by when they
were sent: added on sending (one script: forget tokens older than the job lease, count, add),
removed when the worker is done with the message (`LaneMiddleware`). A worker killed mid-message
leaves its token, which is forgotten a lease later. If Redis cannot count, the message takes the
main lane.
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Callable
from typing import Any

import dramatiq
import redis
from django.conf import settings
from dramatiq.middleware import Middleware

from core.redis import get_redis
from core.tenancy import current_schema

logger = logging.getLogger(__name__)

OVERFLOW_SUFFIX = "-overflow"
# Dramatiq runs lower numbers first among the messages a worker has fetched (its default is 0).
OVERFLOW_PRIORITY = 100
LANE_OPTION = "lane"  # the message's place in its tenant's main lane: "<key> <token>"

# KEYS: the tenant's main-lane set for a queue. ARGV: now, forget before, share, token, key lifetime.
# Returns 1 when the token took a place in the main lane, else 0.
_TAKE = """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[2])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
redis.call('EXPIRE', KEYS[1], ARGV[5])
return 1
"""


def overflow_queue(queue: str) -> str:
    return f"{queue}{OVERFLOW_SUFFIX}"


def _now() -> float:
    return time.time()


def take_place(queue: str) -> str | None:
    """A place in the current tenant's main lane of `queue`: its `LANE_OPTION` value, "" when Redis
    could not count (the main lane, untracked), None when the tenant's share is full."""
    key = f"lf:lane:{queue}:{current_schema()}"
    token = secrets.token_hex(8)
    lease = settings.JOB_LEASE_SECONDS
    now = _now()
    try:
        taken = int(
            get_redis().eval(_TAKE, 1, key, now, now - lease, settings.JOB_LANE_SHARE, token, lease * 2)
        )
    except redis.RedisError:
        logger.warning("lane count unavailable (Redis); the main lane is used", exc_info=True)
        return ""
    return f"{key} {token}" if taken else None


def give_back(place: str) -> None:
    key, _, token = place.partition(" ")
    if not token:
        return
    try:
        get_redis().zrem(key, token)
    except redis.RedisError:
        logger.warning("lane place not given back (Redis); it is forgotten a lease later", exc_info=True)


class LaneMiddleware(Middleware):
    """Give a main-lane message's place back when the worker is done with it (whatever the outcome:
    a retry is a new message, sent the same way)."""

    def after_process_message(
        self,
        broker: dramatiq.Broker,
        message: dramatiq.MessageProxy,
        *,
        result: Any = None,
        exception: BaseException | None = None,
    ) -> None:
        if place := message.options.get(LANE_OPTION):
            give_back(place)

    def after_skip_message(self, broker: dramatiq.Broker, message: dramatiq.MessageProxy) -> None:
        if place := message.options.get(LANE_OPTION):
            give_back(place)


class FairActor:
    """What the code sends to: the main lane's actor while the tenant has a place there, else its
    overflow twin. Everything else (the function, its name, calling it directly) is the main actor's."""

    def __init__(self, main: dramatiq.Actor[Any, Any], overflow: dramatiq.Actor[Any, Any]) -> None:
        self.main = main
        self.overflow = overflow

    def send(self, *args: Any, **kwargs: Any) -> dramatiq.Message[Any]:
        return self.send_with_options(args=args, kwargs=kwargs)

    def send_with_options(self, **options: Any) -> dramatiq.Message[Any]:
        place = take_place(self.main.queue_name)
        if place is None:
            return self.overflow.send_with_options(**options)
        if place:
            options[LANE_OPTION] = place
        return self.main.send_with_options(**options)

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
