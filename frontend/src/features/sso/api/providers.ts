import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { ssoKeys } from "./keys";

export type Provider = TenantSchemas["schemas"]["ProviderOut"];
export type ProviderBody = TenantSchemas["schemas"]["ProviderIn"];
export type ProviderChanges = TenantSchemas["schemas"]["ProviderPatchIn"];

/** The tenant's OpenID Connect providers (the client secret is never among what comes back). */
export function useProviders() {
  return useQuery({
    queryKey: ssoKeys.providers(),
    queryFn: async () => unwrap(await api.GET("/api/v1/sso/providers")),
  });
}

export function useCreateProvider() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: ProviderBody) => unwrap(await api.POST("/api/v1/sso/providers", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ssoKeys.all }),
  });
}

export function useUpdateProvider() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: ProviderChanges }) =>
      unwrap(await api.PATCH("/api/v1/sso/providers/{provider_id}", { params: { path: { provider_id: id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ssoKeys.all }),
  });
}

export function useDeleteProvider() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => {
      unwrap(await api.DELETE("/api/v1/sso/providers/{provider_id}", { params: { path: { provider_id: id } } }));
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ssoKeys.all }),
  });
}

/** Fetch the provider's discovery document and keys now; the answer says whether it worked. */
export function useDiscoverProvider() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.POST("/api/v1/sso/providers/{provider_id}/discover", { params: { path: { provider_id: id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ssoKeys.providers() }),
  });
}
