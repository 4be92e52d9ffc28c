import { lazy } from "react";

// The inbox feature's public surface: its pages, the header's bell, and the preferences section
// (which the profile page can host).
export { routes } from "./routes";
export { InboxBell } from "./components/InboxBell";
export { unreadCountQuery } from "./api/use-unread-count";

/** The preferences section, loaded when first shown (the profile page hosts it; needs a Suspense boundary). */
export const NotificationPreferences = lazy(() =>
  import("./components/NotificationPreferences").then((module) => ({ default: module.NotificationPreferences })),
);
