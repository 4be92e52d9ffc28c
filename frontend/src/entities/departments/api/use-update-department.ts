import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { useEntityMutation } from "../../use-entity-mutation";
import { queryKeys } from "../../query-keys";

export type DepartmentPatch = TenantSchemas["schemas"]["DepartmentPatchIn"];

/** PATCH /departments/{id}. */
export function useUpdateDepartment() {
  return useEntityMutation(
    async ({ id, body }: { id: number; body: DepartmentPatch }) =>
      unwrap(await api.PATCH("/api/v1/departments/{department_id}", { params: { path: { department_id: id } }, body })),
    [queryKeys.departments.all],
  );
}
