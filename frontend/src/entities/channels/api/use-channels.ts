import { useQuery } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { ENTITY_STALE_TIME, queryKeys } from "../../query-keys";

export type Channel = TenantSchemas["schemas"]["NotificationChannelOut"];

/** GET /notification-channels: where notifications go (rules name them by code). */
export function useChannels() {
  return useQuery({
    queryKey: queryKeys.channels.list(),
    queryFn: async () => unwrap(await api.GET("/api/v1/notification-channels")),
    staleTime: ENTITY_STALE_TIME,
  });
}
