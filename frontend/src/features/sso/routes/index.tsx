import type { RouteObject } from "react-router";
import { lazyRoute } from "@/lib/lazy-page";

/** The single sign-on feature's admin page, mounted by the app shell under the tenant layout. */
export const routes: RouteObject[] = [lazyRoute("/integrations/sso", () => import("./SsoPage"), "SsoPage")];
