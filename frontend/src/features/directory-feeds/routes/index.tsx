import type { RouteObject } from "react-router";
import { lazyRoute } from "@/lib/lazy-page";

/** The directory feeds page (LDAP sources, SCIM tokens), mounted by the app shell for tenant admins. */
export const routes: RouteObject[] = [lazyRoute("/directory/feeds", () => import("./DirectoryFeedsPage"), "DirectoryFeedsPage")];
