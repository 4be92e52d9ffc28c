import { useTranslation } from "react-i18next";
import { Navigate, type RouteObject } from "react-router";
import { NotFound as NoSuchPage } from "@/components/NotFound";
import { PlatformLayout } from "../components/PlatformLayout";
import { RequirePlatformAuth } from "../components/RequirePlatformAuth";
import { PlatformAuditPage } from "./AuditPage";
import { PlatformLoginPage } from "./LoginPage";
import { TenantDetailPage } from "./TenantDetailPage";
import { TenantsPage } from "./TenantsPage";

function NotFound() {
  const { t } = useTranslation();
  return <NoSuchPage home="/tenants" label={t("notFoundBackPlatform")} />;
}

/** The whole platform console (public host): its login, and its pages behind the admin guard. */
export const routes: RouteObject[] = [
  { path: "/login", element: <PlatformLoginPage /> },
  {
    path: "/",
    element: (
      <RequirePlatformAuth>
        <PlatformLayout />
      </RequirePlatformAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/tenants" replace /> },
      { path: "tenants", element: <TenantsPage /> },
      { path: "tenants/:tenantId", element: <TenantDetailPage /> },
      { path: "audit", element: <PlatformAuditPage /> },
      { path: "*", element: <NotFound /> },
    ],
  },
];
