// Documents for tests: the starter draft a new workflow gets, and a richer one.
import { normalizeDocument } from "../model";
import type { ApiDocument, Doc } from "../model";

export const starterApiDocument: ApiDocument = {
  serial_prefix: "TK",
  title_template: "{workflow} {serial}",
  states: [
    { key: "start", name: "Draft", type: "start", position: { x: 0, y: 0 }, can_withdraw: false, reuse_last_handler: false },
    { key: "done", name: "Done", type: "end", position: { x: 300, y: 0 }, can_withdraw: false, reuse_last_handler: false },
  ],
  transitions: [
    {
      key: "submit",
      name: "Submit",
      source: "start",
      target: "done",
      attribute: "agree",
      check_required_fields: true,
      confirm_text: "",
      kind: "manual",
    },
  ],
};

export function starterDoc(): Doc {
  return normalizeDocument(starterApiDocument);
}

/** Start → review (lead, SLA) → done/rejected, with two fields and a branch on `amount`. */
export function richDoc(): Doc {
  return normalizeDocument({
    serial_prefix: "EX",
    title_template: "{title} {serial}",
    fields: [
      { key: "title", label: "Title", type: "string", required: true, order: 1, help_text: "", placeholder: "" },
      { key: "amount", label: "Amount", type: "int", required: false, order: 2, help_text: "", placeholder: "" },
    ],
    states: [
      { key: "start", name: "Draft", type: "start", can_withdraw: true, reuse_last_handler: false, position: { x: 0, y: 0 } },
      {
        key: "review",
        name: "Review",
        type: "normal",
        can_withdraw: false,
        reuse_last_handler: false,
        participant: { kind: "users", users: ["lead"], department_scope: "members" },
        field_permissions: { amount: "optional" },
        sla: { duration_seconds: 3600, action: "auto_transition", transition: "approve" },
        position: { x: 250, y: 0 },
      },
      { key: "done", name: "Done", type: "end", can_withdraw: false, reuse_last_handler: false, position: { x: 500, y: 0 } },
      { key: "rejected", name: "Rejected", type: "end", can_withdraw: false, reuse_last_handler: false, position: { x: 500, y: 150 } },
    ],
    transitions: [
      { key: "submit", name: "Submit", source: "start", target: "review", attribute: "agree", check_required_fields: true, confirm_text: "", kind: "manual" },
      {
        key: "approve",
        name: "Approve",
        source: "review",
        target: "done",
        attribute: "agree",
        check_required_fields: true,
        confirm_text: "",
        kind: "manual",
        branches: [
          { condition: { groups: [[{ field: "amount", op: "gt", value: 100 }]] }, target: "rejected" },
          { expression: "amount > 10 and title contains \"x\"", target: "done" },
        ],
      },
      { key: "reject", name: "Reject", source: "review", target: "rejected", attribute: "reject", check_required_fields: false, confirm_text: "", kind: "manual" },
    ],
    notifications: [{ events: ["state_entered"], channel: "email", template: "", states: ["review"] }],
  });
}
