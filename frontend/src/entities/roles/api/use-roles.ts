import { useQuery } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { ENTITY_STALE_TIME, queryKeys } from "../../query-keys";

export type Role = TenantSchemas["schemas"]["RoleOut"];

/** GET /roles: every role, with its member count. */
export function useRoles() {
  return useQuery({
    queryKey: queryKeys.roles.list(),
    queryFn: async () => unwrap(await api.GET("/api/v1/roles")),
    staleTime: ENTITY_STALE_TIME,
  });
}
