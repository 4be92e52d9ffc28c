import { useEntityMutation } from "@/entities/use-entity-mutation";
import { api, unwrap } from "@/lib/api-client";
import type { InboxPreferences } from "../types";
import { inboxKeys } from "./keys";

/** Save my notification preferences. */
export function useSaveInboxPreferences() {
  return useEntityMutation(
    async (body: InboxPreferences) => unwrap(await api.PUT("/api/v1/inbox/preferences", { body })),
    [inboxKeys.preferences],
  );
}
