import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { queryKeys } from "../../query-keys";

/** DELETE /workflows/{id}. */
export function useDeleteWorkflow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.DELETE("/api/v1/workflows/{workflow_id}", { params: { path: { workflow_id: id } } })),
    onSuccess: (_data, id) => {
      client.removeQueries({ queryKey: queryKeys.workflows.detail(id) });
      return client.invalidateQueries({ queryKey: queryKeys.workflows.all });
    },
  });
}
