import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import type { WorkflowPatch } from "../types";
import { workflowKeys } from "./keys";

/** Change a workflow's name, description, category or admins. */
export function useUpdateWorkflow(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: WorkflowPatch) =>
      unwrap(await api.PATCH("/api/v1/workflows/{workflow_id}", { params: { path: { workflow_id: id } }, body })),
    onSuccess: (workflow) => {
      client.setQueryData(workflowKeys.detail(id), workflow);
      return client.invalidateQueries({ queryKey: workflowKeys.all });
    },
  });
}
