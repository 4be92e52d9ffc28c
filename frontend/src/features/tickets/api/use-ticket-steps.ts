import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { ticketsKey } from "./keys";

export const ticketStepsKey = (ticketId: number) => [...ticketsKey, "steps", ticketId] as const;

/** The ticket's workflow version as a graph: states (with designer positions, current and visited
 *  marks) and transitions. */
export function useTicketSteps(ticketId: number) {
  return useQuery({
    queryKey: ticketStepsKey(ticketId),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/tickets/{ticket_id}/steps", { params: { path: { ticket_id: ticketId } } })),
    enabled: ticketId > 0,
  });
}
