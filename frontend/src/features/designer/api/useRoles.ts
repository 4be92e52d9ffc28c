import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { designerKeys } from "./keys";

export function useRoles() {
  return useQuery({
    queryKey: designerKeys.roles,
    queryFn: async () => unwrap(await api.GET("/api/v1/roles")),
    staleTime: 60_000,
  });
}
