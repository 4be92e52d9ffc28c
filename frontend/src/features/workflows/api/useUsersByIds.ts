import { useQueries } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { userKeys } from "./keys";

/** The users with these ids (a workflow's admins), one cached request each. */
export function useUsersByIds(ids: number[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: userKeys.one(id),
      queryFn: async () => unwrap(await api.GET("/api/v1/users/{user_id}", { params: { path: { user_id: id } } })),
      staleTime: 5 * 60_000,
    })),
  });
}
