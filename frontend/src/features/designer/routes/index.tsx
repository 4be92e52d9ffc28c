import { Skeleton } from "antd";
import { Suspense, lazy } from "react";
import type { RouteObject } from "react-router";

// The designer (and the graph library) load only when someone opens it.
const DesignerPage = lazy(() => import("./DesignerPage").then((module) => ({ default: module.DesignerPage })));

/** The designer feature's pages, mounted by the app shell under the tenant layout. */
export const routes: RouteObject[] = [
  {
    path: "/workflows/:workflowId/design",
    element: (
      <Suspense fallback={<Skeleton active style={{ padding: 24 }} />}>
        <DesignerPage />
      </Suspense>
    ),
  },
];
