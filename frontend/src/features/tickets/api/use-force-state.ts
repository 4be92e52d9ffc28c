import { api, unwrap } from "@/lib/api-client";
import { useTicketMutation } from "./use-ticket-mutation";

/** POST /tickets/{id}/force-state: put the ticket into any state (admins and intervenors). */
export function useForceState(ticketId: number) {
  return useTicketMutation(async (body: { state: string; comment: string }) =>
    unwrap(
      await api.POST("/api/v1/tickets/{ticket_id}/force-state", { params: { path: { ticket_id: ticketId } }, body }),
    ),
  );
}
