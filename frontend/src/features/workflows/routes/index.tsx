import { Skeleton } from "antd";
import { Suspense, lazy } from "react";
import type { RouteObject } from "react-router";
import { WorkflowsPage } from "./WorkflowsPage";

// The overview draws version graphs: it (and the graph library) load only when someone opens one.
const WorkflowOverviewPage = lazy(() =>
  import("./WorkflowOverviewPage").then((module) => ({ default: module.WorkflowOverviewPage })),
);

/** The workflows feature's pages, mounted by the app shell under the tenant layout. */
export const routes: RouteObject[] = [
  { path: "/workflows", element: <WorkflowsPage /> },
  {
    path: "/workflows/:workflowId",
    element: (
      <Suspense fallback={<Skeleton active style={{ padding: 24 }} />}>
        <WorkflowOverviewPage />
      </Suspense>
    ),
  },
];
