import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { ticketsKey } from "./keys";

export const ticketKey = (ticketId: number) => [...ticketsKey, "detail", ticketId] as const;

/** The query of GET /tickets/{id} (also started at start-up, beside the session check: lib/lazy-page.tsx). */
export const ticketQuery = (ticketId: number) =>
  queryOptions({
    queryKey: ticketKey(ticketId),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/tickets/{ticket_id}", { params: { path: { ticket_id: ticketId } } })),
  });

/** One ticket with the fields I may see in its current state. */
export function useTicket(ticketId: number) {
  return useQuery({ ...ticketQuery(ticketId), enabled: ticketId > 0 });
}
