import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { designerKeys } from "./keys";

/** Active users matching `search` (username, name or email), first 20. */
export function useUserSearch(search: string, enabled = true) {
  return useQuery({
    queryKey: designerKeys.users(search),
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/users", {
          params: { query: { q: search || undefined, limit: 20, is_active: true } },
        }),
      ).items,
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
