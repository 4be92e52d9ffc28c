import { api, unwrap } from "@/lib/api-client";
import { useEntityMutation } from "../../use-entity-mutation";
import { queryKeys } from "../../query-keys";

/** DELETE /roles/{id}; its members lose the role too. */
export function useDeleteRole() {
  return useEntityMutation(
    async (id: number) => unwrap(await api.DELETE("/api/v1/roles/{role_id}", { params: { path: { role_id: id } } })),
    [queryKeys.roles.all, queryKeys.users.all],
  );
}
