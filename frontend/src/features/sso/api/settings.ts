import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { ssoKeys } from "./keys";

export type PasswordPolicy = TenantSchemas["schemas"]["SsoSettingsIn"];

/** Whether local passwords work here, and which admins keep theirs when they do not. */
export function useSsoSettings() {
  return useQuery({
    queryKey: ssoKeys.settings(),
    queryFn: async () => unwrap(await api.GET("/api/v1/sso/settings")),
  });
}

export function useSaveSsoSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: PasswordPolicy) => unwrap(await api.PUT("/api/v1/sso/settings", { body })),
    onSuccess: (data) => client.setQueryData(ssoKeys.settings(), data),
  });
}
