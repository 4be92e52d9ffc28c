import { api, unwrap } from "@/lib/api-client";
import { useEntityMutation } from "../../use-entity-mutation";
import { queryKeys } from "../../query-keys";

/** DELETE /departments/{id}; its members lose the membership too. */
export function useDeleteDepartment() {
  return useEntityMutation(
    async (id: number) =>
      unwrap(await api.DELETE("/api/v1/departments/{department_id}", { params: { path: { department_id: id } } })),
    [queryKeys.departments.all, queryKeys.users.all],
  );
}
