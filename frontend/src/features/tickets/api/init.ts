import { useQueries, useQuery } from "@tanstack/react-query";
import { ENTITY_STALE_TIME, queryKeys } from "@/entities/query-keys";
import { api, unwrap } from "@/lib/api-client";

const fetchInit = async (workflowId: number) =>
  unwrap(await api.GET("/api/v1/workflows/{workflow_id}/init", { params: { path: { workflow_id: workflowId } } }));

/** What a creator fills in: the start state, its fields with permissions, the creator's transitions. */
export function useWorkflowInit(workflowId: number | undefined) {
  return useQuery({
    queryKey: queryKeys.workflows.init(workflowId ?? 0),
    queryFn: () => fetchInit(workflowId as number),
    enabled: workflowId !== undefined && Number.isFinite(workflowId),
    staleTime: ENTITY_STALE_TIME,
  });
}

/** `init` of several workflows at once (the new-ticket page keeps those I may start). */
export function useWorkflowInits(workflowIds: number[]) {
  return useQueries({
    queries: workflowIds.map((workflowId) => ({
      queryKey: queryKeys.workflows.init(workflowId),
      queryFn: () => fetchInit(workflowId),
      staleTime: ENTITY_STALE_TIME,
    })),
  });
}
