import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { feedKeys } from "./keys";

export type ScimToken = TenantSchemas["schemas"]["ScimTokenOut"];

export function useScimTokens() {
  return useQuery({
    queryKey: feedKeys.tokens(),
    queryFn: async () => unwrap(await api.GET("/api/v1/directory-feeds/scim/tokens")),
  });
}

/** Create a token; the answer carries it (and the SCIM base URL), once. */
export function useCreateScimToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (name: string) => unwrap(await api.POST("/api/v1/directory-feeds/scim/tokens", { body: { name } })),
    onSuccess: () => client.invalidateQueries({ queryKey: feedKeys.tokens() }),
  });
}

export function useRevokeScimToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.POST("/api/v1/directory-feeds/scim/tokens/{token_id}/revoke", { params: { path: { token_id: id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: feedKeys.tokens() }),
  });
}
