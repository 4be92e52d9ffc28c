import { useMutation } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { type Doc, toApiDocument } from "../model";

export type SimulationOut = TenantSchemas["schemas"]["SimulationOut"];
export type SimulatedStep = SimulationOut["steps"][number];

export interface SimulateInput {
  /** The document as the designer holds it (unsaved edits included). */
  doc: Doc;
  values: Record<string, unknown>;
  /** The creator's user id (none: the caller). */
  creator: number | null;
  /** State key → the transition to take there, where the default would not do. */
  choices: Record<string, string>;
}

/** A test run (`POST /simulate`): the path a ticket would take and who would be asked; nothing is written. */
export function useSimulate(workflowId: number) {
  return useMutation({
    mutationFn: async ({ doc, values, creator, choices }: SimulateInput) =>
      unwrap(
        await api.POST("/api/v1/workflows/{workflow_id}/simulate", {
          params: { path: { workflow_id: workflowId } },
          body: { document: toApiDocument(doc), values, creator, choices, max_steps: 200 },
        }),
      ),
  });
}
