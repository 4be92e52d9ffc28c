import type { RouteObject } from "react-router";
import { lazyRoute } from "@/lib/lazy-page";

/** The statistics feature's pages, mounted by the app shell under the tenant layout. The dashboard
 *  (and the chart library) load only when someone opens it. */
export const routes: RouteObject[] = [
  // The page's address predates the feature's name; it stays, so bookmarks and links keep working.
  lazyRoute("/insight", () => import("./StatisticsPage"), "StatisticsPage"),
  lazyRoute("/dashboard", () => import("./DashboardPage"), "DashboardPage"),
];
