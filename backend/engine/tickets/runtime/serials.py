"""Ticket serial numbers `PREFIX-YYYYMMDD-NNNN`: unique and gap-free per tenant.

The counter row is bumped with one `INSERT … ON CONFLICT DO UPDATE … RETURNING` inside the
transaction that creates the ticket. PostgreSQL holds the row lock until that transaction ends, so
concurrent creations queue on it (unique), and a transaction that rolls back takes its bump with
it (gap-free). The day is the tenant's local date of creation (`TIME_ZONE`).

Because every creation of a prefix queues on that lock, it is taken as late as possible:
`stamp_serial` bumps the counter and writes the serial into the already inserted ticket in one
statement, right before the commit, so the lock is held for one statement and the commit.
"""

from __future__ import annotations

import uuid
from datetime import date

from django.db import connection, transaction
from django.utils import timezone

from engine.tickets import search
from engine.tickets.models import SerialCounter, Ticket

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


_STAMP = f"""
    WITH bump AS ({_BUMP}),
    numbered AS (SELECT lpad(last::text, greatest(4, length(last::text)), '0') AS number FROM bump),
    named AS (SELECT %(prefix)s || '-' || %(day_text)s || '-' || number AS serial, number FROM numbered)
    UPDATE {Ticket._meta.db_table} AS t
    SET serial = named.serial, title = left(replace(t.title, %(marker)s, named.serial), 500),
        search_text = trim(%(serial_words)s || ' ' || named.number || ' ' || t.search_text)
    FROM named WHERE t.id = %(ticket_id)s
    RETURNING t.serial, t.title
""".replace("VALUES (%s, %s, 1)", "VALUES (%(prefix)s, %(day)s, 1)")  # noqa: S608 - our names


def serial_placeholder() -> tuple[str, str]:
    """A unique stand-in serial for the ticket row, and the marker its title uses for the serial."""
    token = uuid.uuid4().hex
    return f"~{token}", f"{{serial:{token}}}"


def stamp_serial(*, ticket_id: int, prefix: str, marker: str, day: date | None = None) -> tuple[str, str]:
    """Give an inserted ticket its serial (and put it into the title where `marker` stands);
    returns both. Must run last in the creating transaction (see the module docstring)."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("stamp_serial() must run inside the transaction that creates the ticket")
    day = day or timezone.localdate()
    params: dict[str, str | int | date] = {
        "prefix": prefix,
        "day": day,
        "day_text": f"{day:%Y%m%d}",
        "marker": marker,
        "ticket_id": ticket_id,
        # The serial's words (engine.tickets.search) but its number, which the statement picks.
        "serial_words": " ".join([*search.words(prefix), f"{day:%Y%m%d}"]),
    }
    with connection.cursor() as cursor:
        cursor.execute(_STAMP, params)
        serial, title = cursor.fetchone()
    return serial, title
