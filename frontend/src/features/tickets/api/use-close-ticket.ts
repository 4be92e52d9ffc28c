import { api, unwrap } from "@/lib/api-client";
import { useTicketMutation } from "./use-ticket-mutation";

/** POST /tickets/{id}/close: end the ticket (admins and the workflow's intervenors). */
export function useCloseTicket(ticketId: number) {
  return useTicketMutation(async (body: { comment: string }) =>
    unwrap(await api.POST("/api/v1/tickets/{ticket_id}/close", { params: { path: { ticket_id: ticketId } }, body })),
  );
}
