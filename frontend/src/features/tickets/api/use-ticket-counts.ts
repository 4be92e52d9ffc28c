import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { ticketsKey } from "./keys";

export const ticketCountsKey = [...ticketsKey, "counts"] as const;

/** How many tickets are in each of my views (the menu's badges). */
export function useTicketCounts(enabled = true) {
  return useQuery({
    queryKey: ticketCountsKey,
    queryFn: async () => unwrap(await api.GET("/api/v1/tickets/counts")),
    enabled,
    refetchInterval: 30_000,
  });
}
