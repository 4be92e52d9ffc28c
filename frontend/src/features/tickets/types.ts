// Shapes the tickets feature works with, named once (from the generated API types).
import type { TenantSchemas } from "@/lib/api-client";

type Schemas = TenantSchemas["schemas"];

export type FieldType = Schemas["FieldType"];
export type FieldDef = Schemas["FieldDef"];
export type Choice = Schemas["Choice"];
export type FieldValidation = Schemas["FieldValidation"];
export type TicketSummary = Schemas["TicketSummaryOut"];
export type TicketDetail = Schemas["TicketDetailOut"];
export type FieldValue = Schemas["FieldValueOut"];
export type TicketAction = Schemas["ActionOut"];
export type FlowLogEntry = Schemas["FlowLogOut"];
export type FieldChange = Schemas["FieldChangeOut"];
export type WorkflowInit = Schemas["InitOut"];
export type InitTransition = Schemas["InitTransitionOut"];
export type Steps = Schemas["StepsOut"];

/** A field as the widgets need it: a workflow's FieldDef, or one pieced together from a ticket's value
 *  (key, label, type) when the definition is not available to the caller. */
export type FieldSpec = {
  key: string;
  label: string;
  type: FieldType;
  required?: boolean;
  choices?: Choice[];
  columns?: FieldSpec[];
  default?: unknown;
  help_text?: string;
  placeholder?: string;
  order?: number;
  validation?: FieldValidation | null;
};

/** The permission a state gives on a field. */
export type Permission = "hidden" | "read_only" | "optional" | "required";

/** An attachment field's value item. */
export type AttachmentValue = { name: string; url: string; size: number; content_type: string };

export const TICKET_VIEWS = ["todo", "created", "handled", "related", "all"] as const;
export type TicketView = (typeof TICKET_VIEWS)[number];

export const TICKET_STATUSES = ["draft", "in_progress", "returned", "withdrawn", "finished", "closed"] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export type MyStep = Schemas["MyStepOut"];
export type QuickTransition = Schemas["QuickTransitionOut"];
export type BulkHandleInput = Schemas["BulkHandleIn"];
export type BulkResult = Schemas["BulkResultOut"];
