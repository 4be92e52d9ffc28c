import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { profileKeys } from "./keys";

/** The rules a new password must meet, to state them before anyone types. */
export function usePasswordRules() {
  return useQuery({
    queryKey: profileKeys.passwordRules,
    queryFn: async () => unwrap(await api.GET("/api/v1/auth/password-rules")),
    staleTime: Infinity,
  });
}
