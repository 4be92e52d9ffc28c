import { useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/entities/query-keys";
import { api, unwrap } from "@/lib/api-client";

/** The workflow's draft (document and ETag). Never served from an old cache: the designer edits what it loads. */
export function useDraft(workflowId: number, enabled = true) {
  return useQuery({
    queryKey: queryKeys.workflows.draft(workflowId),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/workflows/{workflow_id}/draft", { params: { path: { workflow_id: workflowId } } })),
    enabled,
    gcTime: 0,
    staleTime: Infinity,
  });
}
