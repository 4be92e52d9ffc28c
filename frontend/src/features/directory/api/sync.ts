import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { directoryKeys } from "./keys";

export type SyncSummary = TenantSchemas["schemas"]["DirectorySyncOut"];
export type SyncPayload = TenantSchemas["schemas"]["DirectorySyncIn"];

/** What the last directory sync changed, or null when there has been none (204). */
export function useLastSync() {
  return useQuery({
    queryKey: directoryKeys.lastSync(),
    queryFn: async () => unwrap(await api.GET("/api/v1/directory/sync/last")) ?? null,
  });
}

/** Upsert the whole directory from an HR export; a bad payload changes nothing (422 lists why). */
export function useDirectorySync() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: SyncPayload) => unwrap(await api.POST("/api/v1/directory/sync", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: directoryKeys.all }),
  });
}
