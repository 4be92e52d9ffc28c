import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { workflowKeys } from "./keys";

/** One version with its document. */
export function useVersion(id: number, number: number | undefined) {
  return useQuery({
    queryKey: workflowKeys.version(id, number ?? 0),
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/workflows/{workflow_id}/versions/{number}", {
          params: { path: { workflow_id: id, number: number ?? 0 } },
        }),
      ),
    enabled: number !== undefined,
  });
}
