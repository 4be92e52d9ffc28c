import type { RouteObject } from "react-router";
import { lazyRoute } from "@/lib/lazy-page";

/** The inbox feature's pages, for every signed-in person, under the tenant layout. */
export const routes: RouteObject[] = [
  lazyRoute("/inbox", () => import("./InboxPage"), "InboxPage"),
  lazyRoute("/inbox/settings", () => import("./InboxSettingsPage"), "InboxSettingsPage"),
];
