import { Suspense, lazy } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, type RouteObject } from "react-router";
import { PlatformLayout } from "../components/PlatformLayout";
import { RequirePlatformAuth } from "../components/RequirePlatformAuth";
import { lazyRoute } from "@/lib/lazy-page";

// Loaded only when a page does not exist (its illustration is no part of every first visit).
const NoSuchPage = lazy(() => import("@/components/NotFound").then((module) => ({ default: module.NotFound })));

function NotFound() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={null}>
      <NoSuchPage home="/tenants" label={t("notFoundBackPlatform")} />
    </Suspense>
  );
}

/** The whole platform console (public host): its login, and its pages behind the admin guard. */
export const routes: RouteObject[] = [
  lazyRoute("/login", () => import("./LoginPage"), "PlatformLoginPage"),
  {
    path: "/",
    element: (
      <RequirePlatformAuth>
        <PlatformLayout />
      </RequirePlatformAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/tenants" replace /> },
      lazyRoute("tenants", () => import("./TenantsPage"), "TenantsPage"),
      lazyRoute("tenants/:tenantId", () => import("./TenantDetailPage"), "TenantDetailPage"),
      lazyRoute("audit", () => import("./AuditPage"), "PlatformAuditPage"),
      { path: "*", element: <NotFound /> },
    ],
  },
];
