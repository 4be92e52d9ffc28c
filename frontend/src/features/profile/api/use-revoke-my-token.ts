import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { profileKeys } from "./keys";

/** Stop one of my tokens working now (DELETE /me/tokens/{id}); its row stays, marked revoked. */
export function useRevokeMyToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (tokenId: number) =>
      unwrap(await api.DELETE("/api/v1/me/tokens/{token_id}", { params: { path: { token_id: tokenId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: profileKeys.myTokens }),
  });
}
