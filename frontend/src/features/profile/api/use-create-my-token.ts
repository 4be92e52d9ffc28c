import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import type { PersonalTokenCreate } from "../types";
import { profileKeys } from "./keys";

/** Make a token that acts as me (POST /me/tokens); the answer carries it in full, once. */
export function useCreateMyToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: PersonalTokenCreate) => unwrap(await api.POST("/api/v1/me/tokens", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: profileKeys.myTokens }),
  });
}
