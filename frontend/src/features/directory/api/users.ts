import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { type UserListParams, directoryKeys } from "./keys";

export type User = TenantSchemas["schemas"]["UserOut"];
export type UserCreate = TenantSchemas["schemas"]["UserCreateIn"];
export type UserPatch = TenantSchemas["schemas"]["UserPatchIn"];

/** One page of users matching the filters (the server searches username, name and email). */
export function useUsers(params: UserListParams, enabled = true) {
  return useQuery({
    queryKey: directoryKeys.userList(params),
    queryFn: async () => unwrap(await api.GET("/api/v1/users", { params: { query: params } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Users by id (for the labels of picked users that the current search does not list). */
export function useUsersByIds(ids: number[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: directoryKeys.user(id),
      queryFn: async () => unwrap(await api.GET("/api/v1/users/{user_id}", { params: { path: { user_id: id } } })),
      staleTime: 60_000,
    })),
  });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: UserCreate) => unwrap(await api.POST("/api/v1/users", { body })),
    // Member counts of departments and roles change with the user.
    onSuccess: () => client.invalidateQueries({ queryKey: directoryKeys.all }),
  });
}

export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: UserPatch }) =>
      unwrap(await api.PATCH("/api/v1/users/{user_id}", { params: { path: { user_id: id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: directoryKeys.all }),
  });
}

/** DELETE deactivates: people stay on the tickets they touched. */
export function useDeactivateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.DELETE("/api/v1/users/{user_id}", { params: { path: { user_id: id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: directoryKeys.all }),
  });
}
