import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { ticketsKey } from "./keys";

export const ticketKey = (ticketId: number) => [...ticketsKey, "detail", ticketId] as const;

/** One ticket with the fields I may see in its current state. */
export function useTicket(ticketId: number) {
  return useQuery({
    queryKey: ticketKey(ticketId),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/tickets/{ticket_id}", { params: { path: { ticket_id: ticketId } } })),
    enabled: ticketId > 0,
  });
}
