import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { queryKeys } from "../../query-keys";

export type WorkflowPatch = TenantSchemas["schemas"]["WorkflowPatchIn"];

/** PATCH /workflows/{id}: its name, description, category or admins. */
export function useUpdateWorkflow(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: WorkflowPatch) =>
      unwrap(await api.PATCH("/api/v1/workflows/{workflow_id}", { params: { path: { workflow_id: id } }, body })),
    onSuccess: (workflow) => {
      client.setQueryData(queryKeys.workflows.detail(id), workflow);
      return client.invalidateQueries({ queryKey: queryKeys.workflows.all });
    },
  });
}
