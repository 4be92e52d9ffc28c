import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { workflowKeys } from "./keys";

export function useWorkflow(id: number) {
  return useQuery({
    queryKey: workflowKeys.detail(id),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/workflows/{workflow_id}", { params: { path: { workflow_id: id } } })),
    enabled: Number.isInteger(id) && id > 0,
  });
}
