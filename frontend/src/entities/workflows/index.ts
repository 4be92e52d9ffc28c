// The workflows entity: GET/POST /workflows, GET/PATCH/DELETE /workflows/{id}, its versions. Their
// other sub-resources (draft, publish, diff, export, statistics, init, ...) belong to the one feature
// using each, keyed through queryKeys.workflows.
export { type Workflow, useWorkflows } from "./api/use-workflows";
export { useWorkflow } from "./api/use-workflow";
export { type VersionSummary, useWorkflowVersions } from "./api/use-workflow-versions";
export { type Version, useWorkflowVersion } from "./api/use-workflow-version";
export { type WorkflowCreate, useCreateWorkflow } from "./api/use-create-workflow";
export { type WorkflowPatch, useUpdateWorkflow } from "./api/use-update-workflow";
export { useDeleteWorkflow } from "./api/use-delete-workflow";
