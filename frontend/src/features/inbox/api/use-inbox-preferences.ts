import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import type { InboxPreferences } from "../types";
import { inboxKeys } from "./keys";

/** Which kinds of event reach me on which channel, and whether email comes as a daily digest. */
export function useInboxPreferences() {
  return useQuery({
    queryKey: inboxKeys.preferences,
    queryFn: async (): Promise<InboxPreferences> => unwrap(await api.GET("/api/v1/inbox/preferences")),
  });
}
