import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { ticketsKey } from "./keys";

export const ticketActionsKey = (ticketId: number) => [...ticketsKey, "actions", ticketId] as const;

/** What I may do with the ticket now (transitions, deliver, consult, withdraw, …): the server decides. */
export function useTicketActions(ticketId: number) {
  return useQuery({
    queryKey: ticketActionsKey(ticketId),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/tickets/{ticket_id}/actions", { params: { path: { ticket_id: ticketId } } })),
    enabled: ticketId > 0,
  });
}
