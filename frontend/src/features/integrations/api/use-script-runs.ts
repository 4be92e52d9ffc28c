import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/entities/query-keys";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";

export type ScriptRun = TenantSchemas["schemas"]["ScriptRunOut"];

/** A page of a script's runs, newest first. */
export function useScriptRuns(id: number, cursor: string | null, limit: number) {
  return useQuery({
    queryKey: queryKeys.scripts.runs(id, cursor),
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/scripts/{script_id}/runs", { params: { path: { script_id: id }, query: { cursor, limit } } }),
      ),
    placeholderData: keepPreviousData,
  });
}
