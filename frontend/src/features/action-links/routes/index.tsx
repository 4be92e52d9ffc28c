import type { RouteObject } from "react-router";
import { lazyRoute } from "@/lib/lazy-page";

/** The action-link page: outside the console's layout, and open without signing in (the token is
 *  the credential; a chat link asks for its person's session). */
export const routes: RouteObject[] = [lazyRoute("/act/:token", () => import("./ActionLinkPage"), "ActionLinkPage")];
