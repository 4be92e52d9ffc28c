"""The tenant's statistics across workflows (the dashboard): tickets opened and finished per day,
the backlog now by state and by person, SLA breaches per workflow, and the slowest states (median
and 90th percentile of the time spent in them).

Each chart is one query, whatever the number of workflows: a caller who may see only some workflows
passes their ids (`workflow_ids`), None means every workflow. The period is whole days in the
tenant's time zone, at most `MAX_DAYS` long. The backlog is what is open now, whatever the period.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Literal

from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext as _

from core.access.models import User
from core.errors import ValidationFailed, field_problem
from engine.tickets.models import FlowLog, Ticket, TicketHandler
from engine.workflows.models import Workflow, WorkflowVersion

MAX_DAYS = 366
DEFAULT_DAYS = 30
# The longest lists a chart answers (the slowest states, the busiest people).
TOP = 20
PEOPLE = 50
Chart = Literal["per_day", "backlog_by_state", "backlog_by_person", "sla_breaches", "slowest_states"]
OPEN = (Ticket.Status.IN_PROGRESS.value, Ticket.Status.RETURNED.value)

T, F, W, V = (
    Ticket._meta.db_table,
    FlowLog._meta.db_table,
    Workflow._meta.db_table,
    WorkflowVersion._meta.db_table,
)
H, U = TicketHandler._meta.db_table, User._meta.db_table


@dataclass(frozen=True)
class Period:
    """Whole days `first`..`last` (inclusive) in the tenant's time zone."""

    first: date
    last: date
    zone: str

    @property
    def start(self) -> datetime:
        return timezone.make_aware(datetime.combine(self.first, time.min))

    @property
    def end(self) -> datetime:
        return timezone.make_aware(datetime.combine(self.last + timedelta(days=1), time.min))

    def days(self) -> Iterator[date]:
        for offset in range((self.last - self.first).days + 1):
            yield self.first + timedelta(days=offset)


def period_of(*, first: date | None, last: date | None) -> Period:
    """The period asked for: `last` defaults to today, `first` to `DEFAULT_DAYS` days before it.
    422 when `first` is after `last` or the period is longer than `MAX_DAYS` days."""
    if last is None:
        last = timezone.localdate()
    if first is None:
        first = last - timedelta(days=DEFAULT_DAYS - 1)
    if first > last:
        raise ValidationFailed(
            _("`from` must not be after `to`."), details=[field_problem("from", _("After `to`."))]
        )
    if (last - first).days + 1 > MAX_DAYS:
        raise ValidationFailed(
            _("A period is at most %(value)s days.") % {"value": MAX_DAYS},
            details=[field_problem("from", _("More than %(value)s days before `to`.") % {"value": MAX_DAYS})],
        )
    return Period(first=first, last=last, zone=timezone.get_current_timezone_name())


def _scope(workflow_ids: list[int] | None) -> tuple[str, list[Any]]:
    """The SQL condition (on tickets `t`) limiting a query to the caller's workflows."""
    if workflow_ids is None:
        return "", []
    return "AND t.workflow_id = ANY(%s)", [list(workflow_ids)]


