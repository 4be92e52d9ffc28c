import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import type { CloneRequest } from "../types";
import { workflowKeys } from "./keys";

/** Copy a workflow (its draft, or one version) under a new key. */
export function useCloneWorkflow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...body }: CloneRequest & { id: number }) =>
      unwrap(await api.POST("/api/v1/workflows/{workflow_id}/clone", { params: { path: { workflow_id: id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: workflowKeys.all }),
  });
}
