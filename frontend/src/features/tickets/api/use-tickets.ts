import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import type { TicketView } from "../types";
import { ticketsKey } from "./keys";

/** The query GET /tickets takes (only set filters are sent). */
export type TicketListQuery = {
  view: TicketView;
  workflow?: number;
  state?: string;
  status?: string;
  serial?: string;
  title?: string;
  created_after?: string;
  created_before?: string;
  /** Full-text search over serial, title and text fields. */
  q?: string;
  /** Created by this user id. */
  creator?: number;
  /** Waiting for this user id. */
  handler?: number;
  /** A column of TICKET_SORTS, `-` first for descending. */
  sort?: string;
  cursor?: string;
  limit: number;
};

export const ticketListKey = (query: TicketListQuery) => [...ticketsKey, "list", query] as const;

/** The query of GET /tickets (also started at start-up, beside the session check: lib/lazy-page.tsx). */
export const ticketListQuery = (query: TicketListQuery) =>
  queryOptions({
    queryKey: ticketListKey(query),
    queryFn: async () => unwrap(await api.GET("/api/v1/tickets", { params: { query } })),
  });

/** One page of a ticket list (cursor paginated); keeps the previous page on screen while the next loads. */
export function useTickets(query: TicketListQuery) {
  return useQuery({ ...ticketListQuery(query), placeholderData: keepPreviousData });
}
