import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { insightKeys } from "./keys";

/** A published version's document: the statistics name states by key, people know them by name. */
export function useVersionDocument(id: number | undefined, version: number | null | undefined) {
  return useQuery({
    queryKey: insightKeys.document(id ?? 0, version ?? 0),
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/workflows/{workflow_id}/versions/{number}", {
          params: { path: { workflow_id: id ?? 0, number: version ?? 0 } },
        }),
      ).document,
    enabled: id !== undefined && Boolean(version),
    staleTime: Infinity, // a published version never changes
  });
}
