import { useQuery } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { ENTITY_STALE_TIME, queryKeys } from "../../query-keys";

export type Department = TenantSchemas["schemas"]["DepartmentOut"];

/** GET /departments: every department, flat (`parent_id` makes the tree). */
export function useDepartments(enabled = true) {
  return useQuery({
    queryKey: queryKeys.departments.list(),
    queryFn: async () => unwrap(await api.GET("/api/v1/departments")),
    enabled,
    staleTime: ENTITY_STALE_TIME,
  });
}
