import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api, unwrap } from "@/lib/api-client";
import { languageFromServer, rememberLanguage } from "@/lib/i18n";

export const meKey = ["me"] as const;

/** The query of GET /me (null when signed out); also started at start-up, beside the page's own. */
export const meQuery = () =>
  queryOptions({
    queryKey: meKey,
    queryFn: async () => {
      try {
        return unwrap(await api.GET("/api/v1/me"));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });

/** The signed-in person (null when signed out). */
export function useMe() {
  return useQuery(meQuery());
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { username: string; password: string }) =>
      unwrap(await api.POST("/api/v1/auth/login", { body })),
    onSuccess: async (me) => {
      // The language saved on the profile (on any device) is the one this browser speaks from now on.
      const language = languageFromServer(me.user?.language);
      if (language) rememberLanguage(language, { chosen: false });
      client.clear();
      await client.invalidateQueries({ queryKey: meKey });
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await api.POST("/api/v1/auth/logout");
    },
    onSuccess: () => {
      client.clear();
      client.setQueryData(meKey, null);
    },
  });
}
