// Payloads shaped like the API's, for the feature's tests.
import type { Change, VersionSummary, Workflow } from "../types";

export const leave: Workflow = {
  id: 1,
  key: "leave",
  name: "Leave request",
  description: "Time off",
  category: "HR",
  admin_ids: [],
  current_version: 2,
  draft_version: 3,
  draft_etag: '"3.1"',
  can_manage: true,
  created_at: "2026-01-05T09:00:00Z",
  updated_at: "2026-02-01T10:30:00Z",
};

export const release: Workflow = {
  ...leave,
  id: 3,
  key: "release",
  name: "Release approval",
  description: "",
  category: "IT",
  current_version: null,
  draft_version: 1,
  draft_etag: '"1.4"',
};

export const versions: VersionSummary[] = [3, 2, 1].map((number) => ({
  number,
  status: number === 3 ? "draft" : number === 2 ? "published" : "archived",
  revision: 1,
  etag: `"${number}.1"`,
  comment: number === 2 ? "HR reviews long leaves" : "",
  created_at: "2026-01-05T09:00:00Z",
  updated_at: "2026-01-05T09:00:00Z",
  published_at: number === 3 ? null : "2026-01-06T09:00:00Z",
  published_by: number === 3 ? null : "admin",
}));

/** A diff of v1 → v2 of the leave workflow: one of each kind of change, in each area. */
export const sampleChanges: Change[] = [
  { op: "changed", path: "serial_prefix", before: "LV", after: "LEAVE" },
  { op: "added", path: "fields.hr_note", before: null, after: { key: "hr_note", label: "HR note", type: "text" } },
  { op: "changed", path: "fields.days.validation.max", before: 30, after: 20 },
  { op: "added", path: "states.hr_review", before: null, after: { key: "hr_review", name: "HR review", type: "normal" } },
  { op: "changed", path: "states.lead_review.participant.kind", before: "users", after: "variable" },
  { op: "changed", path: "states.lead_review.name", before: "Lead", after: "Lead review" },
  { op: "changed", path: "states.approved.position.x", before: 500, after: 750 },
  { op: "removed", path: "states.cancelled", before: { key: "cancelled", name: "Cancelled", type: "end" }, after: null },
  {
    op: "added",
    path: "transitions.hr_approve",
    before: null,
    after: { key: "hr_approve", name: "Approve", source: "hr_review", target: "approved" },
  },
  { op: "removed", path: "transitions.cancel", before: { key: "cancel", name: "Cancel", source: "lead_review", target: "cancelled" }, after: null },
  { op: "changed", path: "transitions", before: ["submit", "cancel", "lead_approve"], after: ["lead_approve", "submit", "hr_approve"] },
  { op: "changed", path: "creators.everyone", before: false, after: true },
];
