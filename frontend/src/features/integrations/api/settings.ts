import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { integrationKeys } from "./keys";

/** The outbound allow-list: private networks and hosts that webhooks, hooks and robots may reach. */
export function useIntegrationSettings() {
  return useQuery({
    queryKey: integrationKeys.settings(),
    queryFn: async () => unwrap(await api.GET("/api/v1/integrations/settings")),
  });
}

export function useUpdateIntegrationSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (allowList: string[]) =>
      unwrap(await api.PUT("/api/v1/integrations/settings", { body: { allow_list: allowList } })),
    onSuccess: (data) => client.setQueryData(integrationKeys.settings(), data),
  });
}

/** Replace the tenant's signing secret (workflow-document webhooks, hook calls); shown once. */
export function useRotateTenantSecret() {
  return useMutation({
    mutationFn: async () => unwrap(await api.POST("/api/v1/integrations/settings/rotate-secret")),
  });
}
