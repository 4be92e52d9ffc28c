"""Wake-ups: how a tenant tells the scheduler when it next needs it, so the scheduler visits only
tenants with work instead of every schema every second.

A wake-up is a member of one Redis sorted set (`KEY`): the tenant's schema, scored with the epoch
second it next needs the scheduler. `ZADD ... LT` keeps the earliest of concurrent wake-ups. Writers
publish after their transaction commits (from the `on_commit` callbacks that hand work to the
broker), so when the scheduler takes the wake-up, the rows it reads are already there: no race.

A publish never fails the caller. If Redis is down, the wake-up goes to a small public-schema table
(`FALLBACK_TABLE`, the model is `tenants.WakeUp`; core cannot import it, hence plain SQL) that the
scheduler reads on every tick and moves to Redis once Redis is back. A process killed between its
commit and its publish loses the wake-up: the scheduler's slow rotation recomputes every tenant's
next wake from its tables (see `integrations.scheduler`).
"""

from __future__ import annotations

import logging
from datetime import datetime
from functools import partial

from django.db import connection, transaction
from django.utils import timezone

from core.redis import get_redis
from core.tenancy import current_schema

logger = logging.getLogger(__name__)

KEY = "loonflow:wake"
# Set by the scheduler; missing means Redis lost its data (a restart without persistence), and with
# it the wake-ups: the scheduler then recomputes every tenant's next wake.
SENTINEL = "loonflow:wake:kept"
FALLBACK_TABLE = "scheduler_wakeup"
PUBLIC = "public"
_UPSERT = (
    f"INSERT INTO {PUBLIC}.{FALLBACK_TABLE} (schema_name, due_at) VALUES (%s, %s) "  # noqa: S608 (constants)
    f"ON CONFLICT (schema_name) DO UPDATE SET due_at = LEAST({FALLBACK_TABLE}.due_at, EXCLUDED.due_at)"
)


def wake(schema: str, at: datetime) -> None:
    """Tell the scheduler that `schema` needs it at `at` (the earliest wake-up wins)."""
    if not schema or schema == PUBLIC:
        return
    try:
        get_redis().zadd(KEY, {schema: at.timestamp()}, lt=True)
    except Exception:
        logger.warning("wake-up for %s not published; kept in %s", schema, FALLBACK_TABLE, exc_info=True)
        wake_in_table(schema, at)


def wake_in_table(schema: str, at: datetime) -> None:
    """The fallback: keep the wake-up (the earliest per schema) in the public table. Logs instead
    of raising: the rotation still finds the work, only later."""
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(_UPSERT, [schema, at])
    except Exception:
        logger.exception("wake-up for %s lost; the scheduler's rotation will find the work", schema)


def wake_after_commit(at: datetime) -> None:
    """Publish a wake-up for the current tenant once the current transaction commits."""
    transaction.on_commit(partial(wake, current_schema(), at))


def wake_here(at: datetime) -> None:
    """Publish a wake-up for the current tenant now (from an `on_commit` callback)."""
    wake(current_schema(), at)


def figures_changed() -> None:
    """The current tenant's people or workflows changed: once the transaction commits, wake the
    scheduler, whose visit reads the tenant's figures (`tenants.figures`) again. Ticket changes and
    jobs need no call: their own wake-ups bring the same visit."""
    wake_after_commit(timezone.now())
