"""Fair lanes for background work: one tenant's flood does not queue ahead of everyone else's.

The outbox fan-out (`process_events`) and every job actor (`integrations.common.jobs.actor`) send
through a `FairActor`. A tenant may have at most `JOB_LANE_SHARE` messages of a queue waiting or
running in the broker's queue (its *places*); its messages past that are *parked* in a list of its
own in Redis, in order, and each is sent when one of the tenant's places comes back (its message is
done: `LaneMiddleware`). The broker's queue therefore holds at most a share of messages per busy
tenant, so a quiet tenant's message waits behind those few, never behind a flood; a tenant that
sends more than its share waits only behind its own messages; and a flood holds at most a share of
each queue's worker threads, leaving the others to everyone else (docs/operations.md, "Fair lanes").

All of it is one Redis script per send and per finished message: each tenant's places of a queue are
a sorted set of tokens scored by when they were taken (forgotten a job lease later, for a worker
killed mid-message), its parked messages a list, and the tenants with parked messages of a queue a
set, which the scheduler looks at (`promote_parked`) so that parked messages whose places were only
forgotten (no message of the tenant finishes any more) are sent too. Retries sent with a delay do not
take places: they go to the queue's overflow lane (the same function at a lower Dramatiq priority),
as do messages sent while Redis cannot count. The scheduler's sweeps do not re-send a tenant's pending
work while it has parked messages of that queue (`has_parked`); a parked message lost with Redis's
data is re-sent by them like any message lost in transit (the database rows are the truth).
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

from core.broker import TENANT_OPTION
from core.redis import get_redis
from core.tenancy import current_schema

logger = logging.getLogger(__name__)

OVERFLOW_SUFFIX = "-overflow"
# Dramatiq runs lower numbers first among the messages a worker has fetched (its default is 0).
OVERFLOW_PRIORITY = 100
LANE_OPTION = "lane"  # the message's place among its tenant's: "<queue> <schema> <token>"
_PREFIX = "lf:lane"
# The queues whose actors are fair (`fair_actor`): the scheduler and /metrics look at their parked lists.
FAIR_QUEUES = ("events", "webhooks", "notifications", "hooks", "scripts")

# Give places to parked messages while there are free ones: KEYS[1] the places, KEYS[2] the parked
# messages, KEYS[3] the queue's set of tenants with parked messages; ARGV: now, forget before, share,
# key lifetime, tenant. Appends {message, token} pairs to `sent`.
_PROMOTE = """
local function promote(sent)
  while redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) do
    local head = redis.call('LPOP', KEYS[2])
    if not head then break end
    local token = redis.sha1hex(head .. ARGV[1] .. #sent)
    redis.call('ZADD', KEYS[1], ARGV[1], token)
    redis.call('EXPIRE', KEYS[1], ARGV[4])
    table.insert(sent, head)
    table.insert(sent, token)
  end
  if redis.call('LLEN', KEYS[2]) == 0 then redis.call('SREM', KEYS[3], ARGV[5]) end
end
"""
# A send: a place for this message (its token, ARGV[6]) when one is free and nothing is parked;
# else the message (ARGV[7]) is parked, and parked ones (the oldest first) take the free places.
# Returns {1} (send yours, it has its place), or {0, message, token, ...} (yours is parked; send these).
_SEND = (
    _PROMOTE
    + """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[2])
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) and redis.call('LLEN', KEYS[2]) == 0 then
  redis.call('ZADD', KEYS[1], ARGV[1], ARGV[6])
  redis.call('EXPIRE', KEYS[1], ARGV[4])
  return {1}
end
redis.call('RPUSH', KEYS[2], ARGV[7])
redis.call('EXPIRE', KEYS[2], ARGV[4])
redis.call('SADD', KEYS[3], ARGV[5])
local sent = {0}
promote(sent)
return sent
"""
)
# A message done: its place (ARGV[6]) comes back, and parked messages take the free places.
_DONE = (
    _PROMOTE
    + """
