"""Transaction-scoped PostgreSQL advisory locks for limits and quotas.

A limit is "count, then insert": two transactions that count at once both see room and both insert.
Taking `advisory_xact_lock(...)` first makes them queue: the second one counts only after the first
committed (READ COMMITTED gives each statement a fresh snapshot), and the lock is released by the
commit or rollback, never left behind.
"""

from __future__ import annotations

import hashlib

from django.db import connection

from core.tenancy import current_schema


def lock_key(*parts: object) -> int:
    """A signed 64-bit key for the current tenant's schema and `parts`."""
    name = "\x1f".join([current_schema(), *(str(part) for part in parts)])
    return int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), "big", signed=True)


def advisory_xact_lock(*parts: object) -> None:
    """Wait for the lock named by (schema, *parts); it is held until the transaction ends."""
    if not connection.in_atomic_block:
        raise RuntimeError("advisory_xact_lock needs a transaction (it would be released at once).")
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [lock_key(*parts)])
