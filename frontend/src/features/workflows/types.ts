import type { TenantSchemas } from "@/lib/api-client";

export type { Version, VersionSummary, Workflow, WorkflowCreate, WorkflowPatch } from "@/entities/workflows";

type S = TenantSchemas["schemas"];
export type CloneRequest = S["CloneIn"];
export type WorkflowDocument = S["WorkflowDocument"];
export type StateDef = S["StateDef"];
export type TransitionDef = S["TransitionDef"];
export type Diff = S["DiffOut"];
export type Change = S["ChangeOut"];

export type ExportFormat = "json" | "yaml";
