import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { useEntityMutation } from "../../use-entity-mutation";
import { queryKeys } from "../../query-keys";

export type DepartmentCreate = TenantSchemas["schemas"]["DepartmentCreateIn"];

/** POST /departments. */
export function useCreateDepartment() {
  return useEntityMutation(
    async (body: DepartmentCreate) => unwrap(await api.POST("/api/v1/departments", { body })),
    [queryKeys.departments.all],
  );
}
