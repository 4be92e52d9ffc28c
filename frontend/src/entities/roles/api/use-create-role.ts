import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { useEntityMutation } from "../../use-entity-mutation";
import { queryKeys } from "../../query-keys";

export type RoleCreate = TenantSchemas["schemas"]["RoleCreateIn"];

/** POST /roles. */
export function useCreateRole() {
  return useEntityMutation(async (body: RoleCreate) => unwrap(await api.POST("/api/v1/roles", { body })), [queryKeys.roles.all]);
}
