// The single sign-on feature's public surface: its admin route, the login page's provider part
// (loaded with the login page) and the logout that follows a provider login out through the
// provider; the app shell composes them.
export { useSsoLogout } from "./api/login";
export { routes } from "./routes";
/** The login page's provider buttons (see SsoSignIn), loaded when /login is shown. */
export const loadSsoSignIn = () => import("./components/SsoSignIn");
