import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { ticketsKey } from "./keys";

export const flowLogKey = (ticketId: number) => [...ticketsKey, "flow-log", ticketId] as const;

/** The ticket's history, oldest first. */
export function useFlowLog(ticketId: number) {
  return useQuery({
    queryKey: flowLogKey(ticketId),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/tickets/{ticket_id}/flow-log", { params: { path: { ticket_id: ticketId } } })),
    enabled: ticketId > 0,
  });
}
