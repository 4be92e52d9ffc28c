import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { useEntityMutation } from "../../use-entity-mutation";
import { queryKeys } from "../../query-keys";

export type WorkflowCreate = TenantSchemas["schemas"]["WorkflowCreateIn"];

/** POST /workflows (with its starter draft). */
export function useCreateWorkflow() {
  return useEntityMutation(
    async (body: WorkflowCreate) => unwrap(await api.POST("/api/v1/workflows", { body })),
    [queryKeys.workflows.all],
  );
}
