import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { profileKeys } from "./keys";

/** My personal tokens, newest first: prefixes and dates only, never the tokens themselves. */
export function useMyTokens() {
  return useQuery({
    queryKey: profileKeys.myTokens,
    queryFn: async () => unwrap(await api.GET("/api/v1/me/tokens")),
  });
}
