import type { RouteObject } from "react-router";
import { TemplateGalleryPage } from "./TemplateGalleryPage";

/** The onboarding feature's pages, mounted by the app shell under the tenant layout (admins only). */
export const routes: RouteObject[] = [{ path: "/workflows/templates", element: <TemplateGalleryPage /> }];
