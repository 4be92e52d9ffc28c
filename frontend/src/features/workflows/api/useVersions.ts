import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { workflowKeys } from "./keys";

/** The version history, newest first (the draft included). */
export function useVersions(id: number, enabled = true) {
  return useQuery({
    queryKey: workflowKeys.versions(id),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/workflows/{workflow_id}/versions", { params: { path: { workflow_id: id } } })),
    enabled,
  });
}
