// The action-links feature's public surface: the confirmation page an approval link opens.
export { routes } from "./routes";
