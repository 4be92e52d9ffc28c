"""The scheduler's side of the wake-ups (`core.wakeups`): take the due ones from Redis, and move the
ones Redis missed (kept in the public table `tenants.WakeUp`) back to it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.db import transaction

from core.redis import get_redis
from core.wakeups import KEY, SENTINEL
from tenants.models import WakeUp


@dataclass
class Taken:
    """What one look at the wake-ups found."""

    schemas: list[str] = field(default_factory=list)  # due now, removed from the set
    kept: bool = True  # the sentinel was there: Redis still has the wake-ups it was given
    earliest: datetime | None = None  # the first wake-up still waiting
    full: bool = False  # the batch limit was reached: more may be due


def _when(score: float) -> datetime:
    return datetime.fromtimestamp(score, tz=UTC)


def take_due(*, now: datetime, limit: int) -> Taken:
    """The tenants due now (at most `limit`), removed from the set before they are visited: a
    wake-up published after this finds the set without them and is kept for the next tick. One
    round trip to look, one more to remove (only when something is due)."""
    redis = get_redis()
    stamp = now.timestamp()
    pipe = redis.pipeline(transaction=False)
    pipe.exists(SENTINEL)
    pipe.zrangebyscore(KEY, "-inf", stamp, start=0, num=limit)
    pipe.zrangebyscore(KEY, f"({stamp}", "+inf", start=0, num=1, withscores=True)
    kept, due, later = pipe.execute()
    schemas = [member.decode() for member in due]
    if schemas:
        redis.zrem(KEY, *schemas)
    return Taken(
        schemas=schemas,
        kept=bool(kept),
        earliest=_when(later[0][1]) if later else None,
        full=len(schemas) >= limit,
    )


def keep() -> None:
    """Mark the set as complete (after a full pass has refilled it)."""
    get_redis().set(SENTINEL, "1")


def drop(schema: str) -> None:
    get_redis().zrem(KEY, schema)


def publish_many(wakeups: dict[str, datetime]) -> None:
    """Publish several wake-ups in one round trip (the earliest kept); raises on a Redis error."""
    if not wakeups:
        return
    pipe = get_redis().pipeline(transaction=False)
    for schema, at in wakeups.items():
        pipe.zadd(KEY, {schema: at.timestamp()}, lt=True)
    pipe.execute()


def fallback_rows() -> dict[str, datetime]:
    """The wake-ups that could not reach Redis (one cheap query on an almost always empty table)."""
    return dict(WakeUp.objects.values_list("schema_name", "due_at"))


def forget_fallback(rows: dict[str, datetime]) -> None:
    """Remove the rows moved or visited; a row made earlier meanwhile (its `due_at` changed) stays."""
    with transaction.atomic():
        for schema, due_at in rows.items():
            WakeUp.objects.filter(schema_name=schema, due_at=due_at).delete()
