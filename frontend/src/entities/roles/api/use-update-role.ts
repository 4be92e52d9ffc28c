import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { useEntityMutation } from "../../use-entity-mutation";
import { queryKeys } from "../../query-keys";

export type RolePatch = TenantSchemas["schemas"]["RolePatchIn"];

/** PATCH /roles/{id}. */
export function useUpdateRole() {
  return useEntityMutation(
    async ({ id, body }: { id: number; body: RolePatch }) =>
      unwrap(await api.PATCH("/api/v1/roles/{role_id}", { params: { path: { role_id: id } }, body })),
    [queryKeys.roles.all],
  );
}
