import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { type PersonalTokenFilters, integrationKeys } from "./keys";

export type PersonalTokenRow = TenantSchemas["schemas"]["PersonalTokenAdminOut"];

/** Everyone's personal tokens, newest first (the server sends at most 1000): prefixes and dates only. */
export function usePersonalTokens(filters: PersonalTokenFilters) {
  return useQuery({
    queryKey: integrationKeys.personalTokenList(filters),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/personal-tokens", { params: { query: { username: filters.username, live: filters.live } } })),
    // The rows stay while another filter's load, rather than the table blinking empty.
    placeholderData: keepPreviousData,
  });
}

/** Stop anyone's personal token working now (a tenant admin's call); its row stays, marked revoked. */
export function useRevokePersonalToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (tokenId: number) =>
      unwrap(await api.DELETE("/api/v1/personal-tokens/{token_id}", { params: { path: { token_id: tokenId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: integrationKeys.personalTokens() }),
  });
}