redis.call('ZREM', KEYS[1], ARGV[6])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[2])
local sent = {0}
promote(sent)
return sent
"""
)


def overflow_queue(queue: str) -> str:
    return f"{queue}{OVERFLOW_SUFFIX}"


def _now() -> float:
    return time.time()


def park_list(queue: str, schema: str) -> str:
    return f"{_PREFIX}:park:{queue}:{schema}"


def parked_set(queue: str) -> str:
    """The tenants with parked messages of `queue`."""
    return f"{_PREFIX}:parked:{queue}"


def _keys(queue: str, schema: str) -> list[str]:
    return [f"{_PREFIX}:{queue}:{schema}", park_list(queue, schema), parked_set(queue)]


def _run(script: str, queue: str, schema: str, *extra: Any) -> list[Any]:
    lease = settings.JOB_LEASE_SECONDS
    now = _now()
    args = [now, now - lease, settings.JOB_LANE_SHARE, lease * 2, schema, *extra]
    return list(get_redis().eval(script, 3, *_keys(queue, schema), *args))


def _send_promoted(queue: str, schema: str, pairs: list[Any]) -> None:
    """Enqueue parked messages that were given places (message, token, message, token, ...)."""
    broker = dramatiq.get_broker()
    for raw, token in zip(pairs[0::2], pairs[1::2], strict=True):
        message = dramatiq.Message.decode(raw)
        message.options[LANE_OPTION] = f"{queue} {schema} {_text(token)}"
        broker.enqueue(message)


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def give_back(place: str) -> None:
    """A message is done: its place comes back and the tenant's parked messages of the queue take the
    free places (sent here)."""
    queue, schema, token = [*place.split(" ", 2), "", ""][:3]
    if not token:
        return
    try:
        result = _run(_DONE, queue, schema, token)
        _send_promoted(queue, schema, result[1:])
    except redis.RedisError:
        logger.warning("lane place not given back (Redis); it is forgotten a lease later", exc_info=True)


def has_parked(queue: str) -> bool:
    """Whether the current tenant has messages of `queue` parked. The sweeps that re-send work lost in
    transit leave the tenant's pending work alone meanwhile: it is waiting in the list, not lost."""
    try:
        return bool(get_redis().exists(park_list(queue, current_schema())))
    except redis.RedisError:
        return False


def oldest_in_flight(queue: str) -> float | None:
    """When the current tenant's oldest message of `queue` still waiting or running was sent (a Unix
    time), None when it has none or Redis cannot tell. Work handed to the broker after that moment
    may still be in the queue; work from well before it is not (its message would have been sent
    first, and would hold an older place)."""
    try:
        rows = get_redis().zrangebyscore(
            _keys(queue, current_schema())[0],
            _now() - settings.JOB_LEASE_SECONDS,
            "+inf",
            0,
            1,
            withscores=True,
        )
    except redis.RedisError:
        return None
    return float(rows[0][1]) if rows else None


def promote_parked() -> int:
    """Send parked messages that have free places without a message of theirs finishing (places
    forgotten after a killed worker's lease); how many. The scheduler calls it now and then."""
    client, sent = get_redis(), 0
    for queue in FAIR_QUEUES:
        for member in client.smembers(parked_set(queue)):
            schema = _text(member)
            result = _run(_DONE, queue, schema, "")
            _send_promoted(queue, schema, result[1:])
            sent += (len(result) - 1) // 2
    return sent


class LaneMiddleware(Middleware):
    """Give a message's place back when the worker is done with it (whatever the outcome: a retry is
    a new message), which sends the tenant's next parked messages."""

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
    """What the code sends to: the main lane's actor, through the tenant's places (above); a delayed
    retry to its overflow twin. Everything else (the function, its name, calling it directly) is the
    main actor's."""

    def __init__(self, main: dramatiq.Actor[Any, Any], overflow: dramatiq.Actor[Any, Any]) -> None:
        self.main = main
        self.overflow = overflow

    def send(self, *args: Any, **kwargs: Any) -> dramatiq.Message[Any]:
        return self.send_with_options(args=args, kwargs=kwargs)

    def send_with_options(self, **options: Any) -> dramatiq.Message[Any]:
        if options.get("delay"):
            return self.overflow.send_with_options(**options)
        queue, schema = self.main.queue_name, current_schema()
        args, kwargs = options.pop("args", ()), options.pop("kwargs", None) or {}
        message = self.main.message_with_options(args=args, kwargs=kwargs, **options)
        token = secrets.token_hex(8)
        message.options[TENANT_OPTION] = schema
        try:
            result = _run(_SEND, queue, schema, token, message.encode())
        except redis.RedisError:
            logger.warning("lane places unavailable (Redis); the overflow lane is used", exc_info=True)
            return self.overflow.send_with_options(args=args, kwargs=kwargs, **options)
        if int(result[0]) == 1:
            message.options[LANE_OPTION] = f"{queue} {schema} {token}"
            return self.main.broker.enqueue(message)
        _send_promoted(queue, schema, result[1:])
        return message

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.main(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.main, name)


def fair_actor(*, queue: str, **options: Any) -> Callable[[Callable[..., Any]], FairActor]:
    """Register `fn` on `queue` and on its overflow lane (named `<fn>_overflow`)."""
    register: Any = dramatiq.actor  # its overloads do not take **options

    if queue not in FAIR_QUEUES:
        raise ValueError(f"{queue!r} is not one of the fair queues {FAIR_QUEUES}")

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
