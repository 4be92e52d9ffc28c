import { api, unwrap } from "@/lib/api-client";
import { ifMatch, useTicketMutation } from "./use-ticket-mutation";

/** PATCH /tickets/{id}/fields: save field changes without moving the ticket. */
export function useUpdateTicketFields(ticketId: number, rowVersion: number) {
  return useTicketMutation(async (body: { fields: Record<string, unknown>; comment: string }) =>
    unwrap(
      await api.PATCH("/api/v1/tickets/{ticket_id}/fields", {
        params: { path: { ticket_id: ticketId } },
        headers: ifMatch(rowVersion),
        body,
      }),
    ),
  );
}
