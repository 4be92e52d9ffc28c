import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { ssoKeys } from "./keys";

/** The login page's provider buttons and whether the password form is for everyone (public). */
export function useLoginOptions() {
  return useQuery({
    queryKey: ssoKeys.loginOptions(),
    queryFn: async () => unwrap(await api.GET("/api/v1/sso/login-options")),
    staleTime: 60_000,
  });
}

/** Log out; the answer names where the browser goes next (the provider's logout, or /login). */
export function useSsoLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST("/api/v1/sso/logout")),
    onSuccess: () => client.clear(),
  });
}
