import type { RouteObject } from "react-router";
import { lazyRoute } from "@/lib/lazy-page";

/** The workflows feature's pages, mounted by the app shell under the tenant layout. The overview
 *  draws version graphs: it (and the graph library) load only when someone opens one. */
export const routes: RouteObject[] = [
  lazyRoute("/workflows", () => import("./WorkflowsPage"), "WorkflowsPage"),
  lazyRoute("/workflows/:workflowId", () => import("./WorkflowOverviewPage"), "WorkflowOverviewPage"),
];
