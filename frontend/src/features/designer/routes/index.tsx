import type { RouteObject } from "react-router";
import { lazyRoute } from "@/lib/lazy-page";

/** The designer feature's pages, mounted by the app shell under the tenant layout. The designer
 *  (and the graph library) load only when someone opens it. */
export const routes: RouteObject[] = [lazyRoute("/workflows/:workflowId/design", () => import("./DesignerPage"), "DesignerPage")];
