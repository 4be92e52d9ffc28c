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

import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

from core.tenancy import TenantConnection, current_schema

# A lane's connection lives this long (seconds), not the request-sized CONN_MAX_AGE: its worth is the
# catalog its backend has read. It is checked (broken, aged) at most every CHECK_SECONDS.
LANE_MAX_AGE = 3600
CHECK_SECONDS = 5.0


class _Lane:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.wrapper: Any = None
        self.checked = 0.0


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
    """The lane's connection wrapper (made on first use, shared by the threads that take the lane);
    closed first if it broke or aged, at most every CHECK_SECONDS."""
    if lane.wrapper is None:
        wrapper = connections.create_connection(DEFAULT_DB_ALIAS)
        wrapper.settings_dict = {**wrapper.settings_dict, "CONN_MAX_AGE": LANE_MAX_AGE}
        wrapper.inc_thread_sharing()  # used by whichever thread holds the lane
        lane.wrapper = wrapper
    clock = time.monotonic()
    if clock - lane.checked >= CHECK_SECONDS or lane.wrapper.errors_occurred:
        lane.wrapper.close_if_unusable_or_obsolete()
        lane.checked = clock
    return lane.wrapper


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


def close_lanes() -> None:
    """Close this process's lane connections (tests; a worker's exit closes them anyway)."""
    with _lanes_lock:
        for lane in _lanes:
            with lane.lock:
                if lane.wrapper is not None:
                    lane.wrapper.close()
                    lane.wrapper.dec_thread_sharing()
                    lane.wrapper = None
        _lanes.clear()
