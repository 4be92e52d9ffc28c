// The enumerations of the workflow schema (backend/engine/workflows/definitions/schema.py), in display order.
import type {
  ConditionOp,
  CountersignMode,
  DepartmentScope,
  DistributionKind,
  FieldPermission,
  FieldType,
  ParticipantKind,
  Recipient,
  SlaAction,
  StateType,
  TransitionAttribute,
  TransitionKind,
  Variable,
  WorkflowEvent,
} from "./types";

export const KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
export const SERIAL_PREFIX_PATTERN = /^[A-Z][A-Z0-9]{0,9}$/;
export const URL_PATTERN = /^https?:\/\//;

export const FIELD_TYPES: FieldType[] = [
  "string",
  "text",
  "rich_text",
  "int",
  "decimal",
  "bool",
  "date",
  "datetime",
  "time",
  "radio",
  "checkbox",
  "select",
  "multi_select",
  "user",
  "users",
  "department",
  "attachment",
  "table",
];
export const CHOICE_TYPES = new Set<FieldType>(["radio", "checkbox", "select", "multi_select"]);
export const MULTI_CHOICE_TYPES = new Set<FieldType>(["checkbox", "multi_select"]);
export const NUMBER_TYPES = new Set<FieldType>(["int", "decimal"]);
export const TEXT_TYPES = new Set<FieldType>(["string", "text", "rich_text"]);
export const DATE_TYPES = new Set<FieldType>(["date", "datetime", "time"]);
export const MULTI_VALUED_TYPES = new Set<FieldType>(["checkbox", "multi_select", "users", "attachment", "table"]);
/** Field types a `field` participant reads its handlers from. */
export const PARTICIPANT_FIELD_TYPES = new Set<FieldType>(["user", "users", "department"]);

export const STATE_TYPES: StateType[] = ["start", "normal", "end"];
export const FIELD_PERMISSIONS: FieldPermission[] = ["hidden", "read_only", "optional", "required"];
export const PARTICIPANT_KINDS: ParticipantKind[] = [
  "none",
  "users",
  "departments",
  "roles",
  "variable",
  "field",
  "parent_field",
  "hook",
  "script",
];
export const DEPARTMENT_SCOPES: DepartmentScope[] = ["members", "leader", "approver"];
export const VARIABLES: Variable[] = ["creator", "creator_department_leader", "creator_department_approver"];
export const DISTRIBUTION_KINDS: DistributionKind[] = ["any", "claim", "direct", "random", "countersign"];
export const COUNTERSIGN_MODES: CountersignMode[] = ["all", "count", "percent"];
export const SLA_ACTIONS: SlaAction[] = ["remind", "escalate", "auto_transition"];
export const TRANSITION_ATTRIBUTES: TransitionAttribute[] = ["agree", "reject", "other"];
export const TRANSITION_KINDS: TransitionKind[] = ["manual", "timer", "hook", "subtickets"];
export const WORKFLOW_EVENTS: WorkflowEvent[] = [
  "created",
  "state_entered",
  "transition",
  "finished",
  "closed",
  "withdrawn",
  "sla_breached",
  "sla_warning",
];
export const RECIPIENTS: Recipient[] = ["handlers", "creator", "participants"];

export const CONDITION_OPS: ConditionOp[] = [
  "eq",
  "ne",
  "gt",
  "gte",
  "lt",
  "lte",
  "in",
  "not_in",
  "contains",
  "not_contains",
  "starts_with",
  "ends_with",
  "is_empty",
  "is_not_empty",
];
