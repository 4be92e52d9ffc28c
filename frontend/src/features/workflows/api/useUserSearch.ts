import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { userKeys } from "./keys";

/** Active users matching a search text (for picking a workflow's admins). */
export function useUserSearch(q: string) {
  return useQuery({
    queryKey: userKeys.search(q),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/users", { params: { query: { q: q || undefined, is_active: true, limit: 20 } } })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
