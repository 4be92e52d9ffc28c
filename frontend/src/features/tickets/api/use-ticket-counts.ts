import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { ticketsKey } from "./keys";

export const ticketCountsKey = [...ticketsKey, "counts"] as const;

/** The query of GET /tickets/counts (also started at start-up, beside the session check). */
export const ticketCountsQuery = () =>
  queryOptions({
    queryKey: ticketCountsKey,
    queryFn: async () => unwrap(await api.GET("/api/v1/tickets/counts")),
  });

/** How many tickets are in each of my views (the menu's badges). */
export function useTicketCounts(enabled = true) {
  return useQuery({ ...ticketCountsQuery(), enabled, refetchInterval: 30_000 });
}
