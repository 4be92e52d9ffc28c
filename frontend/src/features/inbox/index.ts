// The inbox feature's public surface: its pages, the header's bell, and the preferences section
// (which the profile page can host).
export { routes } from "./routes";
export { InboxBell } from "./components/InboxBell";
export { NotificationPreferences } from "./components/NotificationPreferences";
