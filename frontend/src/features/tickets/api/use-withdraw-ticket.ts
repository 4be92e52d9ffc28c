import { api, unwrap } from "@/lib/api-client";
import { ifMatch, useTicketMutation } from "./use-ticket-mutation";

/** POST /tickets/{id}/withdraw: the creator takes the ticket back. */
export function useWithdrawTicket(ticketId: number, rowVersion: number) {
  return useTicketMutation(async (body: { comment: string }) =>
    unwrap(
      await api.POST("/api/v1/tickets/{ticket_id}/withdraw", {
        params: { path: { ticket_id: ticketId } },
        headers: ifMatch(rowVersion),
        body,
      }),
    ),
  );
}
