import { Skeleton } from "antd";
import { Suspense, lazy } from "react";
import type { RouteObject } from "react-router";

// The dashboard (and the chart library) load only when someone opens it.
const DashboardPage = lazy(() => import("./DashboardPage").then((module) => ({ default: module.DashboardPage })));
const StatisticsPage = lazy(() => import("./StatisticsPage").then((module) => ({ default: module.StatisticsPage })));

/** The statistics feature's pages, mounted by the app shell under the tenant layout. */
export const routes: RouteObject[] = [
  {
    // The page's address predates the feature's name; it stays, so bookmarks and links keep working.
    path: "/insight",
    element: (
      <Suspense fallback={<Skeleton active style={{ padding: 24 }} />}>
        <StatisticsPage />
      </Suspense>
    ),
  },
  {
    path: "/dashboard",
    element: (
      <Suspense fallback={<Skeleton active style={{ padding: 24 }} />}>
        <DashboardPage />
      </Suspense>
    ),
  },
];
