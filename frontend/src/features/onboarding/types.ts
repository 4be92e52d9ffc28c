import type { TenantSchemas } from "@/lib/api-client";

type S = TenantSchemas["schemas"];
export type Checklist = S["ChecklistOut"];
export type ChecklistItem = S["ChecklistItemOut"];
export type WorkflowTemplate = S["TemplateOut"];
