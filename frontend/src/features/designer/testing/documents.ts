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

/**
 * Gateways: start → fork (inclusive split, join `meet`) → it / hr → meet (inclusive join) → done, with
 * a parallel split `par` and its join `par_join` not connected yet; `to_it` starts only on `amount > 10`.
 */
export function gatewayDoc(): Doc {
  const state = (key: string, name: string, type: NonNullable<ApiDocument["states"]>[number]["type"], x: number, extra: object = {}) => ({
    key,
    name,
    type,
    can_withdraw: false,
    reuse_last_handler: false,
    position: { x, y: 0 },
    ...extra,
  });
  const auto = (key: string, source: string, target: string, extra: object = {}) => ({
    key,
    name: key,
    source,
    target,
    attribute: "agree" as const,
    check_required_fields: false,
    confirm_text: "",
    kind: "auto" as const,
    ...extra,
  });
  const handler = { participant: { kind: "users" as const, users: ["lead"], department_scope: "members" as const } };
  return normalizeDocument({
    serial_prefix: "GW",
    title_template: "{serial}",
    fields: [
      { key: "amount", label: "Amount", type: "int", required: false, order: 1, help_text: "", placeholder: "" },
      {
        key: "items",
        label: "Items",
        type: "table",
        required: false,
        order: 2,
        help_text: "",
        placeholder: "",
        columns: [{ key: "name", label: "Name", type: "string", required: true, order: 1, help_text: "", placeholder: "" }],
      },
    ],
    states: [
      state("start", "Draft", "start", 0),
      state("fork", "Fork", "inclusive_split", 250, { join: "meet" }),
      state("it", "IT", "normal", 500, handler),
      state("hr", "HR", "normal", 500, handler),
      state("meet", "Meet", "inclusive_join", 750),
      state("done", "Done", "end", 1000),
      state("par", "Par", "parallel_split", 250),
      state("par_join", "Par join", "parallel_join", 750),
    ],
    transitions: [
      { key: "submit", name: "Submit", source: "start", target: "fork", attribute: "agree", check_required_fields: true, confirm_text: "", kind: "manual" },
      auto("to_it", "fork", "it", { expression: "amount > 10" }),
      auto("to_hr", "fork", "hr"),
      { key: "it_done", name: "Done", source: "it", target: "meet", attribute: "agree", check_required_fields: true, confirm_text: "", kind: "manual" },
      { key: "hr_done", name: "Done", source: "hr", target: "meet", attribute: "agree", check_required_fields: true, confirm_text: "", kind: "manual" },
      auto("finish", "meet", "done"),
    ],
  });
}
