import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { directoryKeys } from "./keys";

export type Role = TenantSchemas["schemas"]["RoleOut"];
export type RoleCreate = TenantSchemas["schemas"]["RoleCreateIn"];
export type RolePatch = TenantSchemas["schemas"]["RolePatchIn"];

export function useRoles() {
  return useQuery({
    queryKey: directoryKeys.roles(),
    queryFn: async () => unwrap(await api.GET("/api/v1/roles")),
  });
}

export function useCreateRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: RoleCreate) => unwrap(await api.POST("/api/v1/roles", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: directoryKeys.roles() }),
  });
}

export function useUpdateRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: RolePatch }) =>
      unwrap(await api.PATCH("/api/v1/roles/{role_id}", { params: { path: { role_id: id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: directoryKeys.roles() }),
  });
}

export function useDeleteRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.DELETE("/api/v1/roles/{role_id}", { params: { path: { role_id: id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: directoryKeys.all }),
  });
}

/**
 * Add a person to a role or take them out of it. Membership lives on the user (`role_ids`), so
 * this reads the user's current roles first and writes them back changed.
 */
export function useChangeRoleMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ roleId, userId, member }: { roleId: number; userId: number; member: boolean }) => {
      const user = unwrap(await api.GET("/api/v1/users/{user_id}", { params: { path: { user_id: userId } } }));
      const others = user.role_ids.filter((id) => id !== roleId);
      const role_ids = member ? [...others, roleId] : others;
      return unwrap(await api.PATCH("/api/v1/users/{user_id}", { params: { path: { user_id: userId } }, body: { role_ids } }));
    },
    onSuccess: () => client.invalidateQueries({ queryKey: directoryKeys.all }),
  });
}
