import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { UNREAD_POLL_MS, inboxKeys } from "./keys";

/** The query of GET /inbox/unread-count (also started at start-up, beside the session check). */
export const unreadCountQuery = () =>
  queryOptions({
    queryKey: inboxKeys.unread,
    queryFn: async () => unwrap(await api.GET("/api/v1/inbox/unread-count")).unread,
  });

/** How many of my notifications are unread, asked again every half minute while the page is open. */
export function useUnreadCount(enabled = true) {
  return useQuery({ ...unreadCountQuery(), refetchInterval: UNREAD_POLL_MS, enabled });
}
