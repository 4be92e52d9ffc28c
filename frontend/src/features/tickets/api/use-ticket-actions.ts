import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { ticketsKey } from "./keys";

export const ticketActionsKey = (ticketId: number) => [...ticketsKey, "actions", ticketId] as const;

/** The query of GET /tickets/{id}/actions (also started at start-up, beside the session check: lib/lazy-page.tsx). */
export const ticketActionsQuery = (ticketId: number) =>
  queryOptions({
    queryKey: ticketActionsKey(ticketId),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/tickets/{ticket_id}/actions", { params: { path: { ticket_id: ticketId } } })),
  });

/** What I may do with the ticket now (transitions, deliver, consult, withdraw, …): the server decides. */
export function useTicketActions(ticketId: number) {
  return useQuery({ ...ticketActionsQuery(ticketId), enabled: ticketId > 0 });
}
