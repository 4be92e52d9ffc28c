import type { RouteObject } from "react-router";
import { lazyRoute } from "@/lib/lazy-page";

/** The onboarding feature's pages, mounted by the app shell under the tenant layout (admins only). */
export const routes: RouteObject[] = [lazyRoute("/workflows/templates", () => import("./TemplateGalleryPage"), "TemplateGalleryPage")];
