import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import type { ImportContentType } from "../utils/import-file";
import { workflowKeys } from "./keys";

type ImportRequest = { text: string; contentType: ImportContentType; replaceDraft?: boolean };

/** Create a workflow from an exported file (or, with replaceDraft, load it into the same key's draft). */
export function useImportWorkflow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ text, contentType, replaceDraft = false }: ImportRequest) =>
      unwrap(
        await api.POST("/api/v1/workflows/import", {
          params: { query: { replace_draft: replaceDraft || undefined } },
          // The file's text goes as is: the server parses it (and reports problems by path).
          body: text,
          bodySerializer: (body) => body as string,
          headers: { "Content-Type": contentType },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: workflowKeys.all }),
  });
}
