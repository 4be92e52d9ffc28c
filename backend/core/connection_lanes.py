"""Tenant lanes for a worker's database work: a tenant's timers and event fan-out run on the same
database connection of the worker process, whichever thread took the message.

With many tenants, what a short message costs PostgreSQL is mostly planning against tables its
backend has not met yet: a backend reads and keeps the catalog entries (tables, indexes, foreign
keys) of every schema it plans against, about 0.4 MB and several milliseconds a tenant. A worker
thread's own connection meets every tenant in turn, so in a burst across 1,000 tenants nearly every
message plans cold, and a long-lived connection ends up holding the catalog of all of them. A lane
is one connection per `WORKER_DB_LANES` slot, a tenant always in the same slot (a CRC of its
schema), used by one thread at a time: its backend plans against the schemas it has seen and holds
only its share of them.

Only actors that spend their time in the database take a lane (`fire_timers`, `process_events`): a
message holds its lane while it runs, so one waiting on a remote would hold up the lane's other
tenants. Inside a transaction already open on the thread's connection (a test, a caller's atomic
block), the body runs there, unswapped: it must see that transaction's rows.
"""

from __future__ import annotations

import logging
import math
import threading
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, cast

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections

from core.tenancy import TenantConnection, current_schema

logger = logging.getLogger(__name__)

# A lane's connection lives this long (seconds), not the request-sized CONN_MAX_AGE: its worth is the
# catalog its backend has read. It is checked (broken, aged) at most every CHECK_SECONDS: each check
# makes the next query test the connection first (a round trip), which per scheduler visit was a
# seventh of the scheduler's time in a timer burst.
LANE_MAX_AGE = 3600
CHECK_SECONDS = 5.0


class LongLived:
    """A connection kept LANE_MAX_AGE instead of the request-sized CONN_MAX_AGE, and closed when it
    broke or aged, checked at most every CHECK_SECONDS (a worker's lane, a scheduler lane thread's
    own connection). Whoever uses it next after a close opens a new one."""

    def __init__(self, wrapper: Any) -> None:
        wrapper.settings_dict = {**wrapper.settings_dict, "CONN_MAX_AGE": LANE_MAX_AGE}
        self.wrapper = wrapper
        self.checked = -math.inf

    def check(self) -> Any:
        """The wrapper, closed first if it broke or aged (a look at most every CHECK_SECONDS)."""
        clock = time.monotonic()
        if clock - self.checked >= CHECK_SECONDS or self.wrapper.errors_occurred:
            self.wrapper.close_if_unusable_or_obsolete()
            self.checked = clock
        return self.wrapper


class _Lane:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.connection: LongLived | None = None


_lanes: list[_Lane] = []
_lanes_lock = threading.Lock()


def _lane(index: int, count: int) -> _Lane:
    with _lanes_lock:
        while len(_lanes) < count:
            _lanes.append(_Lane())
        return _lanes[index]


def lane_of(schema: str, count: int) -> int:
    """The slot of `schema`: the same in every process and run (not `hash`, salted per process)."""
    return zlib.crc32(schema.encode()) % count


def _connection(lane: _Lane) -> Any:
    """The lane's connection wrapper (made on first use, shared by the threads that take the lane)."""
    if lane.connection is None:
        wrapper = connections.create_connection(DEFAULT_DB_ALIAS)
        wrapper.inc_thread_sharing()  # used by whichever thread holds the lane
        lane.connection = LongLived(wrapper)
    return lane.connection.check()


@contextmanager
def tenant_lane() -> Iterator[None]:
    """Run the body on the current tenant's lane connection (this process's, one thread at a time)."""
    count = settings.WORKER_DB_LANES
    own = connections[DEFAULT_DB_ALIAS]
    if count <= 0 or own.in_atomic_block:
        yield
        return
    schema = current_schema()
    lane = _lane(lane_of(schema, count), count)
    with lane.lock:
        wrapper = _connection(lane)
        cast(TenantConnection, wrapper).set_schema(schema)
        connections[DEFAULT_DB_ALIAS] = wrapper  # this thread's `connection` only
        try:
            yield
        finally:
            connections[DEFAULT_DB_ALIAS] = own


def lanes_meet(schemas: Iterable[str], tables: Sequence[tuple[str, str]]) -> int:
    """Have this process's lanes meet their tenants now (a worker's boot, in the background): each
    tenant's lane plans a primary-key look-up on each of `tables` ((table, key column) pairs;
    EXPLAIN, nothing is read), which loads what PostgreSQL keeps of those tables and their indexes.
    The first timer or event of each tenant then runs at its warm cost (6 ms instead of 22 for a
    timer) rather than in a burst of cold ones. One tenant at a time per lane lock, so messages that
    come meanwhile are not held up for long; a tenant that fails (a schema being migrated) is
    skipped. Returns how many tenants were met."""
    count = settings.WORKER_DB_LANES
    if count <= 0:
        return 0
    # Names from models (`_quoted` refuses anything else), not from input.
    statements = [
        f"EXPLAIN SELECT 1 FROM {_quoted(table)} WHERE {_quoted(key)} = 0"  # noqa: S608
        for table, key in tables
    ]
    met = 0
    for schema in schemas:
        lane = _lane(lane_of(schema, count), count)
        with lane.lock:
            wrapper = _connection(lane)
            try:
                cast(TenantConnection, wrapper).set_schema(schema)
                with wrapper.cursor() as cursor:
                    for statement in statements:
                        cursor.execute(statement)
            except DatabaseError:
                logger.debug("lane did not meet tenant %s", schema, exc_info=True)
                continue
        met += 1
    return met


def _quoted(name: str) -> str:
    if not name.replace("_", "").isalnum():
        raise ValueError(f"not a table or column name: {name!r}")
    return f'"{name}"'


def close_lanes() -> None:
    """Close this process's lane connections (tests; a worker's exit closes them anyway)."""
    with _lanes_lock:
        for lane in _lanes:
            with lane.lock:
                if lane.connection is not None:
                    lane.connection.wrapper.close()
                    lane.connection.wrapper.dec_thread_sharing()
                    lane.connection = None
        _lanes.clear()
