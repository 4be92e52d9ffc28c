import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { profileKeys } from "./keys";

/** Who I am: my name, e-mail address and language (GET /me). */
export function useProfile() {
  return useQuery({
    queryKey: profileKeys.me,
    queryFn: async () => unwrap(await api.GET("/api/v1/me")),
    staleTime: 60_000,
  });
}
