import { useQuery } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { ENTITY_STALE_TIME, queryKeys } from "../../query-keys";

export type VersionSummary = TenantSchemas["schemas"]["VersionSummaryOut"];

/** GET /workflows/{id}/versions: the version history, newest first (the draft included). */
export function useWorkflowVersions(id: number, enabled = true) {
  return useQuery({
    queryKey: queryKeys.workflows.versions(id),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/workflows/{workflow_id}/versions", { params: { path: { workflow_id: id } } })),
    enabled,
    staleTime: ENTITY_STALE_TIME,
  });
}
