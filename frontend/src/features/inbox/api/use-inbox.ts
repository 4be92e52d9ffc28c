import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import type { InboxPage } from "../types";
import { inboxKeys } from "./keys";

export const INBOX_PAGE = 20;

/** One page of my notifications, newest first (`cursor` from the previous page's `next_cursor`). */
export function useInbox(unread: boolean, cursor: string | null) {
  return useQuery({
    queryKey: [...inboxKeys.list(unread), cursor],
    queryFn: async (): Promise<InboxPage> =>
      unwrap(await api.GET("/api/v1/inbox", { params: { query: { unread, limit: INBOX_PAGE, cursor: cursor ?? undefined } } })),
    placeholderData: keepPreviousData,
  });
}
