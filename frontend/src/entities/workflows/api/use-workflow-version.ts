import { useQuery } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { ENTITY_STALE_TIME, queryKeys } from "../../query-keys";

export type Version = TenantSchemas["schemas"]["VersionOut"];

/**
 * GET /workflows/{id}/versions/{number}: one version with its document. Asked once both are known
 * (and `enabled`: reading a version is for the workflow's managers).
 */
export function useWorkflowVersion(id: number | undefined, number: number | null | undefined, enabled = true) {
  return useQuery({
    queryKey: queryKeys.workflows.version(id ?? 0, number ?? 0),
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/workflows/{workflow_id}/versions/{number}", {
          params: { path: { workflow_id: id ?? 0, number: number ?? 0 } },
        }),
      ),
    enabled: enabled && id !== undefined && typeof number === "number",
    staleTime: ENTITY_STALE_TIME,
  });
}
