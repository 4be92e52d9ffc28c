import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { insightKeys } from "./keys";

/** The workflows one can pick statistics for. */
export function useWorkflowChoices() {
  return useQuery({
    queryKey: insightKeys.workflows,
    queryFn: async () => unwrap(await api.GET("/api/v1/workflows")),
    staleTime: 60_000,
  });
}
