import { useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/entities/query-keys";
import { api, unwrap } from "@/lib/api-client";

/** What changed from one version to another. */
export function useDiff(id: number, from: number | undefined, to: number | undefined) {
  return useQuery({
    queryKey: queryKeys.workflows.diff(id, from ?? 0, to ?? 0),
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/workflows/{workflow_id}/diff", {
          params: { path: { workflow_id: id }, query: { from: from ?? 0, to: to ?? 0 } },
        }),
      ),
    enabled: from !== undefined && to !== undefined && from !== to,
  });
}
