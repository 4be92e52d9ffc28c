// The auth feature's public surface (the app shell uses it; other features must not).
export { meQuery, useLogout, useMe } from "./api/session";
export { RequireAuth } from "./components/RequireAuth";
/** The sign-in page's module, loaded when /login is shown (a signed-in visit never needs its form). */
export const loadLoginPage = () => import("./routes/LoginPage");
