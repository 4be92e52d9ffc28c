import { useQueries } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { ENTITY_STALE_TIME, queryKeys } from "../../query-keys";

/** GET /users/{id} for each id (labels of picked users that a search does not list), one cached request each. */
export function useUsersByIds(ids: number[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: queryKeys.users.detail(id),
      queryFn: async () => unwrap(await api.GET("/api/v1/users/{user_id}", { params: { path: { user_id: id } } })),
      staleTime: ENTITY_STALE_TIME,
    })),
  });
}
