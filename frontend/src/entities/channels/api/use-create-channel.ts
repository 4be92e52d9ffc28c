import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { useEntityMutation } from "../../use-entity-mutation";
import { queryKeys } from "../../query-keys";

export type ChannelCreate = TenantSchemas["schemas"]["NotificationChannelIn"];
export type ChannelKind = ChannelCreate["kind"];

export const CHANNEL_KINDS: ChannelKind[] = ["email", "webhook", "wecom", "dingtalk", "feishu", "slack"];

/** POST /notification-channels. */
export function useCreateChannel() {
  return useEntityMutation(
    async (body: ChannelCreate) => unwrap(await api.POST("/api/v1/notification-channels", { body })),
    [queryKeys.channels.all],
  );
}
