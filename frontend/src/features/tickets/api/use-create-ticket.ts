import { api, unwrap } from "@/lib/api-client";
import { useTicketMutation } from "./use-ticket-mutation";

export type CreateTicketInput = {
  workflowId: number;
  fields: Record<string, unknown>;
  /** Omit to save a draft. */
  transition?: string;
  comment?: string;
};

/** POST /tickets: file a ticket (submitting it with a start-state transition) or save a draft. */
export function useCreateTicket() {
  return useTicketMutation(async ({ workflowId, fields, transition, comment }: CreateTicketInput) =>
    unwrap(
      await api.POST("/api/v1/tickets", {
        body: { workflow_id: workflowId, fields, transition: transition ?? null, comment: comment ?? "" },
      }),
    ),
  );
}
