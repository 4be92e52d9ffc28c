// Test helpers for the tickets feature: a stubbed API (fetch) and its pages rendered with the app's providers.
import { Outlet, type RouteObject } from "react-router";
import { vi } from "vitest";
import { makeTestClient, renderRoutes as renderTestRoutes } from "@/test/render";
import type { TicketSummary } from "./types";
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

// Each page is its own lazily loaded chunk; the tests load them all first, so a page renders in the
// same pass as in the app once its chunk is here (lazy loading itself: src/lib/lazy-page.test.tsx).
await Promise.all(featureRoutes.map((route) => (route.handle as { preload?: () => Promise<unknown> } | undefined)?.preload?.()));

/** Render the feature's pages at a URL; `router.state.location` tells where the app went. */
export function renderRoutes(initial: string, routes: RouteObject[] = featureRoutes) {
  return renderTestRoutes([{ element: <Outlet />, children: routes }], initial, makeTestClient({ staleTime: 60_000 }));
}

/** A ticket of the leave workflow, waiting in the leader's review, as lists show it. */
export const sampleTicket = (id: number, extra: Partial<TicketSummary> = {}): TicketSummary => ({
  id,
  serial: `LV-20260101-000${id}`,
  title: `Leave ${id}`,
  workflow: { id: 1, key: "leave", name: "Leave request" },
  state: { key: "lead_review", name: "Leader review" },
  status: "in_progress",
  creator: { id: 3, username: "alice", display_name: "Alice Wang" },
  created_at: "2026-01-01T09:00:00Z",
  updated_at: "2026-01-02T09:00:00Z",
  row_version: 2,
  my_role: "handler",
  waiting_for: [{ id: 4, username: "lead", display_name: "Lee Lead", kind: "handler" }],
  waiting_count: 1,
  ...extra,
});
