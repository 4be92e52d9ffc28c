import { queryKeys } from "@/entities/query-keys";
import { useEntityMutation } from "@/entities/use-entity-mutation";
import { api, unwrap } from "@/lib/api-client";

/** Retire a published version: no new tickets start in it. */
export function useArchiveVersion(id: number) {
  return useEntityMutation(
    async (number: number) =>
      unwrap(
        await api.POST("/api/v1/workflows/{workflow_id}/versions/{number}/archive", {
          params: { path: { workflow_id: id, number } },
        }),
      ),
    // The workflow's current version may be gone too: refresh the detail and the lists.
    [queryKeys.workflows.all],
  );
}
