// The workflow document as the designer holds it: the API's shapes with every optional part filled
// in (see `normalizeDocument`), so editing code never has to guess whether a list is there.
import type { TenantSchemas } from "@/lib/api-client";

type S = TenantSchemas["schemas"];

export type ApiDocument = S["WorkflowDocument"];
export type FieldType = S["FieldType"];
export type FieldPermission = S["FieldPermission"];
export type StateType = S["StateType"];
export type ParticipantKind = S["ParticipantKind"];
export type DepartmentScope = S["DepartmentScope"];
export type Variable = S["Variable"];
export type DistributionKind = S["DistributionKind"];
export type CountersignMode = S["CountersignMode"];
export type SlaAction = S["SlaAction"];
/** What an SLA or timer counts (null or absent: wall time). */
export type Clock = "wall" | "working" | "working_days";
export type TransitionAttribute = S["TransitionAttribute"];
export type TransitionKind = S["TransitionKind"];
export type WorkflowEvent = S["WorkflowEvent"];
export type Recipient = S["Recipient"];
export type Choice = S["Choice"];
export type Position = S["Position"];
export type HookCall = S["HookCall"];
export type Countersign = S["Countersign"];
export type SubmitLimit = S["SubmitLimit"];
export type WebhookSubscription = S["WebhookSubscription"];
export type FieldValidation = S["FieldValidation"];

export interface FieldDef {
  key: string;
  label: string;
  type: FieldType;
  required: boolean;
  choices: Choice[];
  default: unknown;
  placeholder: string;
  help_text: string;
  validation: FieldValidation | null;
  order: number;
  columns: FieldDef[];
}

export interface Participant {
  kind: ParticipantKind;
  users: string[];
  departments: string[];
  department_scope: DepartmentScope;
  roles: string[];
  variable: Variable | null;
  field: string | null;
  hook: HookCall | null;
  /** A `script` participant: the tenant script (by code) that handles the state. */
  script: string | null;
}

export interface Distribution {
  kind: DistributionKind;
  countersign: Countersign | null;
}

export interface Sla {
  duration_seconds: number;
  clock?: Clock | null;
  action: SlaAction;
  escalate_to: Participant | null;
  transition: string | null;
  /** Warn the handlers this long before it runs out, on the same clock (working days: N x 86400). */
  warn_before_seconds?: number | null;
}

/** How a state with a `subtickets` transition files and waits for sub-tickets (docs/workflows.md). */
export interface Subprocess {
  workflow: string | null;
  rows: string | null;
  count: number | null;
  values: Record<string, string>;
  continue_on: "all_finished" | "first_rejection";
  when_none: "continue" | "wait";
}

export interface StateDef {
  key: string;
  name: string;
  type: StateType;
  /** A split gateway's join (the state where its branches meet again); null for every other state. */
  join: string | null;
  participant: Participant;
  distribution: Distribution;
  field_permissions: Record<string, FieldPermission>;
  can_withdraw: boolean;
  reuse_last_handler: boolean;
  sla: Sla | null;
  scripts: string[];
  subprocess: Subprocess | null;
  position: Position | null;
}

/** A comparison `field op value`; `value` is a JSON scalar, a flat list of them, or null. */
export type Comparison = {
  field: string;
  op: ConditionOp;
  value: unknown;
};

/** OR across groups, AND within a group. */
export type Condition = {
  groups: Comparison[][];
};

export type ConditionOp =
  | "eq"
  | "ne"
  | "gt"
  | "gte"
  | "lt"
  | "lte"
  | "in"
  | "not_in"
  | "contains"
  | "not_contains"
  | "starts_with"
  | "ends_with"
  | "is_empty"
  | "is_not_empty";

export interface Branch {
  condition: Condition | null;
  expression: string | null;
  target: string;
}

export interface TransitionDef {
  key: string;
  name: string;
  source: string;
  target: string;
  attribute: TransitionAttribute;
  check_required_fields: boolean;
  confirm_text: string;
  kind: TransitionKind;
  timer_seconds: number | null;
  timer_clock?: Clock | null;
  branches: Branch[];
  /** Out of an inclusive split only: the branch starts when this holds (neither given: it always does). */
  condition: Condition | null;
  expression: string | null;
  scripts: string[];
}

export interface Audience {
  everyone: boolean;
  users: string[];
  departments: string[];
  roles: string[];
}

export interface NotificationRule {
  events: WorkflowEvent[];
  channel: string;
  recipients: Recipient[];
  template: string;
  states: string[];
}

export interface Doc {
  serial_prefix: string;
  title_template: string;
  fields: FieldDef[];
  states: StateDef[];
  transitions: TransitionDef[];
  creators: Audience;
  viewers: Audience;
  intervenors: Audience;
  submit_limit: SubmitLimit | null;
  notifications: NotificationRule[];
  webhooks: WebhookSubscription[];
}

/** What the side panel edits. Elements are addressed by key (keys are unique: the UI refuses duplicates). */
export type Selection =
  | { kind: "state"; key: string }
  | { kind: "transition"; key: string }
  | { kind: "field"; key: string }
  | null;

/** One publishing problem, as `POST /validate` reports it (`path` is dotted into the document). */
export interface Problem {
  path: string;
  code: string;
  message: string;
  /** "error" (the default) blocks publishing; a "warning" only informs. */
  severity?: "error" | "warning";
}
