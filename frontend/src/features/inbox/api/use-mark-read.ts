import { useEntityMutation } from "@/entities/use-entity-mutation";
import { api, unwrap } from "@/lib/api-client";
import { inboxKeys } from "./keys";

/** Mark one notification read (the list and the bell follow). */
export function useMarkRead() {
  return useEntityMutation(
    async (itemId: number) => unwrap(await api.POST("/api/v1/inbox/{item_id}/read", { params: { path: { item_id: itemId } } })),
    [inboxKeys.all],
  );
}
