import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { type OnBranch, onBranch, useTicketMutation } from "./use-ticket-mutation";

type TicketState = TenantSchemas["schemas"]["TicketStateOut"];

/** POST /tickets/{id}/consult, once per person asked (the API takes one username a call). */
export function useConsultTicket(ticketId: number) {
  return useTicketMutation(async ({ to, comment, branch }: { to: string[]; comment: string } & OnBranch) => {
    let last: TicketState | undefined;
    for (const username of to) {
      last = unwrap(
        await api.POST("/api/v1/tickets/{ticket_id}/consult", {
          params: { path: { ticket_id: ticketId } },
          body: { to: username, comment, ...onBranch(branch) },
        }),
      );
    }
    return last;
  });
}
