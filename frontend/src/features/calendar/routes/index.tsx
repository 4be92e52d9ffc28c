import type { RouteObject } from "react-router";
import { lazyRoute } from "@/lib/lazy-page";

/** The calendar feature's pages, mounted by the app shell under the tenant layout (admins only). */
export const routes: RouteObject[] = [lazyRoute("/calendar", () => import("./CalendarPage"), "CalendarPage")];
