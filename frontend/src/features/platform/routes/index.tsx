import type { RouteObject } from "react-router";

/** The platform console's pages (public host), mounted under the platform layout. */
export const routes: RouteObject[] = [];
