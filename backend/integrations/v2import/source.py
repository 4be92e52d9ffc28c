"""Read-only access to a Loonflow 2.x database named by a URL (postgresql://, mysql://, sqlite://).

Rows come out as dicts in batches, keyset-paginated by `id`, so no table (tickets, flow logs) is
ever loaded whole. The URL may carry a password: only `safe_url` (no password) is ever shown,
logged or stored in clear.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

from django.utils.translation import gettext as _

from core.errors import ApplicationError

BATCH = 500
CONNECT_TIMEOUT_SECONDS = 10
# Queries of one batch must answer within this (a stuck source must not hold a worker forever).
STATEMENT_TIMEOUT_MS = 60_000

# The tables the importer reads (loonflow2-notes §1) and the columns it needs of each.
REQUIRED_TABLES: dict[str, tuple[str, ...]] = {
    "account_loonuser": ("id", "username", "alias", "email", "phone", "is_active", "is_deleted"),
    "account_loondept": ("id", "name", "parent_dept_id", "leader", "approver", "is_deleted"),
    "account_loonrole": ("id", "name", "description", "is_deleted"),
    "account_loonuserdept": ("id", "user_id", "dept_id", "is_deleted"),
    "account_loonuserrole": ("id", "user_id", "role_id", "is_deleted"),
    "workflow_workflow": ("id", "name", "description", "is_deleted"),
    "workflow_state": ("id", "name", "workflow_id", "type_id", "participant_type_id", "participant"),
    "workflow_transition": ("id", "name", "workflow_id", "source_state_id", "destination_state_id"),
    "workflow_customfield": ("id", "workflow_id", "field_type_id", "field_key", "field_name"),
    "ticket_ticketrecord": ("id", "title", "workflow_id", "sn", "state_id", "act_state_id", "creator"),
    "ticket_ticketcustomfield": ("id", "ticket_id", "field_key", "field_type_id"),
    "ticket_ticketflowlog": ("id", "ticket_id", "transition_id", "state_id", "participant"),
    "ticket_ticketuser": ("id", "ticket_id", "username", "in_process"),
}


class SourceError(ApplicationError):
    """The source cannot be read: unreachable, not a Loonflow 2.x database, or a failed query."""

    status = 400
    code = "v2import_source"


@dataclass(frozen=True)
class SourceUrl:
    scheme: str  # postgresql, mysql or sqlite
    raw: str

    @property
    def safe(self) -> str:
        return safe_url(self.raw)

    @property
    def host(self) -> str:
        if self.scheme == "sqlite":
            return "sqlite"
        parts = urlsplit(self.raw)
        return f"{parts.hostname or 'localhost'}{f':{parts.port}' if parts.port else ''}{parts.path}"


def safe_url(url: str) -> str:
    """The URL without its password (and without the query, which may hold one too)."""
    try:
        parts = urlsplit(url)
        netloc = parts.netloc.rsplit("@", 1)
        if len(netloc) == 2:
            user = netloc[0].split(":", 1)[0]
            host = f"{user}:***@{netloc[1]}" if ":" in netloc[0] else f"{user}@{netloc[1]}"
        else:
            host = parts.netloc
        return urlunsplit((parts.scheme, host, parts.path, "", ""))
    except ValueError:
        return "<unreadable url>"


_SCHEMES = {
    "postgresql": "postgresql",
    "postgres": "postgresql",
    "mysql": "mysql",
    "mysql+pymysql": "mysql",
    "sqlite": "sqlite",
}


def parse_source_url(url: str) -> SourceUrl:
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme not in _SCHEMES:
        raise SourceError(
            _("The source must be a postgresql://, mysql:// or sqlite:// URL."), code="v2import_bad_url"
        )
    return SourceUrl(scheme=_SCHEMES[scheme], raw=url)


class SourceDatabase:
    """One open, read-only connection to the source."""

    def __init__(self, url: SourceUrl) -> None:
        self.url = url
        self._conn: Any = None
        self.placeholder = "?" if url.scheme == "sqlite" else "%s"

    # ---- connecting ----------------------------------------------------------------------------

    def __enter__(self) -> SourceDatabase:
        try:
            self._conn = _CONNECTORS[self.url.scheme](self.url.raw)
        except SourceError:
            raise
        except Exception as exc:  # every driver has its own errors; none may leak the password
            raise SourceError(
                _("Cannot connect to the source %(url)s: %(reason)s")
                % {"url": self.url.safe, "reason": _scrub(str(exc), self.url.raw)},
                code="v2import_unreachable",
            ) from None
        return self

    def __exit__(self, *exc: object) -> None:
        if self._conn is not None:
            try:
                self._conn.rollback()
            finally:
                self._conn.close()
            self._conn = None

    # ---- reading -------------------------------------------------------------------------------

    def columns(self, table: str) -> set[str] | None:
        """The table's column names, or None when it does not exist."""
        try:
            cursor = self._conn.cursor()
            cursor.execute(f"SELECT * FROM {_ident(table)} WHERE 1 = 0")  # noqa: S608 - a known table name
            names = {column[0].lower() for column in cursor.description}
            cursor.close()
            return names
        except Exception:
            self._conn.rollback()
            return None

    def check_schema(self) -> None:
        """Refuse a database that lacks the tables or columns the importer reads (nothing read yet)."""
        problems: list[dict[str, Any]] = []
        for table, needed in REQUIRED_TABLES.items():
            have = self.columns(table)
            if have is None:
                problems.append({"table": table, "missing": "table"})
                continue
            missing = sorted(set(needed) - have)
            if missing:
                problems.append({"table": table, "missing": missing})
        if problems:
            raise SourceError(
                _("The source is not a Loonflow 2.x database: %(count)s table(s) missing or incomplete.")
                % {"count": len(problems)},
                code="v2import_wrong_schema",
                details=problems,
            )

    def rows(
        self,
        table: str,
        *,
        where: str = "",
        params: tuple[Any, ...] = (),
        after_id: int = 0,
        batch: int = BATCH,
    ) -> Iterator[list[dict[str, Any]]]:
        """Batches of rows of `table` ordered by id, from `after_id` on (keyset pagination)."""
        ph = self.placeholder
        condition = f"id > {ph}" + (f" AND ({where})" if where else "")
        sql = f"SELECT * FROM {_ident(table)} WHERE {condition} ORDER BY id LIMIT {int(batch)}"  # noqa: S608
        last = after_id
        while True:
            found = self._query(sql, (last, *params))
            if not found:
                return
            yield found
            last = int(found[-1]["id"])
            if len(found) < batch:
                return

    def rows_in(self, table: str, column: str, ids: list[int]) -> list[dict[str, Any]]:
        """The live rows whose `column` is one of `ids` (a batch's custom fields, logs, handlers)."""
        if not ids:
            return []
        marks = ", ".join([self.placeholder] * len(ids))
        sql = f"SELECT * FROM {_ident(table)} WHERE {_ident(column)} IN ({marks}) ORDER BY id"  # noqa: S608
        # is_deleted is tinyint in MySQL and may be boolean elsewhere: filtered here, not in SQL.
        return [row for row in self._query(sql, tuple(int(i) for i in ids)) if not _deleted(row)]

    def distinct(self, table: str, column: str, *, where: str = "") -> set[Any]:
        sql = f"SELECT DISTINCT {_ident(column)} FROM {_ident(table)}" + (f" WHERE {where}" if where else "")  # noqa: S608
        return {row[column] for row in self._query(sql, ())}

    def all_rows(self, table: str, *, where: str = "", params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        """Every row (for the small configuration tables only: users, workflows, states...)."""
        return [row for found in self.rows(table, where=where, params=params) for row in found]

    def _query(self, sql: str, params: tuple[Any, ...]) -> list[dict[str, Any]]:
        try:
            cursor = self._conn.cursor()
            cursor.execute(sql, params)
            names = [column[0].lower() for column in cursor.description]
            found = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
            cursor.close()
            return found
        except Exception as exc:
            raise SourceError(
                _("Reading the source failed: %(reason)s") % {"reason": _scrub(str(exc), self.url.raw)[:500]},
                code="v2import_read_failed",
            ) from None


def _deleted(row: dict[str, Any]) -> bool:
    from integrations.v2import.texts import flag

    return flag(row.get("is_deleted"))


def _ident(name: str) -> str:
    if not name.replace("_", "").isalnum():
        raise ValueError(name)
    return name


def _scrub(text: str, url: str) -> str:
    """A driver message without the URL's password (some drivers echo the connection string)."""
    password = urlsplit(url).password if "://" in url else None
    if password:
        text = text.replace(password, "***").replace(unquote(password), "***")
    return text


def _connect_postgresql(url: str) -> Any:
    import psycopg2

    parts = urlsplit(url)
    conn = psycopg2.connect(
        host=parts.hostname or "localhost",
        port=parts.port or 5432,
        user=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
        dbname=unquote(parts.path.lstrip("/")),
        connect_timeout=CONNECT_TIMEOUT_SECONDS,
        options=f"-c statement_timeout={STATEMENT_TIMEOUT_MS} -c default_transaction_read_only=on",
        application_name="loonflow-v2import",
    )
    conn.set_session(readonly=True)
    return conn


def _connect_mysql(url: str) -> Any:
    import pymysql

    parts = urlsplit(url)
    conn = pymysql.connect(
        host=parts.hostname or "localhost",
        port=parts.port or 3306,
        user=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
        database=unquote(parts.path.lstrip("/")),
        charset="utf8mb4",  # 2.x's Chinese names; MySQL's "utf8" has no 4-byte characters
        connect_timeout=CONNECT_TIMEOUT_SECONDS,
        # The client's last resort (it only stops waiting): the server's own cap below answers first.
        read_timeout=STATEMENT_TIMEOUT_MS // 1000 + CONNECT_TIMEOUT_SECONDS,
        # Each query its own transaction, as PostgreSQL's read committed: one left open for the whole
        # import would hold InnoDB's purge on the 2.x server for hours (keyset batches need no snapshot).
        autocommit=True,
    )
    try:
        with conn.cursor() as cursor:
            cursor.execute("SET SESSION TRANSACTION READ ONLY")
            _cap_statements(cursor)
    except Exception:
        conn.close()
        raise
    return conn


_UNKNOWN_VARIABLE = 1193


def _cap_statements(cursor: Any) -> None:
    """The server stops each query after STATEMENT_TIMEOUT_MS: MariaDB 10.1+ counts seconds, MySQL
    5.7.8+ milliseconds (SELECTs only), each refusing the other's variable; older servers have
    neither, and only the client's read_timeout is left."""
    import pymysql

    for statement in (
        f"SET SESSION max_statement_time = {STATEMENT_TIMEOUT_MS / 1000}",
        f"SET SESSION max_execution_time = {int(STATEMENT_TIMEOUT_MS)}",
    ):
        try:
            cursor.execute(statement)
            return
        except pymysql.err.MySQLError as exc:
            if exc.args[0] != _UNKNOWN_VARIABLE:
                raise


def _connect_sqlite(url: str) -> Any:
    path = "/" + url.split("://", 1)[1].lstrip("/")  # sqlite:///path and sqlite:////path: absolute
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=CONNECT_TIMEOUT_SECONDS)


_CONNECTORS = {"postgresql": _connect_postgresql, "mysql": _connect_mysql, "sqlite": _connect_sqlite}
