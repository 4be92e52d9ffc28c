import type { QueryClient } from "@tanstack/react-query";
import { Suspense, lazy } from "react";
import { type RouteObject, createBrowserRouter } from "react-router";
import { RequireAuth, loadLoginPage, meQuery, useMe } from "@/features/auth";
import { routes as actionLinkRoutes } from "@/features/action-links";
import { routes as calendarRoutes } from "@/features/calendar";
import { routes as compatV2Routes } from "@/features/compat-v2";
import { routes as auditRoutes } from "@/features/audit";
import { routes as designerRoutes } from "@/features/designer";
import { routes as directoryRoutes } from "@/features/directory";
import { routes as directoryFeedRoutes } from "@/features/directory-feeds";
import { routes as statisticsRoutes } from "@/features/statistics";
import { NotificationPreferences, routes as inboxRoutes, unreadCountQuery } from "@/features/inbox";
import { routes as integrationRoutes } from "@/features/integrations";
import { routes as onboardingRoutes } from "@/features/onboarding";
import { routes as platformRoutes } from "@/features/platform";
import { ProfilePage } from "@/features/profile";
import { loadSsoSignIn, routes as ssoRoutes } from "@/features/sso";
import { routes as ticketRoutes, ticketCountsQuery } from "@/features/tickets";
import { routes as workflowRoutes } from "@/features/workflows";
import { currentConsole } from "@/lib/console";
import { type PageHandle, lazyRoute, preloadRoute } from "@/lib/lazy-page";
import { HomePage } from "./HomePage";
import { TenantLayout } from "./layouts/TenantLayout";

/** /profile: the profile page, with the inbox's notification preferences composed in. */
function ProfileRoute() {
  return (
    <Suspense fallback={null}>
      <ProfilePage notifications={<NotificationPreferences />} delegationsTo="/delegations" />
    </Suspense>
  );
}

const DelegationsPage = lazy(() => import("@/features/delegations").then((module) => ({ default: module.DelegationsPage })));

/** /delegations: everyone's own; tenant admins also see and set everyone's. */
function DelegationsRoute() {
  const me = useMe();
  return (
    <Suspense fallback={null}>
      <DelegationsPage admin={Boolean(me.data?.is_tenant_admin)} userId={me.data?.user?.id} />
    </Suspense>
  );
}

/** /login: the password form, with single sign-on's provider buttons composed around it. */
const loadLogin = () =>
  Promise.all([loadLoginPage(), loadSsoSignIn()]).then(([{ LoginPage }, { SsoSignIn }]) => ({
    LoginRoute: () => <LoginPage around={(passwordForm, next) => <SsoSignIn passwordForm={passwordForm} next={next} />} />,
  }));

const adminOnly = (routes: RouteObject[]): RouteObject[] =>
  routes.map((route) => ({ ...route, element: route.element ? <RequireAuth admin>{route.element}</RequireAuth> : undefined }));

export const tenantRoutes: RouteObject[] = [
  lazyRoute("/login", loadLogin, "LoginRoute"),
  ...actionLinkRoutes,
  {
    path: "/",
    element: (
      <RequireAuth>
        <TenantLayout />
      </RequireAuth>
    ),
    // The session check, the menu's badges and the bell: asked at once, beside the page's queries.
    handle: {
      prefetch: (client) => {
        void client.prefetchQuery(meQuery());
        void client.prefetchQuery(ticketCountsQuery());
        void client.prefetchQuery(unreadCountQuery());
      },
    } satisfies PageHandle,
    children: [
      { index: true, element: <HomePage /> },
      ...ticketRoutes,
      { path: "/delegations", element: <DelegationsRoute /> },
      { path: "/profile", element: <ProfileRoute /> },
      ...inboxRoutes,
      ...adminOnly([...workflowRoutes, ...designerRoutes, ...directoryRoutes, ...directoryFeedRoutes, ...integrationRoutes, ...ssoRoutes, ...compatV2Routes, ...statisticsRoutes, ...calendarRoutes, ...onboardingRoutes, ...auditRoutes]),
      lazyRoute("*", () => import("@/components/NotFound"), "NotFound"),
    ],
  },
];

const consoleRoutes = () => (currentConsole() === "platform" ? platformRoutes : tenantRoutes);

/** Fetch the opened page's chunk and (given the query client) its first data, at once. */
export function preloadOpenedPage(client?: QueryClient): void {
  preloadRoute(consoleRoutes(), window.location, client);
}

/** The console's router (start the opened page's chunk and data first: `preloadOpenedPage`). */
export function makeRouter() {
  return createBrowserRouter(consoleRoutes());
}
