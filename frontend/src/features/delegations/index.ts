// The delegations feature's public surface: its page (the app shell mounts it at /delegations).
export { DelegationsPage } from "./routes/DelegationsPage";
