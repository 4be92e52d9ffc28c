"""Response bodies of the statistics reads: one workflow's figures and the dashboard across workflows."""

from __future__ import annotations

from datetime import date

from ninja import Schema
from pydantic import Field


class DayCountOut(Schema):
    day: date
    created: int
    finished: int


class StateTimeOut(Schema):
    state: str
    visits: int
    mean_seconds: float
    p90_seconds: float


class DayBreachesOut(Schema):
    day: date
    count: int


class StateBreachesOut(Schema):
    state: str
    count: int


class StatisticsOut(Schema):
    days: int
    per_day: list[DayCountOut]
    per_state: list[StateTimeOut]
    by_status: dict[str, int]
    # SLA breaches in the period (one per overrun state visit), per day and per state.
    sla_breaches_per_day: list[DayBreachesOut]
    sla_breaches_by_state: list[StateBreachesOut]


# The dashboard across workflows (engine/tickets/dashboard.py).


class DashboardDayOut(Schema):
    day: date
    opened: int
    finished: int


class DashboardSummaryOut(Schema):
    opened: int
    finished: int
    open_now: int = Field(description="Tickets in progress or returned now, whatever the period.")
    sla_breaches: int


class BacklogStateOut(Schema):
    workflow_id: int
    workflow: str
    state: str
    state_name: str
    count: int


class BacklogPersonOut(Schema):
    user_id: int
    username: str
    name: str
    count: int = Field(description="Open tickets waiting on them (to handle, claim or give an opinion on).")


class WorkflowBreachesOut(Schema):
    workflow_id: int
    workflow: str
    count: int


class SlowStateOut(Schema):
    workflow_id: int
    workflow: str
    state: str
    state_name: str
    visits: int
    median_seconds: float
    p90_seconds: float


class DashboardOut(Schema):
    from_day: date
    to_day: date
    summary: DashboardSummaryOut
    per_day: list[DashboardDayOut]
    backlog_by_state: list[BacklogStateOut] = Field(description="Open now, busiest first.")
    backlog_by_person: list[BacklogPersonOut] = Field(description="Open now; the 50 busiest people.")
    sla_breaches: list[WorkflowBreachesOut] = Field(description="Breaches in the period per workflow.")
    slowest_states: list[SlowStateOut] = Field(
        description="Visits begun in the period; the 20 slowest by median."
    )
