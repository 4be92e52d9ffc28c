import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { lookupsKey } from "./keys";

const searchUsers = async (q: string, limit: number) =>
  unwrap(await api.GET("/api/v1/users", { params: { query: { q: q || undefined, limit, is_active: true } } })).items;

/** People matching a search (name, username or email), for the user pickers. */
export function useUserSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: [...lookupsKey, "users", q] as const,
    queryFn: () => searchUsers(q, 20),
    enabled,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

/** The people behind some usernames (to show display names); unknown ones resolve to undefined. */
export function useUsersByName(usernames: string[]) {
  const results = useQueries({
    queries: usernames.map((username) => ({
      queryKey: [...lookupsKey, "user", username] as const,
      queryFn: async () => (await searchUsers(username, 20)).find((user) => user.username === username) ?? null,
      staleTime: 5 * 60_000,
    })),
  });
  return new Map(usernames.map((username, index) => [username, results[index]?.data ?? undefined]));
}
