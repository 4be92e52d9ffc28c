import type { RouteObject } from "react-router";
import { lazyRoute } from "@/lib/lazy-page";

/** The compat-v2 feature's page, mounted by the app shell under the tenant layout (admins only). */
export const routes: RouteObject[] = [lazyRoute("/integrations/compat-v2", () => import("./CompatV2Page"), "CompatV2Page")];
