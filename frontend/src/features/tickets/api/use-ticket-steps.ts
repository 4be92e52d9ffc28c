import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { ticketsKey } from "./keys";

export const ticketStepsKey = (ticketId: number) => [...ticketsKey, "steps", ticketId] as const;

/** The query of GET /tickets/{id}/steps (also started at start-up, beside the session check: lib/lazy-page.tsx). */
export const ticketStepsQuery = (ticketId: number) =>
  queryOptions({
    queryKey: ticketStepsKey(ticketId),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/tickets/{ticket_id}/steps", { params: { path: { ticket_id: ticketId } } })),
  });

/** The ticket's workflow version as a graph: states (with designer positions, current and visited
 *  marks) and transitions. */
export function useTicketSteps(ticketId: number) {
  return useQuery({ ...ticketStepsQuery(ticketId), enabled: ticketId > 0 });
}
