// A statistics answer shaped like the API's, for the feature's tests.
import type { Workflow } from "@/entities/workflows";
import type { Statistics } from "../types";

export const sampleStatistics: Statistics = {
  days: 3,
  per_day: [
    { day: "2026-03-01", created: 2, finished: 0 },
    { day: "2026-03-02", created: 1, finished: 1 },
    { day: "2026-03-03", created: 0, finished: 2 },
  ],
  per_state: [
    { state: "lead_review", visits: 3, mean_seconds: 5400, p90_seconds: 7200 },
    { state: "hr_review", visits: 2, mean_seconds: 172800, p90_seconds: 259200 },
  ],
  by_status: { in_progress: 1, finished: 2, closed: 1 },
  sla_breaches_per_day: [
    { day: "2026-03-01", count: 0 },
    { day: "2026-03-02", count: 2 },
    { day: "2026-03-03", count: 1 },
  ],
  sla_breaches_by_state: [
    { state: "lead_review", count: 1 },
    { state: "hr_review", count: 2 },
  ],
};

const base: Workflow = {
  id: 1,
  key: "leave",
  name: "Leave request",
  description: "",
  category: "HR",
  admin_ids: [],
  current_version: 1,
  draft_version: 2,
  draft_etag: '"2.1"',
  can_manage: true,
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
};

export const choices: Workflow[] = [base, { ...base, id: 2, key: "release", name: "Release approval", category: "IT" }];
