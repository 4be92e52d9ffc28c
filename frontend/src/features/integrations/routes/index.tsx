import { Navigate, type RouteObject } from "react-router";
import { AppsPage } from "./AppsPage";
import { DeliveriesPage } from "./DeliveriesPage";
import { NotificationsPage } from "./NotificationsPage";
import { ScriptsPage } from "./ScriptsPage";
import { WebhooksPage } from "./WebhooksPage";

/** The integrations feature's pages, mounted by the app shell under the tenant layout. */
export const routes: RouteObject[] = [
  { path: "/integrations", element: <Navigate to="/integrations/apps" replace /> },
  { path: "/integrations/apps", element: <AppsPage /> },
  { path: "/integrations/webhooks", element: <WebhooksPage /> },
  { path: "/integrations/deliveries", element: <DeliveriesPage /> },
  { path: "/integrations/scripts", element: <ScriptsPage /> },
  { path: "/integrations/notifications", element: <NotificationsPage /> },
];
