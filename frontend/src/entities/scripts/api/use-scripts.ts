import { useQuery } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { ENTITY_STALE_TIME, queryKeys } from "../../query-keys";

export type ScriptSummary = TenantSchemas["schemas"]["ScriptSummaryOut"];

/** GET /scripts: the scripts, without their source (states and transitions name them by code). */
export function useScripts() {
  return useQuery({
    queryKey: queryKeys.scripts.list(),
    queryFn: async () => unwrap(await api.GET("/api/v1/scripts")),
    staleTime: ENTITY_STALE_TIME,
  });
}
