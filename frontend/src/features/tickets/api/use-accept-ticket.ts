import { api, unwrap } from "@/lib/api-client";
import { ifMatch, useTicketMutation } from "./use-ticket-mutation";

/** POST /tickets/{id}/accept: claim a ticket offered to several people. */
export function useAcceptTicket(ticketId: number, rowVersion: number) {
  return useTicketMutation(async () =>
    unwrap(
      await api.POST("/api/v1/tickets/{ticket_id}/accept", {
        params: { path: { ticket_id: ticketId } },
        headers: ifMatch(rowVersion),
      }),
    ),
  );
}
