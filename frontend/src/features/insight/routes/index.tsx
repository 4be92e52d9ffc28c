import { Skeleton } from "antd";
import { Suspense, lazy } from "react";
import type { RouteObject } from "react-router";

// The dashboard (and the chart library) load only when someone opens it.
const InsightPage = lazy(() => import("./InsightPage").then((module) => ({ default: module.InsightPage })));

/** The insight feature's pages, mounted by the app shell under the tenant layout. */
export const routes: RouteObject[] = [
  {
    path: "/insight",
    element: (
      <Suspense fallback={<Skeleton active style={{ padding: 24 }} />}>
        <InsightPage />
      </Suspense>
    ),
  },
];
