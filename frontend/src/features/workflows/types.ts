import type { TenantSchemas } from "@/lib/api-client";

type S = TenantSchemas["schemas"];
export type Workflow = S["WorkflowOut"];
export type WorkflowCreate = S["WorkflowCreateIn"];
export type WorkflowPatch = S["WorkflowPatchIn"];
export type CloneRequest = S["CloneIn"];
export type VersionSummary = S["VersionSummaryOut"];
export type Version = S["VersionOut"];
export type WorkflowDocument = S["WorkflowDocument"];
export type StateDef = S["StateDef"];
export type TransitionDef = S["TransitionDef"];
export type Diff = S["DiffOut"];
export type Change = S["ChangeOut"];
export type User = S["UserOut"];
export type ExportFormat = "json" | "yaml";
