import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { designerKeys } from "./keys";

/** The workflow being designed (its name for the title). */
export function useWorkflow(workflowId: number, enabled = true) {
  return useQuery({
    queryKey: designerKeys.workflow(workflowId),
    queryFn: async () => unwrap(await api.GET("/api/v1/workflows/{workflow_id}", { params: { path: { workflow_id: workflowId } } })),
    enabled,
  });
}
