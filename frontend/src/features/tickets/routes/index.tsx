import type { RouteObject } from "react-router";
import { lazyRoute } from "@/lib/lazy-page";

/** The tickets feature's pages, mounted by the app shell under the tenant layout; each is its own
 *  chunk (the to-do list stays light: no form, designer or chart code). */
export const routes: RouteObject[] = [
  lazyRoute("/tickets", () => import("./TicketListPage"), "TicketListPage"),
  lazyRoute("/tickets/new", () => import("./NewTicketPage"), "NewTicketPage"),
  lazyRoute("/tickets/new/:workflowId", () => import("./CreateTicketPage"), "CreateTicketPage"),
  lazyRoute("/tickets/:ticketId", () => import("./TicketDetailPage"), "TicketDetailPage"),
];
