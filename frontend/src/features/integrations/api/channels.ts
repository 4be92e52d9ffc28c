import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { integrationKeys } from "./keys";

export type Channel = TenantSchemas["schemas"]["NotificationChannelOut"];
export type ChannelCreate = TenantSchemas["schemas"]["NotificationChannelIn"];
export type ChannelPatch = TenantSchemas["schemas"]["NotificationChannelPatchIn"];
export type ChannelKind = ChannelCreate["kind"];

export const CHANNEL_KINDS: ChannelKind[] = ["email", "webhook", "wecom", "dingtalk", "feishu", "slack"];

export function useChannels() {
  return useQuery({
    queryKey: integrationKeys.channels(),
    queryFn: async () => unwrap(await api.GET("/api/v1/notification-channels")),
  });
}

export function useCreateChannel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: ChannelCreate) => unwrap(await api.POST("/api/v1/notification-channels", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: integrationKeys.channels() }),
  });
}

export function useUpdateChannel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: ChannelPatch }) =>
      unwrap(await api.PATCH("/api/v1/notification-channels/{channel_id}", { params: { path: { channel_id: id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: integrationKeys.channels() }),
  });
}

export function useDeleteChannel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.DELETE("/api/v1/notification-channels/{channel_id}", { params: { path: { channel_id: id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: integrationKeys.all }),
  });
}

export type ChannelTest = TenantSchemas["schemas"]["ChannelTestOut"];

/** Queue a test message to the given usernames (or to me): the worker sends it, the answer is its id. */
export function useTestChannel() {
  return useMutation({
    mutationFn: async ({ id, recipients }: { id: number; recipients: string[] }) =>
      unwrap(
        await api.POST("/api/v1/notification-channels/{channel_id}/test", {
          params: { path: { channel_id: id } },
          body: { recipients },
        }),
      ),
  });
}

export const TEST_POLL_MS = 1_000;

/** A queued test, polled until the worker reports back (succeeded or failed). */
export function useChannelTest(channelId: number | undefined, testId: number | undefined) {
  return useQuery({
    queryKey: integrationKeys.channelTest(channelId ?? 0, testId ?? 0),
    enabled: channelId !== undefined && testId !== undefined,
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/notification-channels/{channel_id}/tests/{test_id}", {
          params: { path: { channel_id: channelId ?? 0, test_id: testId ?? 0 } },
        }),
      ),
    refetchInterval: (query) => (isDone(query.state.data) ? false : TEST_POLL_MS),
  });
}

export function isDone(test: ChannelTest | undefined): boolean {
  return test?.status === "succeeded" || test?.status === "failed";
}
