import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { designerKeys } from "./keys";

/** The tenant's notification channels (rules name them by code). */
export function useNotificationChannels() {
  return useQuery({
    queryKey: designerKeys.channels,
    queryFn: async () => unwrap(await api.GET("/api/v1/notification-channels")),
    staleTime: 60_000,
  });
}
