import type { RouteObject } from "react-router";
import { AuditPage } from "./AuditPage";

/** The audit feature's pages, mounted by the app shell under the tenant layout (admins only). */
export const routes: RouteObject[] = [{ path: "/audit", element: <AuditPage /> }];
