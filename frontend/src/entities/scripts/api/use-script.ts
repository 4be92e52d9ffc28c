import { useQuery } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { ENTITY_STALE_TIME, queryKeys } from "../../query-keys";

export type Script = TenantSchemas["schemas"]["ScriptOut"];

/** GET /scripts/{id}: one script with its source. */
export function useScript(id: number | undefined) {
  return useQuery({
    queryKey: queryKeys.scripts.detail(id ?? 0),
    queryFn: async () => unwrap(await api.GET("/api/v1/scripts/{script_id}", { params: { path: { script_id: id ?? 0 } } })),
    enabled: id !== undefined,
    staleTime: ENTITY_STALE_TIME,
  });
}
