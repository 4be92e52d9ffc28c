import { useEntityMutation } from "@/entities/use-entity-mutation";
import { api, unwrap } from "@/lib/api-client";
import { inboxKeys } from "./keys";

/** Mark all my notifications read. */
export function useMarkAllRead() {
  return useEntityMutation(async () => unwrap(await api.POST("/api/v1/inbox/read-all")), [inboxKeys.all]);
}
