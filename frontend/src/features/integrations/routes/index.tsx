import { Navigate, type RouteObject } from "react-router";
import { lazyRoute } from "@/lib/lazy-page";

/** The integrations feature's pages, mounted by the app shell under the tenant layout. */
export const routes: RouteObject[] = [
  { path: "/integrations", element: <Navigate to="/integrations/apps" replace /> },
  lazyRoute("/integrations/apps", () => import("./AppsPage"), "AppsPage"),
  lazyRoute("/integrations/webhooks", () => import("./WebhooksPage"), "WebhooksPage"),
  lazyRoute("/integrations/deliveries", () => import("./DeliveriesPage"), "DeliveriesPage"),
  lazyRoute("/integrations/scripts", () => import("./ScriptsPage"), "ScriptsPage"),
  lazyRoute("/integrations/notifications", () => import("./NotificationsPage"), "NotificationsPage"),
];
