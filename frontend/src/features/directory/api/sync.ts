import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/entities/query-keys";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";

export type SyncSummary = TenantSchemas["schemas"]["DirectorySyncOut"];
export type SyncPayload = TenantSchemas["schemas"]["DirectorySyncIn"];

const lastSyncKey = ["directory", "sync", "last"] as const;

/** What the last directory sync changed, or null when there has been none (204). */
export function useLastSync() {
  return useQuery({
    queryKey: lastSyncKey,
    queryFn: async () => unwrap(await api.GET("/api/v1/directory/sync/last")) ?? null,
  });
}

/** Upsert the whole directory from an HR export; a bad payload changes nothing (422 lists why). */
export function useDirectorySync() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: SyncPayload) => unwrap(await api.POST("/api/v1/directory/sync", { body })),
    onSuccess: () =>
      Promise.all(
        [lastSyncKey, queryKeys.users.all, queryKeys.departments.all, queryKeys.roles.all].map((queryKey) =>
          client.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
