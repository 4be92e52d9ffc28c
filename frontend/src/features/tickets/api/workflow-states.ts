import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { lookupsKey } from "./keys";

/** The states of a workflow's current version, for the list's state filter. Reading a version is for
 *  the workflow's managers, so this only runs for them (`enabled`). */
export function useWorkflowStates(workflowId: number | undefined, version: number | null | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...lookupsKey, "workflow-states", workflowId, version] as const,
    queryFn: async () => {
      const out = unwrap(
        await api.GET("/api/v1/workflows/{workflow_id}/versions/{number}", {
          params: { path: { workflow_id: workflowId as number, number: version as number } },
        }),
      );
      return (out.document.states ?? []).map((state) => ({ key: state.key, name: state.name }));
    },
    enabled: enabled && workflowId !== undefined && typeof version === "number",
    staleTime: 5 * 60_000,
  });
}
