import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { lookupsKey } from "./keys";

/** Every department (flat; `parent_id` makes the tree). */
export function useDepartments(enabled = true) {
  return useQuery({
    queryKey: [...lookupsKey, "departments"] as const,
    queryFn: async () => unwrap(await api.GET("/api/v1/departments")),
    enabled,
    staleTime: 5 * 60_000,
  });
}
