import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import type { ProfileChanges } from "../types";
import { profileKeys } from "./keys";

/** Change my own name, e-mail address or language (PATCH /me); the answer is the new /me. */
export function useUpdateProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: ProfileChanges) => unwrap(await api.PATCH("/api/v1/me", { body })),
    onSuccess: (me) => client.setQueryData(profileKeys.me, me),
  });
}
