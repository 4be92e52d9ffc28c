import type { RouteObject } from "react-router";
import { CreateTicketPage } from "./CreateTicketPage";
import { NewTicketPage } from "./NewTicketPage";
import { TicketDetailPage } from "./TicketDetailPage";
import { TicketListPage } from "./TicketListPage";

/** The tickets feature's pages, mounted by the app shell under the tenant layout. */
export const routes: RouteObject[] = [
  { path: "/tickets", element: <TicketListPage /> },
  { path: "/tickets/new", element: <NewTicketPage /> },
  { path: "/tickets/new/:workflowId", element: <CreateTicketPage /> },
  { path: "/tickets/:ticketId", element: <TicketDetailPage /> },
];
