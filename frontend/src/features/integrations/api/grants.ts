import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { integrationKeys } from "./keys";

/** The workflows (by key, or "*" for all) an app may act for users on (`X-Acting-User`). */
export function useAppGrants(appId: number | undefined) {
  return useQuery({
    queryKey: integrationKeys.grants(appId ?? 0),
    queryFn: async () => unwrap(await api.GET("/api/v1/apps/{app_id}/grants", { params: { path: { app_id: appId ?? 0 } } })),
    enabled: appId !== undefined,
  });
}

export function useSetAppGrants() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ appId, workflowKeys }: { appId: number; workflowKeys: string[] }) =>
      unwrap(
        await api.PUT("/api/v1/apps/{app_id}/grants", {
          params: { path: { app_id: appId } },
          body: { grants: workflowKeys.map((workflow_key) => ({ workflow_key })) },
        }),
      ),
    onSuccess: (_, { appId }) => client.invalidateQueries({ queryKey: integrationKeys.grants(appId) }),
  });
}
