"""Ticket serial numbers `PREFIX-YYYYMMDD-NNNN`: unique and gap-free per tenant.

The counter row is bumped with one `INSERT … ON CONFLICT DO UPDATE … RETURNING` inside the
transaction that creates the ticket. PostgreSQL holds the row lock until that transaction ends, so
concurrent creations queue on it (unique), and a transaction that rolls back takes its bump with
it (gap-free). The day is the tenant's local date of creation (`TIME_ZONE`).
"""

from __future__ import annotations

from datetime import date

from django.db import connection, transaction
from django.utils import timezone

from engine.models import SerialCounter

_BUMP = f"""
    INSERT INTO {SerialCounter._meta.db_table} (prefix, day, last) VALUES (%s, %s, 1)
    ON CONFLICT (prefix, day) DO UPDATE SET last = {SerialCounter._meta.db_table}.last + 1
    RETURNING last
"""  # noqa: S608 - the table name is ours, the values are parameters


def format_serial(prefix: str, day: date, number: int) -> str:
    return f"{prefix}-{day:%Y%m%d}-{number:04d}"


def next_serial(prefix: str, *, day: date | None = None) -> str:
    """Allocate the next serial for `prefix`; must run inside the creating transaction."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("next_serial() must run inside the transaction that creates the ticket")
    day = day or timezone.localdate()
    with connection.cursor() as cursor:
        cursor.execute(_BUMP, [prefix, day])
        (number,) = cursor.fetchone()
    return format_serial(prefix, day, number)
