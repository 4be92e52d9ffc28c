// The directory-feeds feature's public surface: its routes (the app shell mounts them).
export { routes } from "./routes";
