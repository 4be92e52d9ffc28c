import type { RouteObject } from "react-router";
import { lazyRoute } from "@/lib/lazy-page";

/** The audit feature's pages, mounted by the app shell under the tenant layout (admins only). */
export const routes: RouteObject[] = [lazyRoute("/audit", () => import("./AuditPage"), "AuditPage")];
