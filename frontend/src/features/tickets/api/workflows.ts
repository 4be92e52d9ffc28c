import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { lookupsKey } from "./keys";

export const workflowsKey = [...lookupsKey, "workflows"] as const;

/** The workflows I can see (tenant admins: all; others: those they may start or view). */
export function useWorkflows() {
  return useQuery({
    queryKey: workflowsKey,
    queryFn: async () => unwrap(await api.GET("/api/v1/workflows")),
    staleTime: 60_000,
  });
}
