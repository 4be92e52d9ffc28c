import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { integrationKeys } from "./keys";

export type Token = TenantSchemas["schemas"]["TokenOut"];

/** An app's tokens: prefixes and dates only, never the tokens themselves. */
export function useAppTokens(appId: number) {
  return useQuery({
    queryKey: integrationKeys.tokens(appId),
    queryFn: async () => unwrap(await api.GET("/api/v1/apps/{app_id}/tokens", { params: { path: { app_id: appId } } })),
  });
}

/** Issue a token; the answer carries it in full, once. */
export function useIssueToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ appId, name, expiresInDays }: { appId: number; name: string; expiresInDays: number | null }) =>
      unwrap(
        await api.POST("/api/v1/apps/{app_id}/tokens", {
          params: { path: { app_id: appId } },
          body: { name, expires_in_days: expiresInDays },
        }),
      ),
    onSuccess: (_, { appId }) => client.invalidateQueries({ queryKey: integrationKeys.tokens(appId) }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ appId, tokenId }: { appId: number; tokenId: number }) =>
      unwrap(
        await api.DELETE("/api/v1/apps/{app_id}/tokens/{token_id}", { params: { path: { app_id: appId, token_id: tokenId } } }),
      ),
    onSuccess: (_, { appId }) => client.invalidateQueries({ queryKey: integrationKeys.tokens(appId) }),
  });
}
