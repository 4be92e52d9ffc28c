// The profile feature's public surface: its page (the app shell mounts it at /profile and hands it
// the inbox's notification preferences).
export { ProfilePage } from "./routes/ProfilePage";
