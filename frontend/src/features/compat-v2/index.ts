// The Loonflow 2.x-compatible API feature's public surface: its routes (the app shell mounts them).
export { routes } from "./routes";
