"""Hot per-tenant statements as server-side prepared statements, one per tenant and connection.

Some statements are planned far more often than their size suggests: the scheduler's due query
(some fifteen subqueries over a dozen tables) and a tenant's figures (a dozen counts) cost
PostgreSQL 1.3-2 ms to plan and 0.2-0.3 ms to run, and a burst of timers runs them thousands of
times. A prepared statement keeps its plan, but PostgreSQL plans it again whenever the
`search_path` differs from the one it was prepared under, and these connections switch schemas
every visit: so each tenant gets its own statement on each connection, prepared and executed
under the tenant's `search_path`, with a generic plan (`plan_cache_mode` applies to prepared
statements alone, and Django prepares none of its own queries). The statements last as long as the
connection's session; a new session (a reconnect, a restart) prepares them again. PostgreSQL keeps
prepared statements through a rollback, and re-plans them itself when a migration changes a table.
"""

from __future__ import annotations

import re
import weakref
from functools import cache
from typing import Any

from django.db import connection

from core.tenancy import current_schema

_PARAMETER = re.compile(r"%\((\w+)\)s")


@cache
def numbered(sql: str) -> tuple[str, tuple[str, ...]]:
    """`sql` with its `%(name)s` parameters as `$1`, `$2`, ... and their names in that order."""
    names: list[str] = []

    def number(match: re.Match[str]) -> str:
        if match.group(1) not in names:
            names.append(match.group(1))
        return f"${names.index(match.group(1)) + 1}"

    return _PARAMETER.sub(number, sql), tuple(names)


def _statements(cursor: Any) -> dict[tuple[str, str], str]:
    """The statements prepared in this connection's session: (sql, tenant schema) -> name."""
    raw = connection.connection
    held = getattr(connection, "_prepared_statements", None)
    if held is None or held[0]() is not raw:
        # A new session; through PgBouncer (session pooling) it may be a server connection another
        # client left statements on, whose names this one would then collide with.
        cursor.execute("DEALLOCATE ALL")
        cursor.execute("SET plan_cache_mode = force_generic_plan")
        held = (weakref.ref(raw), {})
        connection._prepared_statements = held  # type: ignore[attr-defined]
    return held[1]


def run_prepared(sql: str, params: dict[str, Any], types: dict[str, str]) -> tuple[Any, ...] | None:
    """Run `sql` (its `%(name)s` parameters of the PostgreSQL `types` named) in the current tenant
    through its prepared statement; its first row (None: it returns no rows)."""
    body, names = numbered(sql)
    with connection.cursor() as cursor:  # the tenant's search_path is set from here on
        statements = _statements(cursor)
        key = (sql, current_schema())
        name = statements.get(key)
        if name is None:
            name = f"loonflow_{len(statements)}"
            declared = ", ".join(types[parameter] for parameter in names)
            cursor.execute(f"PREPARE {name} ({declared}) AS {body}")
            statements[key] = name
        cursor.execute(f"EXECUTE {name} ({', '.join(f'%({parameter})s' for parameter in names)})", params)
        return cursor.fetchone() if cursor.description else None
