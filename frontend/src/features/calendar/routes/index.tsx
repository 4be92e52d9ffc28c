import type { RouteObject } from "react-router";
import { CalendarPage } from "./CalendarPage";

/** The calendar feature's pages, mounted by the app shell under the tenant layout (admins only). */
export const routes: RouteObject[] = [{ path: "/calendar", element: <CalendarPage /> }];
