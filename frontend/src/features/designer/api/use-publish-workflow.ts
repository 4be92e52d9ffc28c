import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";

export interface PublishInput {
  /** The saved draft's ETag: publish exactly what the designer saved. */
  etag: string;
  comment: string;
}

/** Publish the draft (`POST /publish`; 422 lists every problem). */
export function usePublishWorkflow(workflowId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ etag, comment }: PublishInput) =>
      unwrap(
        await api.POST("/api/v1/workflows/{workflow_id}/publish", {
          params: { path: { workflow_id: workflowId } },
          body: { comment },
          headers: { "If-Match": etag },
        }),
      ),
    // A new version changes what every workflow and ticket page shows.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
