import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { designerKeys } from "./keys";

/** The tenant's scripts (states and transitions name them by code). */
export function useScripts() {
  return useQuery({
    queryKey: designerKeys.scripts,
    queryFn: async () => unwrap(await api.GET("/api/v1/scripts")),
    staleTime: 60_000,
  });
}
