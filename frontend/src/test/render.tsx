// Render components as the app does — query cache, Ant Design's App context, a (data) router, i18n —
// for every test: `renderWithProviders` for one component at a URL, `renderRoutes` for pages.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { App as AntApp } from "antd";
import type { ReactNode } from "react";
import { RouterProvider, type RouteObject, createMemoryRouter } from "react-router";
import "@/lib/i18n";

/** A query cache that never retries (and, with `staleTime`, refetches less). */
export function makeTestClient({ staleTime }: { staleTime?: number } = {}) {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime }, mutations: { retry: false } } });
}

/** Render `routes` at `route`; `router.state.location` tells where the app went. */
export function renderRoutes(routes: RouteObject[], route = "/", client = makeTestClient()) {
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const result = render(
    <QueryClientProvider client={client}>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </QueryClientProvider>,
  );
  return { ...result, client, router };
}

/**
 * Render `ui` as the page at `path` ("/workflows/:workflowId"; its params are read from `route`);
 * navigating anywhere else shows `data-testid="elsewhere"`.
 */
export function renderWithProviders(ui: ReactNode, { path = "/", route = "/", client }: { path?: string; route?: string; client?: QueryClient } = {}) {
  return renderRoutes(
    [
      { path, element: ui },
      { path: "*", element: <div data-testid="elsewhere">elsewhere</div> },
    ],
    route,
    client,
  );
}
