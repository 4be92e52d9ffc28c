import { api, unwrap } from "@/lib/api-client";
import { ifMatch, useTicketMutation } from "./use-ticket-mutation";

/** POST /tickets/{id}/deliver: pass my turn to someone else. */
export function useDeliverTicket(ticketId: number, rowVersion: number) {
  return useTicketMutation(async (body: { to: string; comment: string }) =>
    unwrap(
      await api.POST("/api/v1/tickets/{ticket_id}/deliver", {
        params: { path: { ticket_id: ticketId } },
        headers: ifMatch(rowVersion),
        body,
      }),
    ),
  );
}
