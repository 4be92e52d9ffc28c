import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { useEntityMutation } from "../../use-entity-mutation";
import { queryKeys } from "../../query-keys";

export type ChannelPatch = TenantSchemas["schemas"]["NotificationChannelPatchIn"];

/** PATCH /notification-channels/{id}. */
export function useUpdateChannel() {
  return useEntityMutation(
    async ({ id, body }: { id: number; body: ChannelPatch }) =>
      unwrap(await api.PATCH("/api/v1/notification-channels/{channel_id}", { params: { path: { channel_id: id } }, body })),
    [queryKeys.channels.all],
  );
}
