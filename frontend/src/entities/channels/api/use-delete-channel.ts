import { api, unwrap } from "@/lib/api-client";
import { useEntityMutation } from "../../use-entity-mutation";
import { queryKeys } from "../../query-keys";

/** DELETE /notification-channels/{id}. */
export function useDeleteChannel() {
  return useEntityMutation(
    async (id: number) =>
      unwrap(await api.DELETE("/api/v1/notification-channels/{channel_id}", { params: { path: { channel_id: id } } })),
    [queryKeys.channels.all],
  );
}
