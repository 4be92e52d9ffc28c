import type { RouteObject } from "react-router";
import { InboxPage } from "./InboxPage";
import { InboxSettingsPage } from "./InboxSettingsPage";

/** The inbox feature's pages, for every signed-in person, under the tenant layout. */
export const routes: RouteObject[] = [
  { path: "/inbox", element: <InboxPage /> },
  { path: "/inbox/settings", element: <InboxSettingsPage /> },
];