def _rows(sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return list(cursor.fetchall())


# A state's name in version `v`'s document (its key when the document does not name it).
_STATE_NAME = """COALESCE((SELECT s->>'name' FROM jsonb_array_elements(v.document->'states') s
                           WHERE s->>'key' = {key} LIMIT 1), {key})"""


def per_day(period: Period, workflow_ids: list[int] | None) -> list[dict[str, Any]]:
    scope, scoped = _scope(workflow_ids)
    sql = f"""
        SELECT day, SUM(opened), SUM(finished) FROM (
            SELECT (t.created_at AT TIME ZONE %s)::date AS day, 1 AS opened, 0 AS finished
            FROM {T} t WHERE t.created_at >= %s AND t.created_at < %s {scope}
            UNION ALL
            SELECT (t.finished_at AT TIME ZONE %s)::date, 0, 1
            FROM {T} t WHERE t.finished_at >= %s AND t.finished_at < %s {scope}
        ) counted GROUP BY day
    """  # noqa: S608 - our own table names; values are parameters
    window = [period.start, period.end]
    found = {
        day: (opened, finished)
        for day, opened, finished in _rows(
            sql, [period.zone, *window, *scoped, period.zone, *window, *scoped]
        )
    }
    return [
        {"day": day, "opened": int(found.get(day, (0, 0))[0]), "finished": int(found.get(day, (0, 0))[1])}
        for day in period.days()
    ]


def backlog_by_state(period: Period, workflow_ids: list[int] | None) -> list[dict[str, Any]]:
    """Open tickets now per workflow and state (named as the newest version they are in names it)."""
    scope, scoped = _scope(workflow_ids)
    sql = f"""
        SELECT g.workflow_id, w.name, g.state_key, {_STATE_NAME.format(key="g.state_key")}, g.count
        FROM (SELECT t.workflow_id, t.state_key, MAX(t.version_id) AS version_id, COUNT(*) AS count
              FROM {T} t WHERE t.status = ANY(%s) {scope} GROUP BY 1, 2) g
        JOIN {W} w ON w.id = g.workflow_id JOIN {V} v ON v.id = g.version_id
        ORDER BY g.count DESC, w.name, g.state_key
    """  # noqa: S608 - our own table names; values are parameters
    keys = ("workflow_id", "workflow", "state", "state_name", "count")
    return [dict(zip(keys, row, strict=True)) for row in _rows(sql, [list(OPEN), *scoped])]


def backlog_by_person(period: Period, workflow_ids: list[int] | None) -> list[dict[str, Any]]:
    """Open tickets now waiting on each person (as handler, candidate or consulted), busiest first."""
    scope, scoped = _scope(workflow_ids)
    sql = f"""
        SELECT u.id, u.username, u.display_name, g.count
        FROM (SELECT h.user_id, COUNT(DISTINCT h.ticket_id) AS count
              FROM {H} h JOIN {T} t ON t.id = h.ticket_id
              WHERE t.status = ANY(%s) {scope} GROUP BY 1) g
        JOIN {U} u ON u.id = g.user_id
        ORDER BY g.count DESC, u.username LIMIT {PEOPLE}
    """  # noqa: S608 - our own table names; values are parameters
    return [
        {"user_id": pk, "username": username, "name": name or username, "count": count}
        for pk, username, name, count in _rows(sql, [list(OPEN), *scoped])
    ]


def sla_breaches(period: Period, workflow_ids: list[int] | None) -> list[dict[str, Any]]:
    """SLA breaches in the period per workflow (one flow-log row per overrun state visit)."""
    scope, scoped = _scope(workflow_ids)
    sql = f"""
        SELECT t.workflow_id, w.name, COUNT(*)
        FROM {F} f JOIN {T} t ON t.id = f.ticket_id JOIN {W} w ON w.id = t.workflow_id
        WHERE f.action = 'sla_breached' AND f.created_at >= %s AND f.created_at < %s {scope}
        GROUP BY 1, 2 ORDER BY 3 DESC, 2
    """  # noqa: S608 - our own table names; values are parameters
    rows = _rows(sql, [period.start, period.end, *scoped])
    return [{"workflow_id": pk, "workflow": name, "count": count} for pk, name, count in rows]


def slowest_states(period: Period, workflow_ids: list[int] | None) -> list[dict[str, Any]]:
    """Time spent in a state by the visits that began in the period and have ended, per workflow
    and state; the `TOP` slowest by median. A visit begins at the flow-log row entering the state
    and ends at the next row (on the same path) that enters another one."""
    scope, scoped = _scope(workflow_ids)
    sql = f"""
        WITH entries AS (
            SELECT f.ticket_id, f.to_state AS state, f.created_at AS entered_at,
                   LEAD(f.created_at) OVER (PARTITION BY f.ticket_id, f.branch ORDER BY f.id) AS left_at
            FROM {F} f
            WHERE f.created_at >= %s AND (f.action = 'create' OR f.from_state <> f.to_state)
        ), visits AS (
            SELECT t.workflow_id, e.state, MAX(t.version_id) AS version_id, COUNT(*) AS visits,
                   PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY e.seconds) AS median,
                   PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY e.seconds) AS p90
            FROM (SELECT *, EXTRACT(EPOCH FROM (left_at - entered_at)) AS seconds FROM entries) e
            JOIN {T} t ON t.id = e.ticket_id
            WHERE e.left_at IS NOT NULL AND e.entered_at < %s {scope}
            GROUP BY 1, 2
        )
        SELECT g.workflow_id, w.name, g.state, {_STATE_NAME.format(key="g.state")}, g.visits, g.median, g.p90
        FROM visits g JOIN {W} w ON w.id = g.workflow_id JOIN {V} v ON v.id = g.version_id
        ORDER BY g.median DESC, w.name, g.state LIMIT {TOP}
    """  # noqa: S608 - our own table names; values are parameters
    keys = ("workflow_id", "workflow", "state", "state_name", "visits")
    return [
        {
            **dict(zip(keys, row[:5], strict=True)),
            "median_seconds": float(row[5]),
            "p90_seconds": float(row[6]),
        }
        for row in _rows(sql, [period.start, period.end, *scoped])
    ]


CHARTS: dict[str, Callable[[Period, list[int] | None], list[dict[str, Any]]]] = {
    "per_day": per_day,
    "backlog_by_state": backlog_by_state,
    "backlog_by_person": backlog_by_person,
    "sla_breaches": sla_breaches,
    "slowest_states": slowest_states,
}
# The columns of each chart's CSV, in order.
COLUMNS: dict[str, tuple[str, ...]] = {
    "per_day": ("day", "opened", "finished"),
    "backlog_by_state": ("workflow_id", "workflow", "state", "state_name", "count"),
    "backlog_by_person": ("user_id", "username", "name", "count"),
    "sla_breaches": ("workflow_id", "workflow", "count"),
    "slowest_states": (
        "workflow_id",
        "workflow",
        "state",
        "state_name",
        "visits",
        "median_seconds",
        "p90_seconds",
    ),
}


def dashboard(*, period: Period, workflow_ids: list[int] | None) -> dict[str, Any]:
    """Every chart of the period, and its summary (one query per chart)."""
    charts = {name: chart(period, workflow_ids) for name, chart in CHARTS.items()}
    return {
        "from_day": period.first,
        "to_day": period.last,
        "summary": {
            "opened": sum(row["opened"] for row in charts["per_day"]),
            "finished": sum(row["finished"] for row in charts["per_day"]),
            "open_now": sum(row["count"] for row in charts["backlog_by_state"]),
            "sla_breaches": sum(row["count"] for row in charts["sla_breaches"]),
        },
        **charts,
    }


def chart_rows(*, chart: str, period: Period, workflow_ids: list[int] | None) -> list[list[Any]]:
    """One chart as CSV rows: its header, then its rows (read now, in the request: they are few)."""
    columns = COLUMNS[chart]
    return [
        list(columns),
        *([row[column] for column in columns] for row in CHARTS[chart](period, workflow_ids)),
    ]
