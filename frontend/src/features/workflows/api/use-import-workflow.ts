import { queryKeys } from "@/entities/query-keys";
import { useEntityMutation } from "@/entities/use-entity-mutation";
import { api, unwrap } from "@/lib/api-client";
import type { ImportContentType } from "../utils/import-file";

type ImportRequest = { text: string; contentType: ImportContentType; replaceDraft?: boolean };

/** Create a workflow from an exported file (or, with replaceDraft, load it into the same key's draft). */
export function useImportWorkflow() {
  return useEntityMutation(
    async ({ text, contentType, replaceDraft = false }: ImportRequest) =>
      unwrap(
        await api.POST("/api/v1/workflows/import", {
          params: { query: { replace_draft: replaceDraft || undefined } },
          // The file's text goes as is: the server parses it (and reports problems by path).
          body: text,
          bodySerializer: (body) => body as string,
          headers: { "Content-Type": contentType },
        }),
      ),
    [queryKeys.workflows.all],
  );
}
