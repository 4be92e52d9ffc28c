import type { RouteObject } from "react-router";

/** The insight feature's pages, mounted by the app shell under the tenant layout. */
export const routes: RouteObject[] = [];
