import type { RouteObject } from "react-router";
import { ActionLinkPage } from "./ActionLinkPage";

/** The action-link page: outside the console's layout, and open without signing in (the token is
 *  the credential; a chat link asks for its person's session). */
export const routes: RouteObject[] = [{ path: "/act/:token", element: <ActionLinkPage /> }];
