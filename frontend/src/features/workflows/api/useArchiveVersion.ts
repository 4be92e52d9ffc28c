import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { workflowKeys } from "./keys";

/** Retire a published version: no new tickets start in it. */
export function useArchiveVersion(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (number: number) =>
      unwrap(
        await api.POST("/api/v1/workflows/{workflow_id}/versions/{number}/archive", {
          params: { path: { workflow_id: id, number } },
        }),
      ),
    // The workflow's current version may be gone too: refresh the detail and the list.
    onSuccess: () => client.invalidateQueries({ queryKey: workflowKeys.all }),
  });
}
