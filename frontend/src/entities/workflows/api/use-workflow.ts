import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { ENTITY_STALE_TIME, queryKeys } from "../../query-keys";

/** GET /workflows/{id} (asked only for a positive whole id). */
export function useWorkflow(id: number, enabled = true) {
  return useQuery({
    queryKey: queryKeys.workflows.detail(id),
    queryFn: async () => unwrap(await api.GET("/api/v1/workflows/{workflow_id}", { params: { path: { workflow_id: id } } })),
    enabled: enabled && Number.isInteger(id) && id > 0,
    staleTime: ENTITY_STALE_TIME,
  });
}
