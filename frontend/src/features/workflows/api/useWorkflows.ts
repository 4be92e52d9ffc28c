import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { workflowKeys } from "./keys";

/** The workflows, filtered by a search text (name, key). */
export function useWorkflows(q = "") {
  return useQuery({
    queryKey: workflowKeys.list(q),
    queryFn: async () => unwrap(await api.GET("/api/v1/workflows", { params: { query: { q: q || undefined } } })),
    placeholderData: keepPreviousData,
  });
}
