import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, platformApi, unwrap } from "@/lib/api-client";
import { platformKeys } from "./keys";

/** The signed-in platform admin, or null (signed out, or a session that is not a platform admin's). */
export function usePlatformMe() {
  return useQuery({
    queryKey: platformKeys.me,
    queryFn: async () => {
      try {
        return unwrap(await platformApi.GET("/api/v1/platform/me"));
      } catch (error) {
        if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function usePlatformLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { username: string; password: string }) =>
      unwrap(await platformApi.POST("/api/v1/platform/auth/login", { body })),
    onSuccess: (me) => {
      client.clear();
      client.setQueryData(platformKeys.me, me);
    },
  });
}

export function usePlatformLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await platformApi.POST("/api/v1/platform/auth/logout");
    },
    onSuccess: () => {
      client.clear();
      client.setQueryData(platformKeys.me, null);
    },
  });
}
