"""Per-workflow statistics: tickets created and finished per day, time spent per state, SLA breaches."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from django.db import connection
from django.db.models import Count
from django.utils import timezone

from engine.tickets.models import FlowLog, Ticket
from engine.workflows.models import Workflow

# A ticket enters a state at each flow-log row whose to_state differs from its from_state (or at
# creation); it leaves it at the next such row. The time in between is time spent in that state.
_TIME_PER_STATE = f"""
WITH entries AS (
    SELECT f.ticket_id, f.to_state AS state, f.created_at AS entered_at,
           LEAD(f.created_at) OVER (PARTITION BY f.ticket_id ORDER BY f.id) AS left_at
    FROM {FlowLog._meta.db_table} f
    JOIN {Ticket._meta.db_table} t ON t.id = f.ticket_id
    WHERE t.workflow_id = %s AND t.created_at >= %s
      AND (f.action = 'create' OR f.from_state <> f.to_state)
)
SELECT state, COUNT(*) AS visits,
       AVG(EXTRACT(EPOCH FROM (left_at - entered_at))) AS mean_seconds,
       PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (left_at - entered_at))) AS p90_seconds
FROM entries WHERE left_at IS NOT NULL
GROUP BY state ORDER BY state
"""  # noqa: S608 - our own table names; values are parameters

_PER_DAY = f"""
SELECT d::date AS day,
       (SELECT COUNT(*) FROM {Ticket._meta.db_table} t
         WHERE t.workflow_id = %s AND (t.created_at AT TIME ZONE %s)::date = d::date) AS created,
       (SELECT COUNT(*) FROM {Ticket._meta.db_table} t
         WHERE t.workflow_id = %s AND t.finished_at IS NOT NULL
           AND (t.finished_at AT TIME ZONE %s)::date = d::date) AS finished
FROM generate_series(%s::date, %s::date, interval '1 day') AS d
ORDER BY day
"""  # noqa: S608 - our own table names; values are parameters

# Every breach writes one flow-log row (`engine.tickets.runtime.background`), in the state that overran.
_SLA_BREACHES = f"""
SELECT (f.created_at AT TIME ZONE %s)::date AS day, f.from_state, COUNT(*)
FROM {FlowLog._meta.db_table} f
JOIN {Ticket._meta.db_table} t ON t.id = f.ticket_id
WHERE t.workflow_id = %s AND f.action = 'sla_breached' AND f.created_at >= %s
GROUP BY 1, 2
"""  # noqa: S608 - our own table names; values are parameters


def _sla_breaches(rows: list[tuple[date, str, int]], first: date, today: date) -> dict[str, Any]:
    per_day = {first + timedelta(days=offset): 0 for offset in range((today - first).days + 1)}
    by_state: dict[str, int] = {}
    for day, state, count in rows:
        if day in per_day:
            per_day[day] += count
        by_state[state] = by_state.get(state, 0) + count
    return {
        "sla_breaches_per_day": [{"day": day, "count": count} for day, count in per_day.items()],
        "sla_breaches_by_state": [{"state": state, "count": by_state[state]} for state in sorted(by_state)],
    }


def workflow_statistics(*, workflow: Workflow, days: int) -> dict[str, Any]:
    today = timezone.localdate()
    first: date = today - timedelta(days=days - 1)
    zone = timezone.get_current_timezone_name()
    since = timezone.make_aware(datetime.combine(first, time.min))
    with connection.cursor() as cursor:
        cursor.execute(_PER_DAY, [workflow.pk, zone, workflow.pk, zone, first, today])
        per_day = [{"day": row[0], "created": row[1], "finished": row[2]} for row in cursor.fetchall()]
        cursor.execute(_TIME_PER_STATE, [workflow.pk, since])
        per_state = [
            {
                "state": row[0],
                "visits": row[1],
                "mean_seconds": float(row[2] or 0),
                "p90_seconds": float(row[3] or 0),
            }
            for row in cursor.fetchall()
        ]
        cursor.execute(_SLA_BREACHES, [zone, workflow.pk, since])
        breaches = _sla_breaches(cursor.fetchall(), first, today)
    by_status = dict(
        Ticket.objects.filter(workflow=workflow, created_at__gte=since)
        .values_list("status")
        .annotate(count=Count("id"))
        .order_by()
    )
    return {"days": days, "per_day": per_day, "per_state": per_state, "by_status": by_status, **breaches}
