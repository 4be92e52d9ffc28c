import { useMutation } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import type { PasswordChange } from "../types";

/** Change my own password (POST /me/password): the current one first; this session stays signed in. */
export function useChangePassword() {
  return useMutation({
    mutationFn: async (body: PasswordChange) => unwrap(await api.POST("/api/v1/me/password", { body })),
  });
}
