// Test helpers for the tickets feature: a stubbed API (fetch) and rendering with the app's providers.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { App as AntApp } from "antd";
import type { ReactNode } from "react";
import { MemoryRouter, Outlet, RouterProvider, type RouteObject, createMemoryRouter } from "react-router";
import { vi } from "vitest";
import "@/lib/i18n";
import { routes as featureRoutes } from "./routes";

export const json = (body: unknown, status = 200) =>
  new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

export type Call = { method: string; url: URL; body: unknown; headers: Headers };
type Reply = Response | object | string | number | boolean | null;
type Handler = (call: Call) => Reply | Promise<Reply>;
export type Route = [method: string, path: string | RegExp, reply: Handler | Reply];

/** Stub fetch with routes ("GET", "/api/v1/tickets", body-or-handler); the first match answers
 *  (a plain value is a 200 JSON body). Unmatched calls get a 404. Returns the calls made. */
export function stubApi(routes: Route[]): Call[] {
  const calls: Call[] = [];
  document.cookie = "loonflow_csrftoken=test-token";
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      // openapi-fetch passes a Request; plain fetch (uploads) passes a URL and init, whose FormData
      // body is kept as it is (jsdom's FormData cannot be serialised by Node's Request).
      const request =
        input instanceof Request ? input : new Request(new URL(String(input), location.origin), { method: init?.method, headers: init?.headers });
      const url = new URL(request.url);
      let body: unknown = init?.body;
      if (input instanceof Request && request.method !== "GET") {
        const text = await request.clone().text();
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          body = text;
        }
      }
      const call: Call = { method: request.method, url, body, headers: request.headers };
      calls.push(call);
      const route = routes.find(
        ([method, path]) => method === request.method && (typeof path === "string" ? path === url.pathname : path.test(url.pathname)),
      );
      if (!route) return json({ error: { code: "not_found", message: `No stub for ${request.method} ${url.pathname}` } }, 404);
      const reply = typeof route[2] === "function" ? await (route[2] as Handler)(call) : route[2];
      return reply instanceof Response ? reply : json(reply);
    }),
  );
  return calls;
}

export function makeClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 }, mutations: { retry: false } } });
}

/** Render a component with the query cache, antd's App context and a router. */
export function renderWithProviders(ui: ReactNode, { route = "/" }: { route?: string } = {}) {
  const client = makeClient();
  const result = render(
    <QueryClientProvider client={client}>
      <AntApp>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </AntApp>
    </QueryClientProvider>,
  );
  return { ...result, client };
}

/** Render the feature's pages at a URL; `router.state.location` tells where the app went. */
export function renderRoutes(initial: string, routes: RouteObject[] = featureRoutes) {
  const client = makeClient();
  const router = createMemoryRouter([{ element: <Outlet />, children: routes }], { initialEntries: [initial] });
  const result = render(
    <QueryClientProvider client={client}>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </QueryClientProvider>,
  );
  return { ...result, router, client };
}
