// The platform console: its routes, login page and session hooks (the app shell mounts them).
export { routes } from "./routes";
