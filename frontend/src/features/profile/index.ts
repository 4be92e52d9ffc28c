// The profile feature's public surface: its page (the app shell mounts it at /profile and hands it
// the inbox's notification preferences; loaded when first shown, so it needs a Suspense boundary).
import { lazy } from "react";

export const ProfilePage = lazy(() => import("./routes/ProfilePage").then((module) => ({ default: module.ProfilePage })));
