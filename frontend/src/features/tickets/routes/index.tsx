import type { RouteObject } from "react-router";
import { type Prefetch, lazyRoute } from "@/lib/lazy-page";
import { flowLogQuery } from "../api/use-flow-log";
import { ticketQuery } from "../api/use-ticket";
import { ticketActionsQuery } from "../api/use-ticket-actions";
import { ticketStepsQuery } from "../api/use-ticket-steps";
import { ticketListQuery } from "../api/use-tickets";
import { parseListParams, toApiQuery } from "../utils/list-params";

/** The list the URL asks for (the page reads the same filters from it: the same query key). */
const prefetchList: Prefetch = (client, { search }) => {
  void client.prefetchQuery(ticketListQuery(toApiQuery(parseListParams(new URLSearchParams(search)))));
  // The filters show at once beside the list from 768 px up (on a phone they wait for their button).
  if (window.matchMedia?.("(min-width: 768px)").matches) void import("../components/list/TicketFilters");
};

/** The ticket, what I may do with it, its history and its graph: the page's four first queries. */
const prefetchTicket: Prefetch = (client, { params }) => {
  const ticketId = Number(params.ticketId);
  if (!Number.isInteger(ticketId) || ticketId <= 0) return;
  void client.prefetchQuery(ticketQuery(ticketId));
  void client.prefetchQuery(ticketActionsQuery(ticketId));
  void client.prefetchQuery(flowLogQuery(ticketId));
  void client.prefetchQuery(ticketStepsQuery(ticketId));
};

/** The tickets feature's pages, mounted by the app shell under the tenant layout; each is its own
 *  chunk (the to-do list stays light: no form, designer or chart code). */
export const routes: RouteObject[] = [
  lazyRoute("/tickets", () => import("./TicketListPage"), "TicketListPage", prefetchList),
  lazyRoute("/tickets/new", () => import("./NewTicketPage"), "NewTicketPage"),
  lazyRoute("/tickets/new/:workflowId", () => import("./CreateTicketPage"), "CreateTicketPage"),
  lazyRoute("/tickets/:ticketId", () => import("./TicketDetailPage"), "TicketDetailPage", prefetchTicket),
];
