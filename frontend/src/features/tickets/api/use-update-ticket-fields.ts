import { api, unwrap } from "@/lib/api-client";
import { ifMatch, type OnBranch, onBranch, useTicketMutation } from "./use-ticket-mutation";

/** PATCH /tickets/{id}/fields: save field changes without moving the ticket (on `branch` when the
 *  ticket runs parallel branches and I am on several). */
export function useUpdateTicketFields(ticketId: number, rowVersion: number) {
  return useTicketMutation(async ({ branch, ...body }: { fields: Record<string, unknown>; comment: string } & OnBranch) =>
    unwrap(
      await api.PATCH("/api/v1/tickets/{ticket_id}/fields", {
        params: { path: { ticket_id: ticketId } },
        headers: ifMatch(rowVersion),
        body: { ...body, ...onBranch(branch) },
      }),
    ),
  );
}
