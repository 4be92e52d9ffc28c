import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { ticketsKey } from "./keys";

export const flowLogKey = (ticketId: number) => [...ticketsKey, "flow-log", ticketId] as const;

/** The query of GET /tickets/{id}/flow-log (also started at start-up, beside the session check: lib/lazy-page.tsx). */
export const flowLogQuery = (ticketId: number) =>
  queryOptions({
    queryKey: flowLogKey(ticketId),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/tickets/{ticket_id}/flow-log", { params: { path: { ticket_id: ticketId } } })),
  });

/** The ticket's history, oldest first. */
export function useFlowLog(ticketId: number) {
  return useQuery({ ...flowLogQuery(ticketId), enabled: ticketId > 0 });
}
