import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { UNREAD_POLL_MS, inboxKeys } from "./keys";

/** How many of my notifications are unread, asked again every half minute while the page is open. */
export function useUnreadCount(enabled = true) {
  return useQuery({
    queryKey: inboxKeys.unread,
    queryFn: async () => unwrap(await api.GET("/api/v1/inbox/unread-count")).unread,
    refetchInterval: UNREAD_POLL_MS,
    enabled,
  });
}
