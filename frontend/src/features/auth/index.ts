// The auth feature's public surface (the app shell uses it; other features must not).
export { useLogout, useMe } from "./api/session";
export { RequireAuth } from "./components/RequireAuth";
export { LoginPage } from "./routes/LoginPage";
