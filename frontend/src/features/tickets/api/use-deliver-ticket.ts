import { api, unwrap } from "@/lib/api-client";
import { type OnBranch, ifMatch, onBranch, useTicketMutation } from "./use-ticket-mutation";

/** POST /tickets/{id}/deliver: pass my turn to someone else. */
export function useDeliverTicket(ticketId: number, rowVersion: number) {
  return useTicketMutation(async ({ to, comment, branch }: { to: string; comment: string } & OnBranch) =>
    unwrap(
      await api.POST("/api/v1/tickets/{ticket_id}/deliver", {
        params: { path: { ticket_id: ticketId } },
        headers: ifMatch(rowVersion),
        body: { to, comment, ...onBranch(branch) },
      }),
    ),
  );
}
