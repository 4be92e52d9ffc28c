import { api, unwrap } from "@/lib/api-client";
import { type OnBranch, onBranch, useTicketMutation } from "./use-ticket-mutation";

/** POST /tickets/{id}/consult-reply: answer a consultation. */
export function useConsultReply(ticketId: number) {
  return useTicketMutation(async ({ comment, branch }: { comment: string } & OnBranch) =>
    unwrap(
      await api.POST("/api/v1/tickets/{ticket_id}/consult-reply", {
        params: { path: { ticket_id: ticketId } },
        body: { comment, ...onBranch(branch) },
      }),
    ),
  );
}
