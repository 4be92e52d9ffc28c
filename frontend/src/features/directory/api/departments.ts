import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { directoryKeys } from "./keys";

export type Department = TenantSchemas["schemas"]["DepartmentOut"];
export type DepartmentCreate = TenantSchemas["schemas"]["DepartmentCreateIn"];
export type DepartmentPatch = TenantSchemas["schemas"]["DepartmentPatchIn"];

/** Every department, flat (the tree is built from `parent_id`). */
export function useDepartments() {
  return useQuery({
    queryKey: directoryKeys.departments(),
    queryFn: async () => unwrap(await api.GET("/api/v1/departments")),
  });
}

export function useCreateDepartment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: DepartmentCreate) => unwrap(await api.POST("/api/v1/departments", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: directoryKeys.departments() }),
  });
}

export function useUpdateDepartment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: DepartmentPatch }) =>
      unwrap(
        await api.PATCH("/api/v1/departments/{department_id}", { params: { path: { department_id: id } }, body }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: directoryKeys.departments() }),
  });
}

export function useDeleteDepartment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.DELETE("/api/v1/departments/{department_id}", { params: { path: { department_id: id } } })),
    // Users lose the membership too.
    onSuccess: () => client.invalidateQueries({ queryKey: directoryKeys.all }),
  });
}
