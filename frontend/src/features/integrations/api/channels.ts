import { useMutation, useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/entities/query-keys";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";

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
    queryKey: queryKeys.channels.test(channelId ?? 0, testId ?? 0),
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
