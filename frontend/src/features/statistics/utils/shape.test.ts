import { sampleStatistics } from "../testing/samples";
import type { Statistics } from "../types";
import { breachesByState, perDay, stateNames, stateTimes, statusSlices, summarize } from "./shape";

test("per day rows merge created, finished and breaches", () => {
  expect(perDay(sampleStatistics)).toEqual([
    { day: "2026-03-01", created: 2, finished: 0, breaches: 0 },
    { day: "2026-03-02", created: 1, finished: 1, breaches: 2 },
    { day: "2026-03-03", created: 0, finished: 2, breaches: 1 },
  ]);
});

test("an answer without the breach series (older schema) still shapes", () => {
  const { sla_breaches_per_day: _a, sla_breaches_by_state: _b, ...older } = sampleStatistics;
  const stats = older as unknown as Statistics;
  expect(perDay(stats).map((row) => row.breaches)).toEqual([0, 0, 0]);
  expect(breachesByState(stats)).toEqual([]);
  expect(summarize(stats).breaches).toBe(0);
});

test("states are named and the slowest comes first", () => {
  expect(stateTimes(sampleStatistics, { hr_review: "HR review" })).toEqual([
    { state: "hr_review", name: "HR review", mean: 172800, p90: 259200, visits: 2 },
    { state: "lead_review", name: "lead_review", mean: 5400, p90: 7200, visits: 3 },
  ]);
});

test("statuses keep a stable order and empty ones are left out", () => {
  expect(statusSlices({ finished: 2, in_progress: 1, closed: 0, weird: 1 })).toEqual([
    { status: "in_progress", count: 1 },
    { status: "finished", count: 2 },
    { status: "weird", count: 1 },
  ]);
});

test("breaches by state, most first", () => {
  expect(breachesByState(sampleStatistics, { hr_review: "HR review" })).toEqual([
    { state: "hr_review", name: "HR review", count: 2 },
    { state: "lead_review", name: "lead_review", count: 1 },
  ]);
});

test("the summary adds up the period; open means in progress or returned", () => {
  expect(summarize(sampleStatistics)).toEqual({ created: 3, finished: 3, open: 1, breaches: 3 });
});

test("state names come from the document", () => {
  expect(stateNames({ states: [{ key: "a", name: "A" }] })).toEqual({ a: "A" });
  expect(stateNames(undefined)).toEqual({});
});
