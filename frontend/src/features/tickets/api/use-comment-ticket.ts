import { api, unwrap } from "@/lib/api-client";
import { useTicketMutation } from "./use-ticket-mutation";

/** POST /tickets/{id}/comments: add a comment to the flow log. */
export function useCommentTicket(ticketId: number) {
  return useTicketMutation(async (body: { comment: string }) =>
    unwrap(await api.POST("/api/v1/tickets/{ticket_id}/comments", { params: { path: { ticket_id: ticketId } }, body })),
  );
}
