// The dashboard answer reshaped for the charts: per-day rows as the per-day chart draws them, and
// labelled rows for the bar charts ("Workflow · State").
import type { Dashboard } from "../types";
import type { DayRow } from "./shape";

export const DASHBOARD_CHARTS = ["per_day", "backlog_by_state", "backlog_by_person", "sla_breaches", "slowest_states"] as const;
export type DashboardChart = (typeof DASHBOARD_CHARTS)[number];

/** Opened and finished per day, in the per-day chart's terms (created = opened). */
export function dashboardDays(data: Dashboard): DayRow[] {
  return data.per_day.map((row) => ({ day: row.day, created: row.opened, finished: row.finished, breaches: 0 }));
}

/** How many rows a bar chart shows (the CSV has them all). */
export const SHOWN = 15;

export function backlogStates(data: Dashboard) {
  return data.backlog_by_state.slice(0, SHOWN).map((row) => ({ label: `${row.workflow} · ${row.state_name}`, count: row.count }));
}

export function backlogPeople(data: Dashboard) {
  return data.backlog_by_person.slice(0, SHOWN).map((row) => ({ label: row.name, count: row.count }));
}

export function breachesPerWorkflow(data: Dashboard) {
  return data.sla_breaches.slice(0, SHOWN).map((row) => ({ label: row.workflow, count: row.count }));
}

export function slowestStates(data: Dashboard) {
  return data.slowest_states
    .slice(0, SHOWN)
    .map((row) => ({ label: `${row.workflow} · ${row.state_name}`, median: row.median_seconds, p90: row.p90_seconds }));
}
