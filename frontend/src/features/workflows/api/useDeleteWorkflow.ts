import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { workflowKeys } from "./keys";

export function useDeleteWorkflow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.DELETE("/api/v1/workflows/{workflow_id}", { params: { path: { workflow_id: id } } })),
    onSuccess: (_data, id) => {
      client.removeQueries({ queryKey: workflowKeys.detail(id) });
      return client.invalidateQueries({ queryKey: workflowKeys.all });
    },
  });
}
