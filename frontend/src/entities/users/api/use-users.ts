import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { ENTITY_STALE_TIME, type UserListParams, queryKeys } from "../../query-keys";

export type User = TenantSchemas["schemas"]["UserOut"];

const fetchUsers = async (params: UserListParams) => unwrap(await api.GET("/api/v1/users", { params: { query: params } }));

/** GET /users: one page of users matching the filters (the server searches username, name and email). */
export function useUsers(params: UserListParams, enabled = true) {
  return useQuery({
    queryKey: queryKeys.users.list(params),
    queryFn: () => fetchUsers(params),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: ENTITY_STALE_TIME,
  });
}

/** Active users by exact username, through the same search (null when there is none); a map by username. */
export function useUsersByName(usernames: string[]): Map<string, User | undefined> {
  const results = useQueries({
    queries: usernames.map((username) => ({
      queryKey: queryKeys.users.byName(username),
      queryFn: async () =>
        (await fetchUsers({ q: username, limit: 20, is_active: true })).items.find((user) => user.username === username) ?? null,
      staleTime: ENTITY_STALE_TIME,
    })),
  });
  return new Map(usernames.map((username, index) => [username, results[index]?.data ?? undefined]));
}
