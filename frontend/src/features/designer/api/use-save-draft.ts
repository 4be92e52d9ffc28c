import { useMutation, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/entities/query-keys";
import { api, unwrap } from "@/lib/api-client";
import { type Doc, toApiDocument } from "../model";

export interface SaveDraftInput {
  document: Doc;
  /** The ETag the document was loaded or last saved under (412 when the draft changed since). */
  etag: string;
}

/** Replace the draft (`PUT /draft` with If-Match). */
export function useSaveDraft(workflowId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ document, etag }: SaveDraftInput) =>
      unwrap(
        await api.PUT("/api/v1/workflows/{workflow_id}/draft", {
          params: { path: { workflow_id: workflowId }, header: { "If-Match": etag } },
          body: { document: toApiDocument(document), comment: "" },
        }),
      ),
    onSuccess: (version) => {
      queryClient.setQueryData(queryKeys.workflows.draft(workflowId), version);
      // The workflow, its versions and the lists show the draft's state; the draft itself is what was just saved.
      void queryClient.invalidateQueries({ queryKey: queryKeys.workflows.detail(workflowId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.workflows.lists() });
    },
  });
}
