// The onboarding feature's public surface: its routes, the checklist (the landing page shows it to
// admins) and the checklist's read (to decide whether to show it).
export { routes } from "./routes";
export { GettingStartedChecklist } from "./components/GettingStartedChecklist";
export { useChecklist } from "./api/use-checklist";
