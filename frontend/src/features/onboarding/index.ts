// The onboarding feature's public surface: its routes, the checklist (the landing page shows it to
// admins; its module is loaded on demand, so nobody else fetches its code) and the checklist's read
// (to decide whether to show it).
export { routes } from "./routes";
export const loadGettingStartedChecklist = () => import("./components/GettingStartedChecklist");
export { useChecklist } from "./api/use-checklist";
