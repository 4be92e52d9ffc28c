import { api, unwrap } from "@/lib/api-client";
import { type OnBranch, ifMatch, onBranch, useTicketMutation } from "./use-ticket-mutation";

/** POST /tickets/{id}/accept: claim a ticket offered to several people (`?branch=` on a branch). */
export function useAcceptTicket(ticketId: number, rowVersion: number) {
  return useTicketMutation(async ({ branch }: OnBranch = {}) =>
    unwrap(
      await api.POST("/api/v1/tickets/{ticket_id}/accept", {
        params: { path: { ticket_id: ticketId }, query: onBranch(branch) },
        headers: ifMatch(rowVersion),
      }),
    ),
  );
}
