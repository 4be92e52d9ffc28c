import { api, unwrap } from "@/lib/api-client";
import { type OnBranch, ifMatch, onBranch, useTicketMutation } from "./use-ticket-mutation";

export type HandleInput = { transition: string; comment: string; fields: Record<string, unknown> } & OnBranch;

/** POST /tickets/{id}/handle: take a transition, with the fields I changed and a comment. */
export function useHandleTicket(ticketId: number, rowVersion: number) {
  return useTicketMutation(async ({ branch, ...body }: HandleInput) =>
    unwrap(
      await api.POST("/api/v1/tickets/{ticket_id}/handle", {
        params: { path: { ticket_id: ticketId } },
        headers: ifMatch(rowVersion),
        body: { ...body, ...onBranch(branch) },
      }),
    ),
  );
}
