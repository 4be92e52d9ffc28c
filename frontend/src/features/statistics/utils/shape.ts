// The statistics answer reshaped for the charts: one row per day, states by name, statuses in a fixed order.
// The SLA breach series are newer than the rest of the answer: read them with `?? []` so a payload
// without them still draws (as zero breaches) instead of failing the page.
import type { Statistics } from "../types";

export const STATUSES = ["in_progress", "returned", "draft", "withdrawn", "finished", "closed"] as const;
const OPEN = new Set<string>(["in_progress", "returned"]);

export type DayRow = { day: string; created: number; finished: number; breaches: number };
export type StateRow = { state: string; name: string; mean: number; p90: number; visits: number };
export type StatusSlice = { status: string; count: number };
export type BreachRow = { state: string; name: string; count: number };
export type Summary = { created: number; finished: number; open: number; breaches: number };

/** Tickets created and finished, and SLA breaches, per day (days the API lists, oldest first). */
export function perDay(stats: Statistics): DayRow[] {
  const breaches = new Map((stats.sla_breaches_per_day ?? []).map((row) => [row.day, row.count]));
  const rows = stats.per_day.map((row) => ({ day: row.day, created: row.created, finished: row.finished, breaches: breaches.get(row.day) ?? 0 }));
  // A breach on a day per_day does not list (should not happen) still counts somewhere visible.
  const known = new Set(rows.map((row) => row.day));
  for (const [day, count] of breaches) if (!known.has(day)) rows.push({ day, created: 0, finished: 0, breaches: count });
  return rows.sort((a, b) => a.day.localeCompare(b.day));
}

/** Time spent per state, slowest (by mean) first. */
export function stateTimes(stats: Statistics, names: Record<string, string> = {}): StateRow[] {
  return stats.per_state
    .map((row) => ({ state: row.state, name: names[row.state] ?? row.state, mean: row.mean_seconds, p90: row.p90_seconds, visits: row.visits }))
    .sort((a, b) => b.mean - a.mean);
}

/** Tickets by status, known statuses first in a stable order, empty ones left out. */
export function statusSlices(byStatus: Record<string, number>): StatusSlice[] {
  const order = [...STATUSES, ...Object.keys(byStatus).filter((status) => !(STATUSES as readonly string[]).includes(status)).sort()];
  return order.map((status) => ({ status, count: byStatus[status] ?? 0 })).filter((slice) => slice.count > 0);
}

/** SLA breaches per state, most first. */
export function breachesByState(stats: Statistics, names: Record<string, string> = {}): BreachRow[] {
  return (stats.sla_breaches_by_state ?? [])
    .filter((row) => row.count > 0)
    .map((row) => ({ state: row.state, name: names[row.state] ?? row.state, count: row.count }))
    .sort((a, b) => b.count - a.count);
}

export function summarize(stats: Statistics): Summary {
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    created: sum(stats.per_day.map((row) => row.created)),
    finished: sum(stats.per_day.map((row) => row.finished)),
    open: sum(Object.entries(stats.by_status).filter(([status]) => OPEN.has(status)).map(([, count]) => count)),
    breaches: sum((stats.sla_breaches_per_day ?? []).map((row) => row.count)),
  };
}

/** State key → name, from a version document. */
export function stateNames(document: { states?: { key: string; name: string }[] } | undefined): Record<string, string> {
  return Object.fromEntries((document?.states ?? []).map((state) => [state.key, state.name]));
}
