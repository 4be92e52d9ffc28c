import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { integrationKeys } from "./keys";

/** The tenant's workflows (to pick one for grants and webhooks). */
export function useWorkflowOptions() {
  return useQuery({
    queryKey: integrationKeys.workflows(),
    queryFn: async () => unwrap(await api.GET("/api/v1/workflows")),
    staleTime: 60_000,
  });
}
