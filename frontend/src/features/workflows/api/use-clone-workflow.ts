import { queryKeys } from "@/entities/query-keys";
import { useEntityMutation } from "@/entities/use-entity-mutation";
import { api, unwrap } from "@/lib/api-client";
import type { CloneRequest } from "../types";

/** Copy a workflow (its draft, or one version) under a new key. */
export function useCloneWorkflow() {
  return useEntityMutation(
    async ({ id, ...body }: CloneRequest & { id: number }) =>
      unwrap(await api.POST("/api/v1/workflows/{workflow_id}/clone", { params: { path: { workflow_id: id } }, body })),
    [queryKeys.workflows.all],
  );
}
