import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { ENTITY_STALE_TIME, type WorkflowListParams, queryKeys } from "../../query-keys";

export type Workflow = TenantSchemas["schemas"]["WorkflowOut"];

/** GET /workflows: those I can see (tenant admins: all), filtered by a search text (name, key). */
export function useWorkflows(params: WorkflowListParams = {}) {
  return useQuery({
    queryKey: queryKeys.workflows.list(params),
    queryFn: async () => unwrap(await api.GET("/api/v1/workflows", { params: { query: params } })),
    placeholderData: keepPreviousData,
    staleTime: ENTITY_STALE_TIME,
  });
}
